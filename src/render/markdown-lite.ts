// Markdown → HTML without marked, for the Markdown our own templates write (issue 7). A cold
// `lnhs generate` spent about 40 ms in marked, almost all of it V8 compiling marked's large
// regular expressions on their first use; for an ordinary document marked is now not even loaded.
//
// This is an exact fast path, not a second Markdown dialect: `markdownLite` returns the very HTML
// that markdown.ts's marked path gives (marked 18, GFM, our renderer), or undefined as soon as the
// document holds anything outside the small subset below, and markdown.ts then runs marked on it.
// test/perf/markdown-lite.test.ts compares both on the golden documents and on many random ones.
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
import { escapeHtml } from './escape.js';
import { isSafeHref } from './md-links.js';
import type { HeadingRef } from './markdown.js';

/** What one document's conversion shares between this path and marked's (markdown.ts). */
export interface DocumentState {
  /** HTML fragments (generated, trusted) that inline markers `\uE000n\uE001` stand for */
  readonly fragments: readonly string[];
  /** a unique id for a heading with this plain text */
  headingId(text: string): string;
  /** the headings so far, in document order */
  readonly headings: HeadingRef[];
  /** the id of the last heading so far: it labels the tables under it */
  lastHeadingId: string | undefined;
}

export type Align = 'left' | 'right' | 'center' | null;

export interface CellHtml {
  html: string;
  align: Align;
}

// one rule for the HTML and the Markdown outputs (md-links.ts, issue 12)
export { isSafeHref };

// The three renderings below are the house style of both paths (markdown.ts's renderer calls
// them too), so the fast path cannot drift from marked's.

/** A link: its text alone when the target is not safe. */
export function linkHtml(href: string, inner: string, title?: string | null): string {
  if (!isSafeHref(href)) return inner;
  const t = title ? ` title="${escapeHtml(title)}"` : '';
  return `<a href="${escapeHtml(href.trim())}"${t}>${inner}</a>`;
}

/** A heading with a unique id, recorded for the table of contents. */
export function headingHtml(state: DocumentState, depth: number, text: string, inner: string): string {
  const id = state.headingId(text);
  state.lastHeadingId = id;
  state.headings.push({ depth, text, id });
  return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
}

/** A table with column header cells, labelled by the heading it stands under. */
export function tableHtml(state: DocumentState, header: readonly CellHtml[], rows: readonly (readonly CellHtml[])[]): string {
  const align = (a: Align) => (a ? ` class="align-${a}"` : '');
  const head = header.map((cell) => `<th scope="col"${align(cell.align)}>${cell.html}</th>`).join('');
  const body = rows.map((row) => '<tr>' + row.map((cell) => `<td${align(cell.align)}>${cell.html}</td>`).join('') + '</tr>\n').join('');
  // every table of the templates stands under a heading of its own
  const label = state.lastHeadingId ? ` aria-labelledby="${state.lastHeadingId}"` : '';
  // A table wider than the screen scrolls sideways inside its own region rather than being
  // crushed to a letter per line (issue 14); a region one scrolls must be reachable by keyboard
  // and named (WCAG 2.1.1, 4.1.2). Five columns or more is a wide table: landscape in print.
  const wide = header.length >= 5 ? ' table-wide' : '';
  return (
    `<div class="table-scroll${wide}"${label ? ` role="region"${label}` : ''} tabindex="0">\n` +
    `<table${label}>\n<thead>\n<tr>${head}</tr>\n</thead>\n<tbody>\n${body}</tbody>\n</table>\n</div>\n`
  );
}

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

// ---------------------------------------------------------------------------------------------
// Inline

interface Inline {
  html: string;
  /** plain text, as marked's TextRenderer gives it (for heading ids) */
  text: string;
}

const BACKSLASH = 92;
const STAR = 42;
const OPEN_BRACKET = 91;
const AT = 64;
const MARKER_OPEN_CODE = 0xe000;

/** ASCII punctuation: what a backslash escapes in marked (`inline.escape`); all of it is `\p{P}` or `\p{S}`. */
function isEscapable(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Characters that may start a token: a run of text ends before them (or before a give-up). */
const TEXT_STOP = /[\\*[\uE000<`~_\]\uE001@]/g;
/**
 * Characters that give up where a token would start: html or an autolink in angle brackets,
 * code, strikethrough, `_` emphasis, a `]` outside a link, a stray marker end, the `@` of an
 * email autolink.
 */
const GIVE_UP = /[<`~_\]\uE001@]/;
/** text that marked reads otherwise: an autolink, an entity or character reference */
const TEXT_UNSAFE = /:\/\/|www\.|&(?:#|\w+;)/i;
const FRAGMENT = /\uE000(\d+)\uE001/y;
const SPACE = /\s/u;
const PUNCT = /[\p{P}\p{S}]/u;

/**
 * One inline run (a paragraph, item, heading, cell, link text or emphasis content), lexed as
 * marked's `Lexer.inlineTokens` lexes it. `wantText`: also the plain text (headings).
 */
function inline(src: string, fragments: readonly string[], wantText: boolean, inLink = false): Inline | undefined {
  let html = '';
  let text = '';
  const n = src.length;
  let i = 0;
  // marked's `prevChar` before a delimiter run: the last character of the text token just
  // before it, or nothing after any other token (an escape, a link, a fragment, emphasis)
  let afterText = false;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) {
      const d = src.charCodeAt(i + 1);
      if (isEscapable(d)) {
        const ch = src[i + 1]!;
        html += escapeHtml(ch);
        if (wantText) text += ch;
        i += 2;
        afterText = false;
        continue;
      }
      // a backslash before a line break is a hard break; before anything else it is text
      if (d === 10) return undefined;
    } else if (c === STAR) {
      const em = emphasis(src, i, afterText, fragments, wantText);
      if (!em) return undefined;
      html += em.html;
      if (wantText) text += em.text;
      i = em.end;
      afterText = false;
      continue;
    } else if (c === OPEN_BRACKET) {
      const link = linkAt(src, i);
      if (!link) return undefined;
      const inner = inline(link.label, fragments, wantText, true);
      if (!inner) return undefined;
      html += linkHtml(link.href, inner.html);
      if (wantText) text += inner.text;
      i = link.end;
      afterText = false;
      continue;
    } else if (c === MARKER_OPEN_CODE) {
      FRAGMENT.lastIndex = i;
      const m = FRAGMENT.exec(src);
      if (!m) return undefined;
      const fragment = fragments[Number(m[1])] ?? '';
      html += fragment;
      if (wantText) text += fragment;
      i += m[0].length;
      afterText = false;
      continue;
    }
    // a run of text, up to the next character that may start a token
    // (marked's lexer makes no url autolink inside a link's text: there an `@` is text)
    if (GIVE_UP.test(src[i]!) && !(inLink && c === AT)) return undefined;
    TEXT_STOP.lastIndex = i + 1;
    const end = TEXT_STOP.exec(src)?.index ?? n;
    const run = src.slice(i, end);
    // `!` right before `[` would make an image
    if (TEXT_UNSAFE.test(run) || (run.endsWith('!') && src.charCodeAt(end) === OPEN_BRACKET)) return undefined;
    html += escapeHtml(run);
    if (wantText) text += run;
    i = end;
    afterText = true;
  }
  return { html, text };
}

/** The code point at `i` (undefined at the end). */
function codePointAt(s: string, i: number): number | undefined {
  return i < s.length ? s.codePointAt(i) : undefined;
}

/** The code point that ends just before `i`. */
function codePointBefore(s: string, i: number): number {
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(i - 2)!;
  }
  return low;
}

const enum Kind {
  Space,
  Punct,
  Other,
}

/** Space, punctuation or other, as `\s` and `[\p{P}\p{S}]` class it (ASCII without building those: see SAFE_START). */
function kind(cp: number): Kind {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) ? Kind.Space : isEscapable(cp) ? Kind.Punct : Kind.Other;
  const ch = String.fromCodePoint(cp);
  return SPACE.test(ch) ? Kind.Space : PUNCT.test(ch) ? Kind.Punct : Kind.Other;
}

/**
 * marked's `inline.punctuation` test of its `prevChar`: one UTF-16 unit, so half of a surrogate
 * pair is neither space nor punctuation.
 */
function prevPunct(unit: number): boolean {
  return (unit < 0xd800 || unit > 0xdfff) && kind(unit) !== Kind.Other;
}

function runLength(s: string, i: number): number {
  let j = i;
  while (s.charCodeAt(j) === STAR) j++;
  return j - i;
}

/**
 * `*x*` or `**x**` at `start`, where x holds no `*` of its own (outside escapes and links), when
 * marked 18 pairs exactly these two runs (`Tokenizer.emStrong` with GFM's rules):
 * - the opening run is one or two stars and can open: a non-space follows it, and when that is
 *   punctuation, marked's `prevChar` is nothing, a space or punctuation;
 * - the next run is as long, and `emStrongRDelimAst` reads it as a closer: the character before
 *   it is not a space, and if it is punctuation the one after it is a space, punctuation or the
 *   end (otherwise marked would take it for an opener and look further).
 * For runs of equal length 1 or 2 the rule of three never applies. Anything else gives up.
 */
function emphasis(
  src: string,
  start: number,
  afterText: boolean,
  fragments: readonly string[],
  wantText: boolean,
): { html: string; text: string; end: number } | undefined {
  const length = runLength(src, start);
  if (length > 2) return undefined;
  const open = start + length;
  const next = codePointAt(src, open);
  if (next === undefined) return undefined;
  const nextKind = kind(next);
  if (nextKind === Kind.Space) return undefined;
  if (nextKind === Kind.Punct && afterText && !prevPunct(src.charCodeAt(start - 1))) return undefined;
  // the closing run: the first `*` outside escapes and links (marked masks those)
  let close = open;
  for (;;) {
    if (close >= src.length) return undefined;
    const c = src.charCodeAt(close);
    if (c === STAR) break;
    if (c === BACKSLASH && isEscapable(src.charCodeAt(close + 1))) close += 2;
    else if (c === OPEN_BRACKET) {
      const link = linkAt(src, close);
      if (!link) return undefined;
      close = link.end;
    } else close++;
  }
  if (runLength(src, close) !== length) return undefined;
  const before = kind(codePointBefore(src, close));
  const after = codePointAt(src, close + length);
  if (before === Kind.Space) return undefined;
  if (before === Kind.Punct && after !== undefined && kind(after) === Kind.Other) return undefined;
  const inner = inline(src.slice(open, close), fragments, wantText);
  if (!inner) return undefined;
  const tag = length === 1 ? 'em' : 'strong';
  return { html: `<${tag}>${inner.html}</${tag}>`, text: inner.text, end: close + length };
}

/**
 * `[label](href)` at `start`, in the form where marked's link rule, its masking of links for
 * emphasis, and this reading agree: a one-line label without brackets, backticks, `<` or an
 * escaped bracket; an href without spaces, parentheses, brackets, quotes, `<`, `>` or `\`.
 */
function linkAt(src: string, start: number): { label: string; href: string; end: number } | undefined {
  let k = start + 1;
  for (; k < src.length; k++) {
    const c = src[k];
    if (c === ']') break;
    if (c === '[' || c === '`' || c === '<' || c === '\n') return undefined;
    if (c === '\\' && (src[k + 1] === '[' || src[k + 1] === ']')) return undefined;
  }
  if (k === start + 1 || k >= src.length || src[k + 1] !== '(') return undefined;
  const hrefStart = k + 2;
  const close = src.indexOf(')', hrefStart);
  if (close <= hrefStart) return undefined;
  const href = src.slice(hrefStart, close);
  if (/[\s()<>[\]\\"'`]/.test(href)) return undefined;
  return { label: src.slice(start + 1, k), href, end: close + 1 };
}
