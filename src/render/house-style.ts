// The HTML house style of the documents' Markdown (SPEC 8): safe links only, headings with unique
// ids recorded for the table of contents, tables with column header cells labelled by their
// heading. Both Markdown engines render through these functions, marked's renderer in
// markdown.ts and the fast path markdown-lite.ts, so the fast path cannot drift from marked's
// output; this module imports neither (issue 17: the style lived in the fast path before, with a
// type-only import cycle between the two).
import { escapeHtml } from './escape.js';
import { isSafeHref } from './md-links.js';

export interface HeadingRef {
  depth: number;
  /** plain text of the heading */
  text: string;
  id: string;
}

/** What one document's conversion shares between the two Markdown engines. */
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

/**
 * A paragraph that is one marker of a block-level fragment (the SWOT matrix, issue 14) is that
 * fragment alone: a <table> cannot stand inside a <p>. Undefined for any other paragraph. The
 * markers are the renderer's own characters (escape.ts removes them from every input).
 */
export function blockFragment(state: DocumentState, paragraph: string): string | undefined {
  const m = /^\uE000(\d+)\uE001$/.exec(paragraph);
  if (!m) return undefined;
  const fragment = state.fragments[Number(m[1])];
  return fragment !== undefined && /^<(?:div|table)\b/.test(fragment) ? `${fragment}\n` : undefined;
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
