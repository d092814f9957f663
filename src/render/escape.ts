// Turning input text into Markdown that can never become markup (SPEC 8). Three strengths:
//
// - `mdText`: plain text. Every character that Markdown could read as syntax is escaped.
// - `mdInline`: one line of text with inline Markdown (emphasis, links) kept, as SPEC 2.2 allows
//   for item texts. Raw HTML, images and block syntax are escaped.
// - `mdBlock`: Markdown prose (paragraphs, lists) for `plan.sections` and meeting descriptions.
//   Raw HTML and images are escaped and headings are moved below the template's own level.
//
// This is the first of two layers: the Markdown → HTML step (markdown.ts) also escapes every raw
// HTML token and drops link targets other than http, https and mailto, so even a workspace
// template that prints a value without a helper cannot inject markup into the HTML.

import { boundBlock, boundInline } from './inline-limit.js';
import { isUnsafeDefinition, neutralizeInlineLinks } from './md-links.js';

/** Characters reserved for the renderer's own inline markers (markdown.ts); never taken from input. */
export const MARKER_OPEN = '\uE000';
export const MARKER_CLOSE = '\uE001';

// C0/C1 controls except tab and newline, the marker characters, and the byte-order mark.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uE000\uE001\uFEFF]/g;

// What `plainText` removes besides C0 and C1: the bidirectional controls (which reorder what is
// shown), the line and paragraph separators, the markers and the byte-order mark.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uE000\uE001\uFEFF]/g;

/**
 * One line of plain text for places that take no markup and no control at all: the page's
 * <title>, SVG labels, calendar fields (issue 12). Control characters, bidirectional controls
 * and the renderer's markers are removed, whitespace runs become one space.
 */
export function plainText(text: string): string {
  return text.replace(/[\t\n\r\f\v]+/g, ' ').replace(NOT_PLAIN, '').replace(/ {2,}/g, ' ').trim();
}

/** Remove characters that have no place in a document (and the renderer's marker characters). */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_CHARS, '');
}

/**
 * Whether `oneLine` would change the text: a control character (CR, LF, tab, the rest of C0 and
 * C1, which `clean` removes or the collapsing turns into spaces), a marker, a BOM, two spaces in a
 * row, or a space at either end. Most texts have none, and skipping the replacements is most of
 * the time of rendering 50,000 items (issue 7).
 */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\uE000\uE001\uFEFF]| {2}|^ | $/;

/** Whitespace (newlines, tabs) collapsed to single spaces, trimmed. */
function oneLine(text: string): string {
  if (!NOT_ONE_LINE.test(text)) return text;
  // not \s: a no-break space (as in `10 450`) is meant to stay
  return clean(text).replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^ | $/g, '');
}

// An entity reference (`&lt;`, `&#60;`) would be decoded by Markdown; `\&` keeps it literal.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

const LINE_START = /^[#\-+*_=[0-9]/;

/**
 * Escape what could start a block at the beginning of a line: ATX headings, list markers,
 * thematic breaks, setext underlines, ordered-list numbers, link reference definitions.
 * A template may put any value at the start of a line, so every value is treated as if it were.
 */
function escapeLineStart(line: string): string {
  // every case below starts with one of these characters
  if (!LINE_START.test(line)) return line;
  if (/^#{1,6}(\s|$)/.test(line)) return '\\' + line;
  if (/^[-+*](\s|$)/.test(line)) return '\\' + line;
  if (/^([-*_=])(\s*\1)*\s*$/.test(line)) return '\\' + line;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return ordered[1] + '\\' + line.slice(ordered[1]!.length);
  if (/^\[[^\]]*\]:/.test(line)) return '\\' + line;
  return line;
}

/** Characters that `mdText` and `mdInline` escape (`&` for entities); a text without any is left as it is. */
const TEXT_SPECIAL = /[\\`*_[\]<>|~&]/;
const INLINE_SPECIAL = /[<>|`!&]/;

/** An opening code fence: its character and length (CommonMark 4.5). */
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;

/** Plain text: nothing in it is Markdown. For names, places, roles, titles. */
export function mdText(text: string | undefined | null): string {
  if (text === undefined || text === null) return '';
  let line = oneLine(String(text));
  if (TEXT_SPECIAL.test(line)) line = line.replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c).replace(ENTITY, '\\&');
  return escapeLineStart(line);
}

/**
 * One line with inline Markdown kept (emphasis, strikethrough, links) — SPEC 2.2. Raw HTML,
 * autolinks in angle brackets, images, code spans and table pipes are escaped; a trailing
 * backslash cannot escape what the template puts after the value.
 */
export function mdInline(text: string | undefined | null): string {
  if (text === undefined || text === null) return '';
  let line = oneLine(String(text));
  if (INLINE_SPECIAL.test(line)) {
    line = line
      // escaped after an even number of backslashes only: after an odd number the text's own
      // backslash escapes it already, and one more would escape that backslash instead and leave
      // `<` free to open an autolink (`\\<javascript:…>`, found by the property test; issue 12)
      .replace(/(\\*)([<>`])/g, (whole, slashes: string, c: string) => (slashes.length % 2 === 0 ? `${slashes}\\${c}` : whole))
      // a table cell ends at a pipe after an even number of backslashes: `|` and `\|` alike must
      // stay inside their cell (issue 12), so each gets one more backslash where it needs one
      .replace(/(\\*)\|/g, (whole, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : whole))
      .replace(/!(?=\[)/g, '\\!')
      .replace(ENTITY, '\\&');
  }
  // at most so many delimiters, so that marked stays linear and shallow (inline-limit.ts)
  line = boundInline(line);
  // links keep only the targets the HTML keeps (issue 12)
  if (line.includes('](')) line = neutralizeInlineLinks(line);
  if (line.endsWith('\\') && /(^|[^\\])(\\\\)*\\$/.test(line)) line += '\\';
  return escapeLineStart(line);
}

/**
 * Markdown prose: paragraphs, lists, block quotes, emphasis, links and tables kept; raw HTML and
 * images escaped; headings moved to `baseLevel` and below (the distinct levels used are kept in
 * order, so `#` and `###` become `baseLevel` and `baseLevel + 1`), so that prose cannot add a
 * second `<h1>` or break the heading order of the document. Fenced code stays as it is
 * (code is escaped when rendered).
 */
export function mdBlock(text: string | undefined | null, baseLevel = 3): string {
  if (text === undefined || text === null) return '';
  const lines = clean(String(text)).split('\n');
  const out: string[] = [];
  const levels = new Set<number>();
  // Fences are tracked as CommonMark reads them: a fence closes only with the same character,
  // at least as long, and nothing but spaces after it. A fence left open is closed at the end,
  // so that a section cannot swallow the rest of the document (issue 12).
  let fence: string | null = null;
  const closes = (line: string, open: string) => {
    const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    return m !== null && m[1]![0] === open[0] && m[1]!.length >= open.length;
  };
  for (const line of lines) {
    if (fence === null) {
      const h = /^ {0,3}(#{1,6})(\s|$)/.exec(line);
      if (h) levels.add(h[1]!.length);
      const f = FENCE_OPEN.exec(line);
      if (f) fence = f[1]!;
    } else if (closes(line, fence)) fence = null;
  }
  const ranked = [...levels].sort((a, b) => a - b);
  fence = null;
  let previousBlank = true;
  // prose between fences, whose links are checked as a whole (a link may span lines)
  let prose: string[] = [];
  const flush = () => {
    if (prose.length === 0) return;
    // nesting and delimiters bounded (inline-limit.ts), then links checked as a whole
    const bounded = boundBlock(prose);
    const joined = bounded.join('\n');
    // one push per line: a spread of 100 000 lines overflows the stack (issue 12)
    for (const line of joined.includes('](') ? neutralizeInlineLinks(joined).split('\n') : bounded) out.push(line);
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (fence !== null) {
      out.push(raw);
      if (closes(raw, fence)) fence = null;
      continue;
    }
    const f = FENCE_OPEN.exec(raw);
    if (f) {
      flush();
      fence = f[1]!;
      out.push(raw);
      previousBlank = false;
      continue;
    }
    // a reference definition to a target the HTML drops defines nothing (issue 12)
    if (isUnsafeDefinition(raw)) {
      prose.push('');
      previousBlank = true;
      continue;
    }
    let line = raw
      // after an odd number of backslashes `<` is escaped already (see mdInline; issue 12)
      .replace(/(\\*)</g, (whole, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\<` : whole))
      .replace(/!(?=\[)/g, '\\!')
      .replace(ENTITY, '\\&');
    // `>` only matters as a block quote marker at the start of a line; escape it elsewhere.
    const quote = /^(\s{0,3}(?:>\s?)*)/.exec(line)![1]!;
    line = quote + line.slice(quote.length).replace(/>/g, '\\>');
    const h = /^ {0,3}(#{1,6})(\s.*|)$/.exec(line);
    if (h) {
      const level = Math.min(6, baseLevel + ranked.indexOf(h[1]!.length));
      line = '#'.repeat(level) + (h[2] ? ' ' + h[2].trim() : '');
    } else if (!previousBlank && /^ {0,3}(=+|-+)\s*$/.test(line)) {
      // a setext underline would turn the previous line into a heading of its own level
      line = line.replace(/^(\s*)/, '$1\\');
    }
    // a hard break of two trailing spaces survives our whitespace clean-up as a backslash
    const next = lines[i + 1];
    if (/\S {2,}$/.test(line) && next !== undefined && next.trim() !== '') line = line.trimEnd() + '\\';
    // trimEnd, not /\s+$/: that regex is quadratic in a run of spaces before text (issue 12)
    else line = line.trimEnd();
    prose.push(line);
    previousBlank = line.trim() === '';
  }
  flush();
  // a fence still open: close it here, inside the section
  if (fence !== null) out.push(fence);
  return out.join('\n').replace(/^\n+|\n+$/g, '');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
