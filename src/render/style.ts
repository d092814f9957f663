// The built-in stylesheet of plan.html and agenda.html, for the screen and for A4 print (issue 14).
// A workspace's templates/style.css is added after it, or replaces it (html.ts, README "House style").
//
// Colours (WCAG 2.1 AA, 1.4.3; axe checks them in test/browser): text #1a1a1a on #fff (17:1),
// links and accents #0b5394 on #fff (7.6:1), muted text #4a4a4a on #fff (8.9:1), header cells
// #1a1a1a on #e8eef6 (15:1), the shared-item mark #fff on #0b5394 (7.6:1).
//
// Words are never broken inside: tables and headings wrap only between words (no
// `overflow-wrap: anywhere`, no automatic hyphenation there), so years, numbers and long Finnish
// compounds stay whole; a table wider than the screen scrolls sideways in its own labelled region,
// and a wide table gets landscape pages in print. Prose is hyphenated by the browser in the page's
// `lang` (Finnish and Swedish compounds are long).

export const BASE_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --accent: #0b5394; --accent-dark: #073763; --rule: #c8c8c8; --cell-rule: #8c8c8c; --head-bg: #e8eef6; --quote-bg: #f3f6fa; }
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink); font-family: "Liberation Sans", Arial, "Helvetica Neue", Helvetica, system-ui, sans-serif; line-height: 1.55; }
a { color: var(--accent); text-decoration: underline; }
a:hover { color: var(--accent-dark); }
a:focus-visible, main:focus-visible, #content:focus-visible, .table-scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fff; color: var(--accent); padding: 0.5rem 1rem; border: 2px solid var(--accent); z-index: 10; }
.skip-link:focus { top: 0.5rem; }

/* One column of readable width (about 70 characters); on a wide screen the contents beside it. */
main { max-width: 48rem; margin: 0 auto; padding: 0 1.25rem 3rem; }
.cover { padding-top: 1.5rem; }
.cover .logo { display: block; max-height: 4rem; max-width: 14rem; margin: 0 0 1rem; }
.doc-state { color: var(--muted); margin: 0 0 0.9rem; }
.doc-state strong { color: var(--ink); }
nav#toc { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: 1rem 0; margin: 1.5rem 0; }
nav .toc-title { font-weight: 700; margin: 0 0 0.5rem; }
nav ol { margin: 0; padding-left: 1.5rem; }
nav ol ol { padding-left: 1.25rem; }
nav li { margin: 0.15rem 0; }
nav .toc-page { display: none; }
@media (min-width: 68rem) {
  main { max-width: 76rem; display: grid; grid-template-columns: 17rem minmax(0, 48rem); column-gap: 3rem; justify-content: center; }
  .cover { grid-column: 1 / -1; }
  nav#toc { grid-column: 1; grid-row: 2; align-self: start; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; margin: 1.5rem 0 0; padding: 1rem 0.5rem 1rem 0; border-bottom: 0; font-size: 0.92rem; }
  #content { grid-column: 2; grid-row: 2; min-width: 0; }
}

h1, h2, h3, h4, h5, h6 { hyphens: manual; overflow-wrap: normal; word-break: normal; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 1rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.25rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.75rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
@media (max-width: 30rem) {
  main { padding: 0 1rem 2rem; }
  h1 { font-size: 1.55rem; }
  h2 { font-size: 1.3rem; }
  h3 { font-size: 1.1rem; }
}
p, li, blockquote { hyphens: auto; }
p, ul, ol { margin: 0 0 0.9rem; }
li { margin: 0.25rem 0; }
blockquote { margin: 0 0 1rem; padding: 0.5rem 1rem; border-left: 4px solid var(--accent); background: var(--quote-bg); }

/* Tables: whole words and numbers; sideways scrolling in a focusable, labelled region. */
.table-scroll { overflow-x: auto; margin: 0 0 1.25rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
th, td { border: 1px solid var(--cell-rule); padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; hyphens: manual; overflow-wrap: normal; word-break: normal; }
th { background: var(--head-bg); font-weight: 700; }
.align-right { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.align-center { text-align: center; }
@media (max-width: 48rem) {
  .table-wide table { min-width: 44rem; }
}
svg.trend { display: block; width: 6rem; height: 1.75rem; }
code { font-family: "Liberation Mono", ui-monospace, Consolas, monospace; font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
pre { overflow-x: auto; background: #f3f3f3; padding: 0.75rem; }

/* The SWOT as a four-field matrix (issue 14): strengths | weaknesses, opportunities | threats.
   Whole words in its fields as in every table cell (no automatic hyphenation of the items); on
   a phone it keeps two readable fields and scrolls sideways in its region. */
.swot-matrix { table-layout: fixed; }
.swot-matrix caption { text-align: left; font-weight: 700; padding: 0 0 0.4rem; }
.swot-matrix th, .swot-matrix td { width: 50%; }
.swot-matrix ul { margin: 0; padding-left: 1.1rem; }
.swot-matrix li, .swot-matrix p { margin: 0.2rem 0; hyphens: manual; }
@media (max-width: 40rem) {
  .swot-matrix { min-width: 34rem; }
}
/* text for screen readers only (the shared mark's board count); the mark is its containing
   block, so that it stays inside the matrix's scroll region rather than widening the page */
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.shared-mark { position: relative; display: inline-block; background: var(--accent); color: #fff; border-radius: 0.2rem; padding: 0 0.3em; font-size: 0.8em; font-weight: 700; line-height: 1.4; white-space: nowrap; }

@media print {
  @page {
    size: A4;
    margin: 22mm 18mm 20mm;
    @top-left { font: 8pt "Liberation Sans", Arial, sans-serif; color: #333; vertical-align: bottom; padding-bottom: 3mm; }
    @top-right { font: 8pt "Liberation Sans", Arial, sans-serif; color: #333; vertical-align: bottom; padding-bottom: 3mm; }
    @bottom-right { font: 8pt "Liberation Sans", Arial, sans-serif; color: #333; vertical-align: top; padding-top: 3mm; }
  }
  @page wide { size: A4 landscape; margin: 18mm 18mm 18mm; }
  body { font-size: 10.5pt; line-height: 1.4; }
  .skip-link { display: none; }
  main { display: block; max-width: none; padding: 0; margin: 0; }
  a { color: var(--ink); text-decoration: none; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
  /* a paragraph that is one bold phrase (the agenda item proposal label) introduces what follows, as a heading does */
  p:has(> strong:only-child) { break-after: avoid; }
  p, li, blockquote, td { orphans: 3; widows: 3; }
  /* a heading's short list stays whole and with it: an agenda item's § lines, one per board (issue 11) */
  :is(h3, h4) + ul:not(:has(> li:nth-child(9))) { break-inside: avoid; }
  /* the last line before the next item (the agenda's decision line) stays with what it closes */
  :is(p, ul):has(+ :is(h2, h3)) { break-before: avoid; break-after: auto; }
  tr, li, blockquote, svg, .swot-matrix td { break-inside: avoid; }
  /* a field's header row stays with its field */
  .swot-matrix .swot-head { break-after: avoid; }
  .swot-matrix caption { font-size: 10.5pt; }
  thead { display: table-header-group; }
  table { font-size: 9.5pt; }
  .table-scroll { overflow: visible; }
  /* the cover: its own first page */
  .cover { break-after: page; padding-top: 45mm; }
  .cover h1 { font-size: 26pt; margin-bottom: 12mm; }
  .cover .logo { max-height: 25mm; max-width: 70mm; margin-bottom: 18mm; }
  .cover ul { list-style: none; padding: 0; font-size: 12pt; }
  .cover .doc-state { font-size: 12pt; margin-top: 10mm; }
  /* the contents: a page of its own, with page numbers from the first print (output/pdf.ts) */
  nav#toc { display: block; border: 0; padding: 0; margin: 0; break-after: page; position: static; max-height: none; overflow: visible; }
  nav .toc-title { font-size: 16pt; margin-bottom: 6mm; }
  nav ol { list-style: none; padding-left: 0; }
  nav ol ol { padding-left: 6mm; }
  nav li { margin: 1.2mm 0; }
  nav a { display: flex; align-items: baseline; gap: 2mm; }
  nav a::after { content: ""; order: 1; flex: 1 1 auto; border-bottom: 1px dotted #777; }
  nav .toc-page { display: inline; order: 2; font-variant-numeric: tabular-nums; }
  /* chapters start on a new page; wide tables get landscape pages of their own, with the
     heading above them, or both headings where a chapter opens with one (issue 11: the goals
     chapter opens with the action plan, and its heading would be left alone on a page); the
     one paragraph that explains a wide table after it (a legend) stays on its page too, rather
     than taking a portrait page of its own (issue 16: the monitoring report's indicators) */
  #content h2 { break-before: page; border-bottom: 0; margin-top: 0; }
  .table-wide, .table-wide + p, :is(h2, h3, h4, h5, h6):has(+ .table-wide), h2:has(+ :is(h3, h4) + .table-wide) { page: wide; }
}
`.trim();
