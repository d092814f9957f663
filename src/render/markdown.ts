// Markdown → HTML with marked, configured so that no input can become markup (SPEC 8):
// raw HTML tokens are printed as text, images become their alt text (no requests leave the
// page), links keep only http, https and mailto targets. Headings get deterministic, unique
// ids for the table of contents; tables get column header cells with `scope` and a label.
//
// The Markdown our templates write goes through markdown-lite.ts instead, which gives the same
// HTML without loading marked at all (issue 7); marked is loaded only for a document the fast
// path gives up on.
import type { Lexer, Token, TokenizerExtension, Tokens } from 'marked';
import { load } from '../lazy/marked.js';
import { MARKER_CLOSE, MARKER_OPEN, escapeHtml } from './escape.js';
import { headingHtml, linkHtml, markdownLite, tableHtml, type DocumentState } from './markdown-lite.js';

export { isSafeHref } from './markdown-lite.js';

export interface HeadingRef {
  depth: number;
  /** plain text of the heading */
  text: string;
  id: string;
}

export interface MarkdownResult {
  html: string;
  headings: HeadingRef[];
}

export interface MarkdownOptions {
  /** HTML fragments (generated, trusted) that inline markers `\uE000n\uE001` stand for */
  fragments?: readonly string[];
  /** ids the page itself uses, which headings must not take */
  reservedIds?: readonly string[];
  /** marked's own list tokenizer for every list (tests compare it with FAST_LIST below); implies `engine: 'marked'` */
  builtinLists?: boolean;
  /** `auto` (default): markdown-lite.ts where it can, marked otherwise; `marked`: always marked (tests) */
  engine?: 'auto' | 'marked';
}

/** A readable, ASCII id from heading text: `Lastensuojelun tarve` → `lastensuojelun-tarve`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** The markers a template helper writes for an HTML fragment (markdown.ts replaces them). */
export function fragmentMarker(index: number): string {
  return `${MARKER_OPEN}${index}${MARKER_CLOSE}`;
}

const MARKER_RE = new RegExp(`^${MARKER_OPEN}(\\d+)${MARKER_CLOSE}`);

/** An item text that can only be a text token (see below). */
const LETTER_START = /^\p{L}/u;

/** A line that marked would read as a thematic break rather than a list item. */
const HR_LINE = /^(?:-[\t ]*){3,}$/;

/**
 * The lists our templates write — one line per item, `- ` and text, followed by a blank line or
 * the end — tokenized as marked's list tokenizer does (marked 18, `Tokenizer.list`), without its
 * per-item regular expressions: at 50,000 items they were a third of the Markdown → HTML step
 * (issue 7). Each item's text still goes through marked's own block and inline lexers. Anything
 * else (other bullets, indentation, tabs, task boxes, blank lines between items, lazy
 * continuation lines) returns undefined and marked's tokenizer runs as before; test/perf checks
 * that both give the same HTML.
 */
const FAST_LIST: TokenizerExtension = {
  name: 'lnhsFastList',
  level: 'block',
  tokenizer(this: { lexer: Lexer }, src: string, tokens: Token[]): Tokens.List | undefined {
    const { lexer } = this;
    if (src.charCodeAt(0) !== 45 /* - */ || src.charCodeAt(1) !== 32 || !lexer.state.top) return undefined;
    // marked does not start a list right after a text token (a lazy paragraph continuation)
    if (tokens[tokens.length - 1]?.type === 'text') return undefined;
    const lines: string[] = [];
    const n = src.length;
    let pos = 0;
    for (;;) {
      let end = src.indexOf('\n', pos);
      if (end < 0) end = n;
      const c = src.charCodeAt(pos + 2);
      // an empty item, more than one space, a tab, or a task box `[ ]`
      if (pos + 2 >= end || c === 32 || c === 9 || c === 91) return undefined;
      const line = src.slice(pos, end);
      if (line.includes('\t') || HR_LINE.test(line)) return undefined;
      lines.push(line);
      if (end >= n) break;
      pos = end + 1;
      if (src.charCodeAt(pos) === 45 && src.charCodeAt(pos + 1) === 32) continue;
      // the list must end with blank lines (or the end) and then nothing marked could take as
      // more of it: no indented line, no other `-` line
      if (pos < n && src.charCodeAt(pos) !== 10) return undefined;
      let q = pos;
      while (q < n && src.charCodeAt(q) === 10) q++;
      if (q < n) {
        const d = src.charCodeAt(q);
        if (d === 45 || d === 32 || d === 9) return undefined;
      }
      break;
    }
    const list: Tokens.List = { type: 'list', raw: lines.join('\n').trimEnd(), ordered: false, start: '', loose: false, items: [] };
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      list.items.push({
        type: 'list_item',
        raw: last ? line.trimEnd() : `${line}\n`,
        task: false,
        loose: false,
        text: last ? line.slice(2).trimEnd() : line.slice(2),
        tokens: [],
      });
    });
    for (const item of list.items) {
      if (LETTER_START.test(item.text)) {
        // One line that starts with a letter: none of marked's block tokenizers but `text` can
        // match it (each needs a space, a digit, a marker character or a second line), so this
        // is what `blockTokens` returns for it, and the state it leaves.
        item.tokens = [{ type: 'text', raw: item.text, text: item.text, tokens: lexer.inline(item.text) }];
        lexer.state.top = true;
      } else {
        lexer.state.top = false;
        item.tokens = lexer.blockTokens(item.text, []);
      }
      if (!list.loose) {
        const spacers = item.tokens.filter((t) => t.type === 'space');
        list.loose = spacers.length > 0 && spacers.some((t) => /\n.*\n/.test(t.raw));
      }
    }
    if (list.loose) {
      for (const item of list.items) {
        item.loose = true;
        for (const t of item.tokens) if (t.type === 'text') (t as { type: string }).type = 'paragraph';
      }
    }
    return list;
  },
};

/** The HTML of `markdown` and its headings: through markdown-lite.ts, or marked where that gives up. */
/** The state one document's conversion shares between the fast path and marked's. */
export function documentState(fragments: readonly string[] = [], reservedIds: readonly string[] = []): DocumentState {
  const used = new Set(reservedIds);
  return {
    fragments,
    headingId(text: string): string {
      const base = slugify(text);
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    },
    headings: [],
    lastHeadingId: undefined,
  };
}

export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): MarkdownResult {
  const fragments = options.fragments ?? [];
  const state = documentState(fragments, options.reservedIds);

  if (options.engine !== 'marked' && !options.builtinLists) {
    const html = markdownLite(markdown, state);
    if (html !== undefined) return { html, headings: state.headings };
  }

  const marked = new (load().Marked)({
    gfm: true,
    breaks: false,
    extensions: [
      ...(options.builtinLists ? [] : [FAST_LIST]),
      {
        name: 'fragment',
        level: 'inline',
        start: (src: string) => {
          const i = src.indexOf(MARKER_OPEN);
          return i < 0 ? undefined : i;
        },
        tokenizer(src: string) {
          const m = MARKER_RE.exec(src);
          return m ? { type: 'fragment', raw: m[0], index: Number(m[1]) } : undefined;
        },
        renderer(token) {
          return fragments[(token as unknown as { index: number }).index] ?? '';
        },
      },
    ],
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(token.text);
      },
      link(token: Tokens.Link): string {
        return linkHtml(token.href, this.parser.parseInline(token.tokens), token.title);
      },
      image(token: Tokens.Image): string {
        // No <img>: an image would be a request leaving the page. Its alt text stays.
        return escapeHtml(token.text);
      },
      heading(token: Tokens.Heading): string {
        const text = this.parser.parseInline(token.tokens, this.parser.textRenderer);
        return headingHtml(state, token.depth, text, this.parser.parseInline(token.tokens));
      },
      table(token: Tokens.Table): string {
        const cell = (c: Tokens.TableCell) => ({ html: this.parser.parseInline(c.tokens), align: c.align });
        return tableHtml(state, token.header.map(cell), token.rows.map((row) => row.map(cell)));
      },
    },
  });

  const html = marked.parse(markdown, { async: false }) as string;
  return { html, headings: state.headings };
}
