// Text normalization for comparing SWOT items (SPEC 3): two texts are "the same" when they are
// equal after Unicode NFC, case folding (Finnish rules), removing inline emphasis markers,
// trimming, collapsing white space and dropping trailing punctuation. It must agree with
// merge/normalize.ts, or `id-conflict` would report items that merging treats as equal.

// Emphasis markers at a word edge: `*Hyvä*`, `**Hyvä**`, `_Hyvä_`; `snake_case` and `2*3` keep theirs.
const EMPHASIS = /(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu;
const WHITESPACE = /\s+/gu;
const TRAILING_PUNCTUATION = /[\s.!?,;:…]+$/u;

export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .replace(EMPHASIS, '')
    .replace(WHITESPACE, ' ')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}
