// Near-duplicate suggestions for `lnhs merge --suggest` (SPEC 3): merged items whose texts are
// similar but not equal, so the coordinator can give them one `id`.
//
// Similarity. Finnish is agglutinative and compounds freely ("koulunuorisotyö",
// "mielenterveyspalveluihin"), so whole-word equality misses most near-duplicates. The score is
// the mean of two Dice coefficients over the normalized text, with a few function words
// ("on", "ja", "ovat", …) left out:
//
// - word level: Dice over *stems*, a word truncated to its first 5 letters (truncation stemming
//   is a known, language-agnostic baseline that works well for Finnish: "tavoittaa" and
//   "tavoittavat" share "tavoi"). Each stem is weighted by the length of its word, as a long
//   compound carries more meaning than a short word: Σ shared (wA + wB) / (ΣwA + ΣwB).
// - letter level: Dice over the sets of character trigrams of each word padded with a space
//   (" ko", "kou", …, "yö "), which sees through inflection and compounding ("nuoret" ~
//   "nuorten", "mielenterveyspalvelut" ~ "mielenterveyspalveluihin").
//
// Both are in 0..1 and symmetric; their mean is rounded to two decimals and compared with the
// threshold (default 0.6: at 0.5 the example plan paired "Koulunuorisotyö tavoittaa nuoret hyvin"
// with "Etsivä nuorisotyö tavoittaa koulutuksen ulkopuolelle jääneet nuoret nopeasti", 0.53, two
// different services; the near-duplicates it should find score 0.61 and up).
//
// Scale. Scoring all pairs is quadratic (12,500 items in a quadrant = 78 million pairs). Instead
// every feature (stem or trigram) gets an inverted index; each item probes only its rarest few
// features, counts how many of them it shares with other items, and keeps its top few
// candidates by that count. Near-duplicates share most features, including the rare ones, so they
// are found; only candidates are scored. Features so common that they say nothing (a posting list
// longer than MAX_POSTING) are never probed.
import { displayPath } from '../diagnostics.js';
import { QUADRANTS, type MergedItem, type MergedPlan, type Quadrant } from '../model/types.js';
import { normalizeText } from '../model/normalize.js';

export interface Suggestion {
  quadrant: Quadrant;
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

/** Letters of a word kept as its stem. */
const STEM_LENGTH = 5;
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

// Function words that carry no meaning of their own in a SWOT item (Finnish, Swedish, English:
// the plan languages). Kept short on purpose: "hyvin", "huonosti" and the like do matter.
const STOP_WORDS = new Set([
  'on', 'ovat', 'ole', 'ei', 'eivät', 'ja', 'sekä', 'tai', 'eli', 'että', 'kuin', 'mutta', 'myös',
  'se', 'ne', 'sen', 'niiden', 'jo', 'vielä', 'kun', 'jos',
  'och', 'är', 'att', 'i', 'på', 'av', 'för', 'med', 'som', 'en', 'ett', 'det', 'de', 'till',
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'is', 'are', 'for', 'with', 'be', 'by',
]);

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The features of all items of one quadrant, in flat arrays so that 12,500 items make a handful
 * of allocations, not tens of thousands: item i's stems are `stems[stemStart[i] ..
 * stemStart[i + 1]]` (ascending ids, unique) with their `weights` (length of the longest word
 * with that stem); its trigrams are `trigrams[triStart[i] .. triStart[i + 1]]` (ascending, unique).
 * Stems and trigrams are interned as integers from one counter, so their ids never collide.
 */
interface Profiles {
  featureCount: number;
  stemStart: Int32Array;
  stems: Int32Array;
  weights: Int32Array;
  totalWeight: Int32Array;
  triStart: Int32Array;
  trigrams: Int32Array;
}

/**
 * A map from non-negative 31-bit integers to ids: open addressing with linear probing over two
 * Int32Arrays. Interning the ~40 trigrams of each of 50,000 items is the hottest loop of the
 * profile, and this is several times faster than a Map.
 */
class IntMap {
  private keys = new Int32Array(4096).fill(-1);
  private values = new Int32Array(4096);
  private size = 0;
  /** 32 − log2(capacity): the slot is the top bits of a Fibonacci hash */
  private shift = 20;

  intern(key: number, next: () => number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    const id = next();
    this.keys[slot] = key;
    this.values[slot] = id;
    if (++this.size * 2 > this.keys.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === -1) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = values[i]!;
    }
  }
}

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

function buildProfiles(texts: readonly string[]): Profiles {
  const stemIds = new Map<string, number>();
  // A trigram is three characters; each character gets a small index (space is 0) so a trigram
  // is one small integer key, (i1 << 20) | (i2 << 10) | i3. Texts with more than 1,023 distinct
  // characters fall back to string keys for the rest.
  const charIndex = new Int32Array(65536).fill(-1);
  charIndex[32] = 0;
  let chars = 1;
  const trigramIds = new IntMap();
  const rareTrigramIds = new Map<string, number>();
  let featureCount = 0;
  const intern = <K>(map: Map<K, number>, key: K): number => {
    let id = map.get(key);
    if (id === undefined) {
      id = featureCount++;
      map.set(key, id);
    }
    return id;
  };
  const charOf = (c: number): number => {
    const i = charIndex[c]!;
    return i >= 0 ? i : (charIndex[c] = chars++);
  };

  const n = texts.length;
  const stemStart = new Int32Array(n + 1);
  const triStart = new Int32Array(n + 1);
  const totalWeight = new Int32Array(n);
  const stems = new IntList();
  const weights = new IntList();
  const trigrams = new IntList();
  let scratch = new Int32Array(256);

  for (let item = 0; item < n; item++) {
    // Only letters and digits make words, so NFC and case folding are all of normalizeText
    // that matters here (Finnish has no special lower-casing rules).
    const words = texts[item]!.normalize('NFC').toLowerCase().match(WORD) ?? [];
    const firstStem = stems.length;
    let nTri = 0;
    for (const word of words) {
      if (STOP_WORDS.has(word)) continue;
      // stems: kept sorted by id with insertion (an item has a handful of words); a repeated
      // stem keeps the weight of its longest word
      const id = intern(stemIds, word.slice(0, STEM_LENGTH));
      let at = firstStem;
      while (at < stems.length && stems.data[at]! < id) at++;
      if (at < stems.length && stems.data[at] === id) {
        if (word.length > weights.data[at]!) weights.data[at] = word.length;
      } else {
        stems.push(0);
        weights.push(0);
        stems.data.copyWithin(at + 1, at, stems.length - 1);
        weights.data.copyWithin(at + 1, at, weights.length - 1);
        stems.data[at] = id;
        weights.data[at] = word.length;
      }
      // trigrams of ` word `: the spaces mark the beginning and the end of the word
      if (nTri + word.length > scratch.length) {
        const bigger = new Int32Array((nTri + word.length) * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      let c1 = 0;
      let c2 = charOf(word.charCodeAt(0));
      for (let i = 1; i <= word.length; i++) {
        const c3 = i < word.length ? charOf(word.charCodeAt(i)) : 0;
        scratch[nTri++] =
          c1 < 1024 && c2 < 1024 && c3 < 1024
            ? trigramIds.intern((c1 << 20) | (c2 << 10) | c3, () => featureCount++)
            : intern(rareTrigramIds, `${c1},${c2},${c3}`);
        c1 = c2;
        c2 = c3;
      }
    }
    let total = 0;
    for (let k = firstStem; k < stems.length; k++) total += weights.data[k]!;
    totalWeight[item] = total;
    stemStart[item + 1] = stems.length;

    const sorted = scratch.subarray(0, nTri).sort();
    for (let k = 0; k < nTri; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) trigrams.push(sorted[k]!);
    triStart[item + 1] = trigrams.length;
  }
  return {
    featureCount,
    stemStart,
    stems: stems.toArray(),
    weights: weights.toArray(),
    totalWeight,
    triStart,
    trigrams: trigrams.toArray(),
  };
}

/**
 * Scores items against one item at a time: the features of item `a` are marked in arrays indexed
 * by feature id, so comparing with `b` is one look-up per feature of `b`. Candidate pairs come
 * sorted by their first item, so each item is marked once.
 */
class Scorer {
  private readonly mark: Int32Array;
  private readonly weight: Int32Array;
  private current = -1;

  constructor(private readonly p: Profiles) {
    this.mark = new Int32Array(p.featureCount).fill(-1);
    this.weight = new Int32Array(p.featureCount);
  }

  /** The mean of the weighted stem Dice and the trigram Dice of items a and b. */
  similarity(a: number, b: number): number {
    const { p, mark, weight } = this;
    const wa = p.totalWeight[a]!;
    const wb = p.totalWeight[b]!;
    if (wa === 0 || wb === 0) return 0;
    if (this.current !== a) {
      this.current = a;
      for (let k = p.stemStart[a]!; k < p.stemStart[a + 1]!; k++) {
        mark[p.stems[k]!] = a;
        weight[p.stems[k]!] = p.weights[k]!;
      }
      for (let k = p.triStart[a]!; k < p.triStart[a + 1]!; k++) mark[p.trigrams[k]!] = a;
    }
    let shared = 0;
    for (let k = p.stemStart[b]!; k < p.stemStart[b + 1]!; k++) {
      const f = p.stems[k]!;
      if (mark[f] === a) shared += weight[f]! + p.weights[k]!;
    }
    let common = 0;
    for (let k = p.triStart[b]!; k < p.triStart[b + 1]!; k++) if (mark[p.trigrams[k]!] === a) common++;
    const trigramDice = (2 * common) / (p.triStart[a + 1]! - p.triStart[a]! + p.triStart[b + 1]! - p.triStart[b]!);
    return (shared / (wa + wb) + trigramDice) / 2;
  }
}

/** The similarity of two texts, 0..1 with two decimals, as `suggestDuplicates` scores it. */
export function similarity(a: string, b: string): number {
  return Math.round(new Scorer(buildProfiles([a, b])).similarity(0, 1) * 100) / 100;
}

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
  for (let k = 0; k < sorted.length && out.length < limit; k++) {
    let key = sorted[k]!;
    const j = key % n;
    key = (key - j) / n;
    const i = key % n;
    key = (key - i) / n;
    const q = key % 4;
    const quadrant = QUADRANTS[q]!;
    const items = merged.swot[quadrant];
    out.push({ quadrant, score: (100 - (key - q) / 4) / 100, a: items[i]!, b: items[j]! });
  }
  return out;
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

// ---- text output ----------------------------------------------------------------------------

const QUADRANT_LABEL: Record<'en' | 'fi', Record<Quadrant, string>> = {
  en: { strengths: 'strengths', weaknesses: 'weaknesses', opportunities: 'opportunities', threats: 'threats' },
  fi: { strengths: 'vahvuudet', weaknesses: 'heikkoudet', opportunities: 'mahdollisuudet', threats: 'uhat' },
};

const TEXTS = {
  en: {
    none: 'No near-duplicates found.',
    // SPEC 3: equal ids with different texts are an error, so the advice is one id and one text
    howTo:
      'To merge a pair, agree on one wording and give both items the same `id` and that same `text` in their board files, for example:',
  },
  fi: {
    none: 'Lähes samanlaisia kohtia ei löytynyt.',
    howTo:
      'Yhdistä pari sopimalla yhdestä sanamuodosta ja antamalla molemmille kohdille lautakuntien tiedostoissa sama `id` ja sama `text`, esimerkiksi:',
  },
};

/**
 * One line per suggestion, `score  quadrant  "text A" (board, file:line)  ~  "text B" (…)`,
 * then how to merge a pair, with a YAML snippet for the first one.
 */
export function formatSuggestions(
  suggestions: readonly Suggestion[],
  locale: 'en' | 'fi',
  options: { cwd?: string } = {},
): string {
  const texts = TEXTS[locale];
  if (suggestions.length === 0) return texts.none;
  // a loop, not Math.max(...): 10 boards × 2,000 similar items give more suggestions than a
  // call can take arguments (issue 12)
  let quadrantWidth = 0;
  for (const s of suggestions) quadrantWidth = Math.max(quadrantWidth, QUADRANT_LABEL[locale][s.quadrant].length);
  const lines = suggestions.map(
    (s) =>
      `${s.score.toFixed(2)}  ${QUADRANT_LABEL[locale][s.quadrant].padEnd(quadrantWidth)}  ` +
      `${describe(s.a, options.cwd)}  ~  ${describe(s.b, options.cwd)}`,
  );
  const first = suggestions[0]!;
  const id = first.a.id ?? first.b.id ?? suggestId(first.a.text);
  // the wording of the item that already has the id, else the first one
  const text = first.b.id !== undefined && first.a.id === undefined ? first.b.text : first.a.text;
  const where = (item: MergedItem) => {
    const source = item.sources[0];
    return source ? `${displayPath(source.file, options.cwd)}:${source.line}` : item.boards.join(', ');
  };
  lines.push(
    '',
    texts.howTo,
    '',
    `  # ${where(first.a)}`,
    `  - id: ${id}`,
    `    text: ${yamlScalar(text)}`,
    '',
    `  # ${where(first.b)}`,
    `  - id: ${id}`,
    `    text: ${yamlScalar(text)}`,
  );
  return lines.join('\n');
}

function describe(item: MergedItem, cwd?: string): string {
  const source = item.sources[0];
  const where = source ? `${source.board}, ${displayPath(source.file, cwd)}:${source.line}` : item.boards.join(', ');
  const more = item.sources.length > 1 ? ` +${item.sources.length - 1}` : '';
  return `${JSON.stringify(item.text)} (${where}${more})`;
}

/** A slug from the first words of a text: "Koulunuorisotyö tavoittaa …" → `koulunuorisotyo`. */
export function suggestId(text: string): string {
  const words = normalizeText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const picked: string[] = [];
  for (const word of words) {
    picked.push(word);
    if (picked.join('-').length >= 10 || picked.length === 3) break;
  }
  return picked.join('-') || 'item';
}

function yamlScalar(text: string): string {
  const plain = /^[\p{L}\p{N}(]/u.test(text) && !/[:#]\s|\s#|:$|["'\n\\]/u.test(text) && text === text.trim();
  return plain ? text : JSON.stringify(text);
}
