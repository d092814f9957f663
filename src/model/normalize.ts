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

// Tests that let `normalizeText` skip a step that would change nothing; most item texts need none
// of them, and the steps were most of merging 50 boards × 1,000 items (issue 7).
// Below U+0300 every character is its own NFC: Unicode's combining marks, singletons and
// composition exclusions all lie above it.
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;
// white space other than single spaces
const UNEVEN_SPACE = /[^\S ]|\s\s/u;
const TRAILING_CHAR = /[\s.!?,;:\u2026]/u;

/**
 * The form in which texts are compared: Unicode NFC (so a decomposed "ä" equals the composed
 * one), case folded (Finnish has no special lowercasing rules), inline emphasis markers removed, white space trimmed and
 * collapsed, trailing punctuation (`.!?,;:…`) removed.
 */
export function normalizeText(s: string): string {
  // Unicode's language-specific lowercasing covers only Turkish, Azeri and Lithuanian, so plain
  // toLowerCase() folds Finnish (and Swedish) text the same and is much faster (issue 7)
  let t = (MAY_CHANGE_IN_NFC.test(s) ? s.normalize('NFC') : s).toLowerCase();
  if (t.includes('*') || t.includes('_')) t = t.replace(EMPHASIS, '');
  if (UNEVEN_SPACE.test(t)) t = t.replace(WHITESPACE, ' ');
  if (t.length > 0 && TRAILING_CHAR.test(t[t.length - 1]!)) t = t.replace(TRAILING_PUNCTUATION, '');
  return t.trim();
}
