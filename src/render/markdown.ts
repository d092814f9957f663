// Markdown → HTML with marked, configured so that no input can become markup (SPEC 8):
// raw HTML tokens are printed as text, images become their alt text (no requests leave the
// page), links keep only http, https and mailto targets. Headings get deterministic, unique
// ids for the table of contents; tables get column header cells with `scope` and a label.
import { Marked, type Tokens } from 'marked';
import { MARKER_CLOSE, MARKER_OPEN, escapeHtml } from './escape.js';

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
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Whether a link target may be kept: http, https and mailto only (SPEC 8). */
export function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim());
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

export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): MarkdownResult {
  const fragments = options.fragments ?? [];
  const used = new Set(options.reservedIds ?? []);
  const headings: HeadingRef[] = [];
  let lastHeadingId: string | undefined;

  const uniqueId = (text: string): string => {
    const base = slugify(text);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  const marked = new Marked({
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
        const inner = this.parser.parseInline(token.tokens);
        if (!isSafeHref(token.href)) return inner;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(token.href.trim())}"${title}>${inner}</a>`;
      },
      image(token: Tokens.Image): string {
        // No <img>: an image would be a request leaving the page. Its alt text stays.
        return escapeHtml(token.text);
      },
      heading(token: Tokens.Heading): string {
        const text = this.parser.parseInline(token.tokens, this.parser.textRenderer);
        const id = uniqueId(text);
        lastHeadingId = id;
        headings.push({ depth: token.depth, text, id });
        return `<h${token.depth} id="${id}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
      table(token: Tokens.Table): string {
        const align = (a: Tokens.TableCell['align']) => (a ? ` class="align-${a}"` : '');
        const head = token.header
          .map((cell) => `<th scope="col"${align(cell.align)}>${this.parser.parseInline(cell.tokens)}</th>`)
          .join('');
        const rows = token.rows
          .map(
            (row) =>
              '<tr>' +
              row.map((cell) => `<td${align(cell.align)}>${this.parser.parseInline(cell.tokens)}</td>`).join('') +
              '</tr>\n',
          )
          .join('');
        // Labelled by the heading it stands under (every table of the templates has its own).
        const label = lastHeadingId ? ` aria-labelledby="${lastHeadingId}"` : '';
        return `<table${label}>\n<thead>\n<tr>${head}</tr>\n</thead>\n<tbody>\n${rows}</tbody>\n</table>\n`;
      },
    },
  });

  const html = marked.parse(markdown, { async: false }) as string;
  return { html, headings };
}
