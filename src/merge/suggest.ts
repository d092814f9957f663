// Near-duplicate suggestions for `lnhs merge --suggest` (SPEC 3): merged items whose texts are
// similar but not equal, so the coordinator can give them one `id`.
//
// How alike two texts are is similarity.ts's: here are the pairs worth scoring. Scoring all pairs is quadratic (12,500 items in a quadrant = 78 million pairs). Instead
// every feature (stem or trigram) gets an inverted index; each item probes only its rarest few
// features, counts how many of them it shares with other items, and keeps its top few
// candidates by that count. Near-duplicates share most features, including the rare ones, so they
// are found; only candidates are scored. Features so common that they say nothing (a posting list
// longer than MAX_POSTING) are never probed.
import { QUADRANTS, type MergedItem, type MergedPlan, type Quadrant } from '../model/types.js';
import { buildProfiles, Scorer, type Profiles } from './similarity.js';

export interface Suggestion {
  /** the quadrant of `a` */
  quadrant: Quadrant;
  /** the quadrant of `b` when it is another one (issue 13: pairs across quadrants) */
  otherQuadrant?: Quadrant;
  /** similarity 0..1, two decimals */
  score: number;
  /** the item that comes first in the merged quadrant */
  a: MergedItem;
  b: MergedItem;
}

export interface SuggestOptions {
  /** lowest score reported; default 0.6 */
  threshold?: number;
  /** at most this many suggestions, the best ones; default all */
  limit?: number;
}

export const DEFAULT_THRESHOLD = 0.6;

/** Rarest features of an item that are looked up in the inverted index. */
const PROBES = 8;
/** Candidates kept per item, by number of shared probed features. */
const CANDIDATES_PER_ITEM = 8;
/** Probed features a candidate must share. */
const MIN_HITS = 2;
/** A feature in more items than this is too common to find candidates with. */
const MAX_POSTING = 128;
/**
 * Quadrants up to this many items score every pair of items from different boards (at most
 * ~80,000 pairs, a few milliseconds), so that a low `--threshold` shows every pair above it; the
 * inverted index below only prunes larger ones. A real plan has a few dozen items per quadrant.
 */
const EXHAUSTIVE_MAX = 400;

/**
 * Pairs of merged items in the same quadrant that look like the same thing written differently,
 * best first. Only pairs from different boards (no board in common) are suggested: that is where
 * a shared `id` helps. Ties are broken by quadrant order and the items' places in the quadrant.
 */
export function suggestDuplicates(merged: MergedPlan, options: SuggestOptions = {}): Suggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = Math.max(0, options.limit ?? Infinity);
  // Every hit is packed into one number that sorts in the wanted order: score descending, then
  // quadrant, then the two items' places (exact in a double up to ~10^6 items per quadrant),
  // so that 100,000 hits sort natively without allocating an object each.
  const n = Math.max(1, ...QUADRANTS.map((q) => merged.swot[q].length));
  const hits: number[] = [];
  QUADRANTS.forEach((quadrant, q) => {
    const items = merged.swot[quadrant];
    const profiles = buildProfiles(items.map((item) => item.text));
    const scorer = new Scorer(profiles);
    for (const pair of candidatePairs(items, profiles)) {
      const j = pair % items.length;
      const i = (pair - j) / items.length;
      const score = Math.round(scorer.similarity(i, j) * 100);
      if (score / 100 >= threshold) hits.push((((100 - score) * 4 + q) * n + i) * n + j);
    }
  });
  const sorted = Float64Array.from(hits).sort();
  const out: Suggestion[] = [];
  const across = acrossQuadrants(merged, threshold);
  let next = 0;
  for (let k = 0; k < sorted.length && out.length < limit; k++) {
    let key = sorted[k]!;
    const j = key % n;
    key = (key - j) / n;
    const i = key % n;
    key = (key - i) / n;
    const q = key % 4;
    const quadrant = QUADRANTS[q]!;
    const items = merged.swot[quadrant];
    const score = (100 - (key - q) / 4) / 100;
    // pairs across quadrants go after the same-quadrant pairs of an equal score
    while (next < across.length && across[next]!.score > score && out.length < limit) out.push(across[next++]!);
    if (out.length < limit) out.push({ quadrant, score, a: items[i]!, b: items[j]! });
  }
  while (next < across.length && out.length < limit) out.push(across[next++]!);
  return out;
}

/**
 * Pairs of similar items in two different quadrants, from different boards (issue 13 item 7):
 * one board's weakness is often another's threat, and the coordinator decides where it belongs.
 * Best first; ties in quadrant order and the items' places.
 */
function acrossQuadrants(merged: MergedPlan, threshold: number): Suggestion[] {
  // all quadrants as one list, scored once: the pruning of candidatePairs keeps this linear
  const items: MergedItem[] = [];
  const quadrantOf: number[] = [];
  const placeOf: number[] = [];
  QUADRANTS.forEach((quadrant, q) =>
    merged.swot[quadrant].forEach((item, i) => {
      items.push(item);
      quadrantOf.push(q);
      placeOf.push(i);
    }),
  );
  if (items.length === 0) return [];
  const profiles = buildProfiles(items.map((item) => item.text));
  const scorer = new Scorer(profiles);
  const out: { s: Suggestion; order: number[] }[] = [];
  for (const pair of candidatePairs(items, profiles)) {
    const j = pair % items.length;
    const i = (pair - j) / items.length;
    // i < j, so i's quadrant comes first
    if (quadrantOf[i] === quadrantOf[j]) continue;
    const score = Math.round(scorer.similarity(i, j) * 100) / 100;
    if (score < threshold) continue;
    const s: Suggestion = { quadrant: QUADRANTS[quadrantOf[i]!]!, otherQuadrant: QUADRANTS[quadrantOf[j]!]!, score, a: items[i]!, b: items[j]! };
    out.push({ s, order: [-score, quadrantOf[i]!, quadrantOf[j]!, placeOf[i]!, placeOf[j]!] });
  }
  out.sort((x, y) => {
    for (let k = 0; k < x.order.length; k++) if (x.order[k] !== y.order[k]) return x.order[k]! - y.order[k]!;
    return 0;
  });
  return out.map((x) => x.s);
}

/**
 * Candidate pairs of items from different boards, each as `i * n + j` with `i < j`, ascending
 * and unique: all of them in a small quadrant, else those found via an inverted index.
 */
function candidatePairs(items: readonly MergedItem[], profiles: Profiles): Float64Array {
  const n = items.length;
  const { featureCount, stems, trigrams, stemStart, triStart } = profiles;

  // Boards as small integers; most items come from one board, which makes the check one compare.
  const boardIndex = new Map<string, number>();
  const boardsOf = items.map((item) =>
    item.boards.map((b) => boardIndex.get(b) ?? (boardIndex.set(b, boardIndex.size), boardIndex.size - 1)),
  );
  const onlyBoard = Int32Array.from(boardsOf, (bs) => (bs.length === 1 ? bs[0]! : -1));
  const shareBoard = (x: number, y: number) =>
    onlyBoard[x] !== -1 && onlyBoard[y] !== -1
      ? onlyBoard[x] === onlyBoard[y]
      : boardsOf[x]!.some((b) => boardsOf[y]!.includes(b));

  if (n <= EXHAUSTIVE_MAX) {
    const all: number[] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (!shareBoard(i, j)) all.push(i * n + j);
    return Float64Array.from(all);
  }

  // The inverted index in compressed form: the items having feature f are
  // postings[offsets[f] .. offsets[f + 1]], in item order.
  const df = new Int32Array(featureCount);
  for (const f of stems) df[f]!++;
  for (const f of trigrams) df[f]!++;
  const offsets = new Int32Array(featureCount + 1);
  for (let f = 0; f < featureCount; f++) offsets[f + 1] = offsets[f]! + df[f]!;
  const postings = new Int32Array(offsets[featureCount]!);
  const fill = offsets.slice(0, featureCount);
  for (let i = 0; i < n; i++) {
    for (let k = stemStart[i]!; k < stemStart[i + 1]!; k++) postings[fill[stems[k]!]!++] = i;
    for (let k = triStart[i]!; k < triStart[i + 1]!; k++) postings[fill[trigrams[k]!]!++] = i;
  }


  const hits = new Int32Array(n);
  const touched = new Int32Array(n);
  const probeF = new Int32Array(PROBES);
  const probeD = new Int32Array(PROBES);
  const topJ = new Int32Array(CANDIDATES_PER_ITEM);
  const topH = new Int32Array(CANDIDATES_PER_ITEM);
  let pairs = new Float64Array(n * 2);
  let nPairs = 0;
  for (let i = 0; i < n; i++) {
    // the PROBES rarest useful features of item i (ties by feature id), by insertion
    let probes = 0;
    const s0 = stemStart[i]!;
    const stemCount = stemStart[i + 1]! - s0;
    const t0 = triStart[i]! - stemCount;
    for (let k = 0, all = stemCount + triStart[i + 1]! - triStart[i]!; k < all; k++) {
      const f = k < stemCount ? stems[s0 + k]! : trigrams[t0 + k]!;
      const d = df[f]!;
      if (d <= 1 || d > MAX_POSTING) continue;
      if (probes === PROBES && (d > probeD[probes - 1]! || (d === probeD[probes - 1]! && f > probeF[probes - 1]!))) continue;
      let at = probes < PROBES ? probes++ : probes - 1;
      while (at > 0 && (probeD[at - 1]! > d || (probeD[at - 1] === d && probeF[at - 1]! > f))) {
        probeD[at] = probeD[at - 1]!;
        probeF[at] = probeF[at - 1]!;
        at--;
      }
      probeD[at] = d;
      probeF[at] = f;
    }
    // count, for every other item, how many of these features it shares
    let nt = 0;
    for (let k = 0; k < probes; k++) {
      const f = probeF[k]!;
      for (let p = offsets[f]!, end = offsets[f + 1]!; p < end; p++) {
        const j = postings[p]!;
        if (hits[j]!++ === 0) touched[nt++] = j;
      }
    }
    // keep the best CANDIDATES_PER_ITEM by hits (ties: lower index), by insertion. A text that
    // shares only one of the rarest features is a chance match, not a near-duplicate (those share
    // most features): it needs at least two, unless the item has only one to probe with.
    const minHits = Math.min(MIN_HITS, probes);
    let size = 0;
    for (let t = 0; t < nt; t++) {
      const j = touched[t]!;
      const h = hits[j]!;
      hits[j] = 0;
      if (j === i || h < minHits) continue;
      if (size === CANDIDATES_PER_ITEM && (h < topH[size - 1]! || (h === topH[size - 1]! && j > topJ[size - 1]!))) continue;
      if (shareBoard(i, j)) continue;
      let at = size < CANDIDATES_PER_ITEM ? size++ : size - 1;
      while (at > 0 && (topH[at - 1]! < h || (topH[at - 1] === h && topJ[at - 1]! > j))) {
        topH[at] = topH[at - 1]!;
        topJ[at] = topJ[at - 1]!;
        at--;
      }
      topH[at] = h;
      topJ[at] = j;
    }
    if (nPairs + size > pairs.length) {
      const bigger = new Float64Array(pairs.length * 2 + size);
      bigger.set(pairs);
      pairs = bigger;
    }
    for (let k = 0; k < size; k++) {
      const j = topJ[k]!;
      pairs[nPairs++] = i < j ? i * n + j : j * n + i;
    }
  }
  const sorted = pairs.subarray(0, nPairs).sort();
  let u = 0;
  for (let k = 0; k < nPairs; k++) if (u === 0 || sorted[u - 1] !== sorted[k]) sorted[u++] = sorted[k]!;
  return sorted.slice(0, u);
}
