// Markdown → HTML with marked, configured so that no input can become markup (SPEC 8):
// raw HTML tokens are printed as text, images become their alt text (no requests leave the
// page), links keep only http, https and mailto targets. Headings get deterministic, unique
// ids for the table of contents; tables get column header cells with `scope` and a label.
//
// The Markdown our templates write goes through markdown-lite.ts instead, which gives the same
// HTML without loading marked at all (issue 7); marked is loaded only for a document the fast
// path gives up on.
import type { Tokens } from 'marked';
import { load } from '../lazy/marked.js';
import { MARKER_CLOSE, MARKER_OPEN, escapeHtml } from './escape.js';
import { blockFragment, documentState, headingHtml, linkHtml, tableHtml, type HeadingRef } from './house-style.js';
import { markdownLite } from './markdown-lite.js';

export interface MarkdownResult {
  html: string;
  headings: HeadingRef[];
}

export interface MarkdownOptions {
  /** HTML fragments (generated, trusted) that inline markers `\uE000n\uE001` stand for */
  fragments?: readonly string[];
  /** ids the page itself uses, which headings must not take */
  reservedIds?: readonly string[];
  /** `auto` (default): markdown-lite.ts where it can, marked otherwise; `marked`: always marked (tests) */
  engine?: 'auto' | 'marked';
}

/** The markers a template helper writes for an HTML fragment (markdown.ts replaces them). */
export function fragmentMarker(index: number): string {
  return `${MARKER_OPEN}${index}${MARKER_CLOSE}`;
}

const MARKER_RE = new RegExp(`^${MARKER_OPEN}(\\d+)${MARKER_CLOSE}`);

/** The HTML of `markdown` and its headings: through markdown-lite.ts, or marked where that gives up. */
export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): MarkdownResult {
  const fragments = options.fragments ?? [];
  const state = documentState(fragments, options.reservedIds);

  if (options.engine !== 'marked') {
    const html = markdownLite(markdown, state);
    if (html !== undefined) return { html, headings: state.headings };
  }

  const marked = new (load().Marked)({
    gfm: true,
    breaks: false,
    extensions: [
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
      paragraph(token: Tokens.Paragraph): string | false {
        // false: marked's own paragraph
        return blockFragment(state, token.text) ?? false;
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
