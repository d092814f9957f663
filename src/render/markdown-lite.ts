// Markdown → HTML without marked, for the Markdown our own templates write (issue 7). A cold
// `lnhs generate` spent about 40 ms in marked, almost all of it V8 compiling marked's large
// regular expressions on their first use; for an ordinary document marked is now not even loaded.
//
// This is an exact fast path, not a second Markdown dialect: `markdownLite` returns the very HTML
// that markdown.ts's marked path gives (marked 18, GFM, our renderer), or undefined as soon as the
// document holds anything outside the small subset below, and markdown.ts then runs marked on it.
// test/fast-paths/markdown-lite.test.ts compares both on the golden documents and on many random ones.
//
// Blocks (every line without leading or trailing white space, no tabs, no CR):
// - ATX headings `# text` (one space, no closing `#`s);
// - paragraphs of one or more lines, followed by a blank line or the end;
// - `- ` lists: consecutive one-line items, each optionally continued by lines indented two
//   spaces, followed by a blank line or the end and then by no other `-` line;
// - block quotes of `> ` lines holding one paragraph, followed by a blank line or the end;
// - GFM tables with a leading and trailing pipe on every row and a `|---|:--:|` delimiter row,
//   followed by a blank line or the end.
// A paragraph, item or quoted line must start with a letter, a digit (not `8.` or `8)`, or on a
// continuation line not `1.` or `1)`), an `\p{So}` symbol, `*` (not `* ` or a thematic break),
// `-` or `+` before a letter or digit, `\`, a fragment marker or one of `("'!&§–—€$%.,;?/)…«»„“”‘’`:
// none of them can start a block there, so marked's block tokenizers (lists, setext headings,
// tables, html, link definitions…) cannot read the line otherwise.
//
// Inline: text, backslash escapes, `[text](href)` links without title (href without spaces,
// parentheses, brackets, quotes, `<`, `>` or `\`), fragment markers `\uE000n\uE001`, and `*em*` or
// `**strong**` whose delimiter runs pair exactly as marked pairs them (checked against marked's
// flanking rules; see `emphasis`). Anything that could be an autolink (`://`, `www.`, `@`; but an
// `@` inside a link's text, where marked makes no autolink: `[a@b.fi](mailto:a@b.fi)`), html,
// code, strikethrough, `_`, an image, a reference link, a hard break or an entity reference gives
// up.
import { blockFragment, headingHtml, tableHtml, type Align, type CellHtml, type DocumentState } from './house-style.js';
import { inline, isAsciiAlphanumeric, type Inline } from './markdown-lite-inline.js';

// ---------------------------------------------------------------------------------------------
// Blocks

type Block =
  | { kind: 'heading'; depth: number; inline: Inline }
  | { kind: 'html'; html: string }
  | { kind: 'table'; header: CellHtml[]; rows: CellHtml[][] };

/**
 * Characters the fast path never reads: CR, tabs and other controls, and the line and paragraph
 * separators (which `.` in marked's rules does not match).
 */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const EDGE_SPACE = /^\s|\s$/;
/**
 * What may start a paragraph line, a list item or a quoted line (see the header). Unicode property
 * classes cost V8 about a millisecond to build on their first use, so ASCII starts are looked up
 * in a string first (issue 7).
 */
const SAFE_START_ASCII = '*\\("\'!&$%.,;?/)';
const SAFE_START = /^[\p{L}\p{N}\p{So}\uE000\u00a7\u2013\u2014\u20ac\u2026\u00ab\u00bb\u201e\u201c\u201d\u2018\u2019]|^[-+][\p{L}\p{N}]/u;
const HEADING = /^(#{1,6}) (.+)$/;
const DELIMITER_ROW = /^\|(?: *:?-+:? *\|)+$/;

/**
 * A line that starts a block of the subset, or continues one (`continued`), and that marked
 * reads the same way.
 */
function safeLine(line: string, continued: boolean): boolean {
  if (line === '') return false;
  const c = line.charCodeAt(0);
  const start = isAsciiAlphanumeric(c) || SAFE_START_ASCII.includes(line[0]!) || SAFE_START.test(line);
  if (!start || EDGE_SPACE.test(line)) return false;
  // `* x` is a list item; other `*` runs (a thematic break `***` too) are checked inline
  if (c === 42 /* * */) return line.length > 1 && !/\s/.test(line[1]!);
  // `8. x` starts an ordered list, but only `1.` and `1)` interrupt a paragraph (or an item's text)
  if (c >= 48 && c <= 57) return !(continued ? /^1[.)]/ : /^\d+[.)]/).test(line);
  return true;
}

/**
 * The HTML that markdown.ts's marked path gives for `markdown`, or undefined when the document
 * holds anything outside the subset described above. Touches `state` only when it succeeds.
 */
export function markdownLite(markdown: string, state: DocumentState): string | undefined {
  if (UNSUPPORTED_CHARS.test(markdown)) return undefined;
  const lines = markdown.split('\n');
  const n = lines.length;
  const fragments = state.fragments;
  const blocks: Block[] = [];
  let i = 0;
  while (i < n) {
    const line = lines[i]!;
    if (line === '') {
      i++;
      continue;
    }
    const c = line.charCodeAt(0);
    if (c === 35 /* # */) {
      const m = HEADING.exec(line);
      // `#  x` and `# x #` are trimmed by marked; not worth the cases
      if (!m || EDGE_SPACE.test(m[2]!) || m[2]!.endsWith('#')) return undefined;
      const inner = inline(m[2]!, fragments, true);
      if (!inner) return undefined;
      blocks.push({ kind: 'heading', depth: m[1]!.length, inline: inner });
      i++;
      continue;
    }
    if (c === 45 /* - */ && line.charCodeAt(1) === 32) {
      let html = '<ul>\n';
      while (i < n && lines[i]!.startsWith('- ')) {
        let text = lines[i]!.slice(2);
        if (!safeLine(text, false)) return undefined;
        i++;
        // continuation lines indented to the item's text: marked joins them to its text
        while (i < n && lines[i]!.startsWith('  ')) {
          const more = lines[i]!.slice(2);
          if (!safeLine(more, true)) return undefined;
          text += '\n' + more;
          i++;
        }
        const inner = inline(text, fragments, false);
        if (!inner) return undefined;
        html += `<li>${inner.html}</li>\n`;
      }
      // A blank line or the end, then nothing that marked's list tokenizer could take as more of
      // the list (another item makes it loose; an indented line is refused anyway).
      if (i < n && lines[i] !== '') return undefined;
      let k = i;
      while (k < n && lines[k] === '') k++;
      if (k < n && lines[k]!.charCodeAt(0) === 45) return undefined;
      blocks.push({ kind: 'html', html: html + '</ul>\n' });
      continue;
    }
    if (c === 62 /* > */) {
      let text: string | undefined;
      while (i < n && lines[i]!.startsWith('> ')) {
        const rest = lines[i]!.slice(2);
        if (!safeLine(rest, text !== undefined)) return undefined;
        text = text === undefined ? rest : `${text}\n${rest}`;
        i++;
      }
      // a line without `> ` after the quote would be a lazy continuation
      if (text === undefined || (i < n && lines[i] !== '')) return undefined;
      const inner = inline(text, fragments, false);
      if (!inner) return undefined;
      blocks.push({ kind: 'html', html: `<blockquote>\n<p>${inner.html}</p>\n</blockquote>\n` });
      continue;
    }
    if (c === 124 /* | */) {
      const table = tableBlock(lines, i, fragments);
      if (!table) return undefined;
      blocks.push(table.block);
      i = table.end;
      continue;
    }
    // a paragraph: its lines up to a blank line or the end
    let text = line;
    if (!safeLine(line, false)) return undefined;
    i++;
    while (i < n && lines[i] !== '') {
      if (!safeLine(lines[i]!, true)) return undefined;
      text += '\n' + lines[i]!;
      i++;
    }
    const block = blockFragment(state, text);
    if (block !== undefined) {
      blocks.push({ kind: 'html', html: block });
      continue;
    }
    const inner = inline(text, fragments, false);
    if (!inner) return undefined;
    blocks.push({ kind: 'html', html: `<p>${inner.html}</p>\n` });
  }

  // Everything was understood: only now the shared state changes (heading ids, table labels).
  let html = '';
  for (const block of blocks) {
    if (block.kind === 'html') html += block.html;
    else if (block.kind === 'heading') html += headingHtml(state, block.depth, block.inline.text, block.inline.html);
    else html += tableHtml(state, block.header, block.rows);
  }
  return html;
}

/** A table from `lines[start]` on: header row, delimiter row, body rows, then a blank line or the end. */
function tableBlock(
  lines: readonly string[],
  start: number,
  fragments: readonly string[],
): { block: Block; end: number } | undefined {
  const headerLine = lines[start]!;
  const delimiter = lines[start + 1];
  if (!isRow(headerLine) || delimiter === undefined || !DELIMITER_ROW.test(delimiter)) return undefined;
  const headers = splitCells(headerLine);
  // as marked's `Tokenizer.table` reads the delimiter row
  const aligns: Align[] = delimiter
    .replace(/^\||\| *$/g, '')
    .split('|')
    .map((a) => (/^ *-+: *$/.test(a) ? 'right' : /^ *:-+: *$/.test(a) ? 'center' : /^ *:-+ *$/.test(a) ? 'left' : null));
  if (headers.length !== aligns.length) return undefined;
  const cell = (text: string, i: number): CellHtml | undefined => {
    const inner = inline(text, fragments, false);
    return inner && { html: inner.html, align: aligns[i]! };
  };
  const header: CellHtml[] = [];
  for (let c = 0; c < headers.length; c++) {
    const h = cell(headers[c]!, c);
    if (!h) return undefined;
    header.push(h);
  }
  const rows: CellHtml[][] = [];
  let i = start + 2;
  for (; i < lines.length && lines[i] !== ''; i++) {
    if (!isRow(lines[i]!)) return undefined;
    const row: CellHtml[] = [];
    const cells = splitCells(lines[i]!, headers.length);
    for (let c = 0; c < cells.length; c++) {
      const d = cell(cells[c]!, c);
      if (!d) return undefined;
      row.push(d);
    }
    rows.push(row);
  }
  return { block: { kind: 'table', header, rows }, end: i };
}

/** `| … |`: marked would take any line under a table as a row, but a `- ` line ends the table */
function isRow(line: string): boolean {
  return line.length > 1 && line.charCodeAt(0) === 124 && line.endsWith('|') && !EDGE_SPACE.test(line);
}

/**
 * A row's cells as marked 18's `splitCells` makes them: every pipe not escaped by an odd number of
 * backslashes separates cells, empty first and last cells go, the row is cut or padded to `count`,
 * and each cell is trimmed with `\|` turned into `|`.
 */
function splitCells(tableRow: string, count?: number): string[] {
  // Without a backslash every pipe separates, and marked's split comes to splitting at each pipe
  // (the large action tables of issue 7 have no escapes).
  const cells = tableRow.includes('\\')
    ? tableRow
        .replace(/\|/g, (_match, offset: number, str: string) => {
          let escaped = false;
          let curr = offset;
          while (--curr >= 0 && str[curr] === '\\') escaped = !escaped;
          return escaped ? '|' : ' |';
        })
        .split(/ \|/)
    : tableRow.split('|');
  if (!cells[0]!.trim()) cells.shift();
  if (cells.length > 0 && !cells[cells.length - 1]!.trim()) cells.pop();
  if (count) {
    if (cells.length > count) cells.splice(count);
    else while (cells.length < count) cells.push('');
  }
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
