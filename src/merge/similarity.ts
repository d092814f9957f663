// The similarity of two SWOT item texts, for `lnhs merge --suggest` (suggest.ts).
//
// Finnish is agglutinative and compounds freely ("koulunuorisotyö",
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

/** Letters of a word kept as its stem. */
const STEM_LENGTH = 5;
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
export interface Profiles {
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

export function buildProfiles(texts: readonly string[]): Profiles {
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
export class Scorer {
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
