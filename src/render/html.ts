// The standalone HTML page around a rendered document (SPEC 5, issue 3): language, title, a skip
// link, a table of contents, one <main>, inline CSS with a print stylesheet. No scripts and no
// external requests: everything the page needs is in the file.
import type { Lang } from '../model/types.js';
import { escapeHtml } from './escape.js';
import type { Labels } from './labels/index.js';
import type { HeadingRef } from './markdown.js';

export interface PageInput {
  lang: Lang;
  /** plain text, for <title> */
  title: string;
  /** the document body, from markdownToHtml (with its one <h1>) */
  body: string;
  headings: readonly HeadingRef[];
  labels: Labels;
}

/** Ids the shell uses; headings must not take them. */
export const PAGE_IDS = ['content', 'toc'] as const;

// WCAG 2.1 AA: text #1a1a1a on #fff (17:1), links #0b5394 (8:1), muted text #4a4a4a (9:1).
const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #1a1a1a; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.55; }
a { color: #0b5394; text-decoration: underline; }
a:hover { color: #073763; }
a:focus-visible, main:focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fff; color: #0b5394; padding: 0.5rem 1rem; border: 2px solid #0b5394; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
header, main { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
nav { border-top: 1px solid #c8c8c8; border-bottom: 1px solid #c8c8c8; padding: 1rem 0; margin: 1.5rem 0; }
nav .toc-title { font-weight: 700; margin: 0 0 0.5rem; }
nav ol { margin: 0; padding-left: 1.5rem; }
nav ol ol { padding-left: 1.25rem; }
nav li { margin: 0.15rem 0; }
main { padding-bottom: 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.25rem 0 0.75rem; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.25rem; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p, ul, ol { margin: 0 0 0.9rem; }
li { margin: 0.25rem 0; }
blockquote { margin: 0 0 1rem; padding: 0.5rem 1rem; border-left: 4px solid #0b5394; background: #f3f6fa; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.25rem; font-size: 0.95rem; }
th, td { border: 1px solid #8c8c8c; padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef2f7; font-weight: 700; }
.align-right { text-align: right; }
.align-center { text-align: center; }
svg.trend { display: block; width: 6rem; height: 1.75rem; }
code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 0.9em; background: #f3f3f3; padding: 0 0.2em; }
pre { overflow-x: auto; background: #f3f3f3; padding: 0.75rem; }
@media print {
  @page { size: A4; margin: 20mm 18mm 22mm; }
  body { font-size: 11pt; line-height: 1.4; }
  .skip-link, nav { display: none; }
  main { max-width: none; padding: 0; }
  a { color: #1a1a1a; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  tr, li, blockquote, svg { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; }
}
`.trim();

export function htmlPage(input: PageInput): string {
  const { labels } = input;
  const split = input.body.indexOf('<h2');
  const intro = split < 0 ? input.body : input.body.slice(0, split);
  const rest = split < 0 ? '' : input.body.slice(split);
  return [
    '<!doctype html>',
    `<html lang="${input.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title>`,
    '<meta name="generator" content="lnhs">',
    // an empty icon, so that a browser does not ask the server for /favicon.ico
    '<link rel="icon" href="data:,">',
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<a class="skip-link" href="#content">${escapeHtml(labels['page.skip'])}</a>`,
    // The title and its facts come first, as on the printed page; the table of contents
    // follows them, and the skip link jumps past it to the first section.
    '<main>',
    intro.trimEnd(),
    `<nav id="toc" aria-label="${escapeHtml(labels['page.toc'])}">`,
    `<p class="toc-title" aria-hidden="true">${escapeHtml(labels['page.toc'])}</p>`,
    toc(input.headings),
    '</nav>',
    '<div id="content" tabindex="-1">',
    rest.trimEnd(),
    '</div>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A nested list of the h2 and h3 headings. */
function toc(headings: readonly HeadingRef[]): string {
  const entries = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const out: string[] = ['<ol>'];
  let open = false; // an <li> of a level-2 entry is open
  let nested = false; // its <ol> of level-3 entries is open
  for (const h of entries) {
    const link = `<a href="#${h.id}">${escapeHtml(h.text)}</a>`;
    if (h.depth === 2) {
      if (nested) out.push('</ol>');
      if (open) out.push('</li>');
      out.push(`<li>${link}`);
      open = true;
      nested = false;
    } else {
      if (!open) {
        out.push('<li>');
        open = true;
      }
      if (!nested) out.push('<ol>');
      nested = true;
      out.push(`<li>${link}</li>`);
    }
  }
  if (nested) out.push('</ol>');
  if (open) out.push('</li>');
  out.push('</ol>');
  return out.join('\n');
}
