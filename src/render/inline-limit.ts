// Bounds on the Markdown that input text may carry (issue 12 item 4). marked's inline lexer
// pairs emphasis and link delimiters by scanning ahead from each opener, and nests by recursion:
// a 4 KB run of `*` around a word overflowed the stack (exit 70), and `_a` repeated took time
// quadratic in the length (100 KB: 4.6 s). Block quotes and lists nest by recursion too
// (`>` × 20 000 overflowed; 3 000 levels of list indentation ran for minutes). So each unit that
// marked lexes on its own — one line of `mdInline`, a paragraph, list item, heading or table row
// of `mdBlock` — may hold at most MAX_DELIMITERS delimiters; past that, all of them in the unit
// are escaped and the text is shown as written. Quote markers past MAX_QUOTE_DEPTH and
// indentation past MAX_INDENT are dropped. With these bounds every unit costs time
// linear in its length; validation (validate/limits.ts) warns with the same functions, at the
// field, so that the bound never applies silently.

/** Emphasis, strikethrough and link delimiters per inline unit: far more than any real prose uses. */
export const MAX_DELIMITERS = 100;
/** Nested block quotes `> > >`. */
export const MAX_QUOTE_DEPTH = 8;
/** Leading spaces of a line: 16 levels of list nesting. */
export const MAX_INDENT = 32;

// an escaped character (left as it is), or a delimiter
const DELIMITER = /\\[\s\S]|[*_~[\]]/g;

/** Unescaped delimiters in `text`. */
export function delimiterCount(text: string): number {
  let n = 0;
  DELIMITER.lastIndex = 0;
  for (let m = DELIMITER.exec(text); m; m = DELIMITER.exec(text)) if (m[0].length === 1) n++;
  return n;
}

/** `text` with every unescaped delimiter escaped. */
export function escapeDelimiters(text: string): string {
  return text.replace(DELIMITER, (m) => (m.length === 1 ? '\\' + m : m));
}

/** One inline unit: as it is, or with its delimiters escaped when it has too many. */
export function boundInline(text: string): string {
  return text.length > MAX_DELIMITERS && delimiterCount(text) > MAX_DELIMITERS ? escapeDelimiters(text) : text;
}

// what starts a line's block structure: indentation, quote markers, a list marker, a heading
const BLOCK_PREFIX = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)|#{1,6}(?:[ \t]+|$))?/;
// a line that starts a unit of its own rather than continuing a paragraph
const UNIT_START = /^[ \t]*(?:>[ \t]?)*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|\|)/;

export type Overflow = 'delimiters' | 'quotes' | 'indent';

/**
 * Lines of Markdown prose with the bounds applied: each unit's delimiters escaped when it has
 * more than MAX_DELIMITERS, quote markers past MAX_QUOTE_DEPTH dropped, indentation past
 * MAX_INDENT cut. `found` collects which bounds applied.
 */
export function boundBlock(lines: readonly string[], found?: Set<Overflow>): string[] {
  const out: string[] = [];
  let unit: string[] = [];
  let count = 0;
  const flush = () => {
    if (count > MAX_DELIMITERS) {
      found?.add('delimiters');
      for (const line of unit) {
        const prefix = BLOCK_PREFIX.exec(line)![0];
        out.push(prefix + escapeDelimiters(line.slice(prefix.length)));
      }
    } else for (const line of unit) out.push(line);
    unit = [];
    count = 0;
  };
  for (const raw of lines) {
    const line = boundLineStart(raw, found);
    if (line.trim() === '' || UNIT_START.test(line)) flush();
    unit.push(line);
    if (line.length > 0) count += delimiterCount(line.slice(BLOCK_PREFIX.exec(line)![0].length));
  }
  flush();
  return out;
}

/** A line with its indentation and its quote markers within bounds. */
function boundLineStart(line: string, found?: Set<Overflow>): string {
  let indent = 0;
  while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
  if (indent > MAX_INDENT) {
    found?.add('indent');
    line = ' '.repeat(MAX_INDENT) + line.slice(indent);
  }
  const quotes = /^[ \t]*(?:>[ \t]?)*/.exec(line)![0];
  let depth = 0;
  for (const c of quotes) if (c === '>') depth++;
  if (depth <= MAX_QUOTE_DEPTH) return line;
  found?.add('quotes');
  // keep the first MAX_QUOTE_DEPTH markers and drop the rest: the text is quoted that deep
  let kept = 0;
  let i = 0;
  for (; i < quotes.length; i++) if (quotes[i] === '>' && ++kept > MAX_QUOTE_DEPTH) break;
  return line.slice(0, i) + quotes.slice(i).replace(/>/g, '') + line.slice(quotes.length);
}

/** Which bounds a text would meet as prose (mdBlock) or as one line (mdInline). */
export function overflowOf(text: string): Overflow[] {
  if (text.length <= Math.min(MAX_DELIMITERS, MAX_INDENT, MAX_QUOTE_DEPTH)) return [];
  const found = new Set<Overflow>();
  boundBlock(text.replace(/\r\n?/g, '\n').split('\n'), found);
  if (!found.has('delimiters') && delimiterCount(text) > MAX_DELIMITERS && !text.includes('\n')) found.add('delimiters');
  return [...found];
}
