// "Did you mean …?" for unknown keys and ids: the closest candidate by Damerau-Levenshtein
// distance (optimal string alignment), or one that shares a long common prefix.

/** Edit distance with adjacent transpositions ("weeknesses" → "weaknesses" is 1, "teh" → "the" is 1). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  // three rolling rows: i-2, i-1, i
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The candidate the user most likely meant, or undefined. A candidate qualifies at distance ≤ 2
 * (less than the word's own length, so `a` does not suggest `id`), or when the two share a
 * beginning of at least four characters and three quarters of the shorter word
 * (`harrastus` → `harrastukset`, `sect` → `sections`).
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d <= 2 && d < w.length && (!best || d < best.d)) best = { c, d };
  }
  if (best) return best.c;
  let bestPrefix: { c: string; p: number } | undefined;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const p = commonPrefix(w, lc);
    const shorter = Math.min(w.length, lc.length);
    if (p >= 4 && p >= shorter * 0.75 && (!bestPrefix || p > bestPrefix.p)) bestPrefix = { c, p };
  }
  return bestPrefix?.c;
}
