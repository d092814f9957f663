// Text normalization (SPEC 3): two items are "the same text" when they are equal after this.
// One definition for merge, suggest, diff and the validator's `id-conflict` rule, so that the
// validator never reports as different what merging treats as equal.

// Emphasis markers at a word edge: `*Hyvä*`, `**Hyvä**`, `_Hyvä_`. A marker between two letters
// or digits (`snake_case`, `2*3`) is kept, as Markdown itself would not treat it as emphasis.
const EMPHASIS = /(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu;
const WHITESPACE = /\s+/gu;
// `\u2026` is the ellipsis (…), escaped so that the bundle stays ASCII: V8 then keeps its source
// one byte per character (issue 7)
const TRAILING_PUNCTUATION = /[\s.!?,;:\u2026]+$/u;

/**
 * The form in which texts are compared: Unicode NFC (so a decomposed "ä" equals the composed
 * one), case folded (Finnish has no special lowercasing rules), inline emphasis markers removed, white space trimmed and
 * collapsed, trailing punctuation (`.!?,;:…`) removed.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    // Unicode's language-specific lowercasing covers only Turkish, Azeri and Lithuanian, so plain
    // toLowerCase() folds Finnish (and Swedish) text the same and is much faster (issue 7)
    .toLowerCase()
    .replace(EMPHASIS, '')
    .replace(WHITESPACE, ' ')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}
