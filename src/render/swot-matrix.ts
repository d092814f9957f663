// The SWOT as a four-field matrix in plan.html and plan.pdf (issue 14 item 3): strengths beside
// weaknesses, then opportunities beside threats, as one real <table> with a caption and header
// cells, so that a screen reader announces which field an item is in. An item raised by several
// boards carries a visible mark with words in it (not colour alone, WCAG 1.4.1); the list form
// with each item's boards, themes and notes is the plan's last appendix (templates/plan.md.hbs).
//
// The matrix is one trusted HTML fragment (like the trend lines): every text from the inputs is
// escaped here, item texts through the same Markdown → HTML step as the rest of the page, so
// that their emphasis and links read as in the list.
import { escapeHtml, mdInline } from './escape.js';
import { fill, type Labels } from './labels/index.js';
import { documentState } from './house-style.js';
import { markdownToHtml } from './markdown.js';
import { markdownLite } from './markdown-lite.js';
import type { QuadrantView, SwotItemView } from './plan-view-types.js';

/**
 * The ids of the matrix's header cells, which its data cells name in `headers`: the page reserves
 * them (render/index.ts), so that no heading takes one.
 */
export const SWOT_MATRIX_IDS = ['swot-matrix-caption', 'swot-strengths', 'swot-weaknesses', 'swot-opportunities', 'swot-threats'] as const;

/**
 * One line of inline Markdown as HTML, without the paragraph around it: through the fast path
 * where it can (an item is one short line; issue 7), else marked, as markdownToHtml does.
 */
function inlineHtml(text: string): string {
  const md = mdInline(text);
  const html = markdownLite(md, documentState()) ?? markdownToHtml(md).html;
  // a line of text is one paragraph, `<p>…</p>\n`, or nothing at all when it is empty
  const m = /^<p>([\s\S]*)<\/p>\n?$/.exec(html);
  return m ? m[1]! : escapeHtml(text);
}

function itemHtml(item: SwotItemView, labels: Labels): string {
  // the mark's word is read by a screen reader too; how many boards only by it (the appendix
  // shows the boards by name)
  const mark = item.shared
    ? ` <span class="shared-mark">${escapeHtml(labels['swot.shared'])}<span class="sr-only">${escapeHtml(
        ` (${fill(labels['swot.sharedCount'], { count: item.boardCount })})`,
      )}</span></span>`
    : '';
  return `<li>${inlineHtml(item.text)}${mark}</li>`;
}

function cellHtml(quadrant: QuadrantView, header: string, labels: Labels): string {
  const body =
    quadrant.items.length === 0
      ? `<p>${escapeHtml(labels['swot.empty'])}</p>`
      : `<ul>\n${quadrant.items.map((item) => itemHtml(item, labels)).join('\n')}\n</ul>`;
  return `<td headers="${header}">\n${body}\n</td>`;
}

/**
 * The matrix of the four quadrants (in SWOT order, as plan-view.ts gives them). Each pair of
 * fields has its row of header cells above it; the data cells name their header by id, because a
 * column's second header cell would otherwise be read with its first as well.
 */
export function swotMatrixHtml(swot: readonly QuadrantView[], labels: Labels): string {
  const byQuadrant = new Map(swot.map((q) => [q.quadrant, q]));
  const rows: string[] = [];
  for (const pair of [
    ['strengths', 'weaknesses'],
    ['opportunities', 'threats'],
  ] as const) {
    const heads = pair.map((q) => `<th scope="col" id="swot-${q}">${escapeHtml(labels[`swot.${q}`])}</th>`);
    rows.push(`<tr class="swot-head">${heads.join('')}</tr>`);
    const cells = pair.map((q) => cellHtml(byQuadrant.get(q) ?? { quadrant: q, labelKey: `swot.${q}`, count: 0, items: [] }, `swot-${q}`, labels));
    rows.push(`<tr>\n${cells.join('\n')}\n</tr>`);
  }
  // the scroll region of every table (house-style.ts): a phone scrolls the matrix sideways
  // rather than squeezing a long compound out of its field
  return (
    `<div class="table-scroll swot-scroll" role="region" aria-labelledby="swot-matrix-caption" tabindex="0">\n` +
    `<table class="swot-matrix">\n<caption id="swot-matrix-caption">${escapeHtml(labels['swot.matrix'])}</caption>\n` +
    `<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</div>`
  );
}
