// The inline part of the Markdown fast path (markdown-lite.ts): text, backslash escapes, links,
// fragment markers, and emphasis paired exactly as marked pairs it; undefined for anything else,
// and the whole document then goes to marked.
import { escapeHtml } from './escape.js';
import { linkHtml } from './house-style.js';

export interface Inline {
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

export function isAsciiAlphanumeric(c: number): boolean {
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
export function inline(src: string, fragments: readonly string[], wantText: boolean, inLink = false): Inline | undefined {
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
