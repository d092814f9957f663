// The text side of the Word writer (issue 15): column widths that fit the words, a heading's plain
// text, and text cleaned of what has no place in Word's XML.
import type { Token } from 'marked';
import { TEXT_WIDTH } from './docx-styles.js';

/**
 * Column widths (twips) that fit the text: each column first gets room for its longest word (so
 * that `Aikataulu` is not broken inside the word), and the rest of the text width is shared by
 * the length of each column's longest cell (up to 40 characters: longer text wraps anyway).
 */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  // no spread of the rows into arguments: a table can outgrow a call's arguments (issue 12)
  const columns = rows.reduce((most, r) => Math.max(most, r.length), 0);
  const least: number[] = [];
  const extra: number[] = [];
  for (let c = 0; c < columns; c++) {
    let longest = 1;
    let word = 1;
    for (const row of rows) {
      const text = (row[c] ?? '').trim();
      longest = Math.max(longest, Math.min(40, text.length));
      for (const w of text.split(/\s+/)) word = Math.max(word, Math.min(20, w.length));
    }
    least.push(word * CHAR_WIDTH + CELL_PADDING);
    extra.push(Math.max(0, longest - word));
  }
  const leastTotal = least.reduce((a, b) => a + b, 0);
  if (leastTotal >= TEXT_WIDTH) return least.map((l) => Math.floor((l / leastTotal) * TEXT_WIDTH));
  const room = TEXT_WIDTH - leastTotal;
  const extraTotal = extra.reduce((a, b) => a + b, 0);
  return least.map((l, i) => Math.floor(l + (extraTotal ? (extra[i]! / extraTotal) * room : room / columns)));
}
/** a bold character of 11 pt Arial is at most about this wide (twips), and a cell's side margins */
const CHAR_WIDTH = 130;
const CELL_PADDING = 260;

/** The text of inline tokens, as the heading reads (for matching headings by their text). */
export function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    const t = token as { type: string; text?: string; tokens?: Token[] };
    if (t.tokens?.length) text += plainText(t.tokens);
    else if (t.type === 'text') text += decodeEntities(clean(t.text ?? ''));
    else if (t.type === 'br') text += ' ';
    else text += clean(t.text ?? '');
  }
  return text;
}

// the renderer's inline markers (`\uE000n\uE001`) stand for HTML fragments, which Word has no use
// for; control characters have no place in XML
// eslint-disable-next-line no-control-regex
const UNWANTED = /\uE000\d*\uE001|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000\uE001\uFFFE\uFFFF]/g;
export function clean(text: string): string {
  return text.replace(UNWANTED, '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', sect: '\u00a7', euro: '\u20ac' };
/** Entity references a template wrote (`&amp;`): the HTML shows their characters, so Word does too. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? clean(String.fromCodePoint(code)) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
