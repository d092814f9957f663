// The standalone HTML page around a rendered document (SPEC 5, issue 3): language, title, a skip
// link, a table of contents, one <main>, inline CSS with a print stylesheet. No scripts and no
// external requests: everything the page needs is in the file.
import type { Lang } from '../model/types.js';
import { escapeHtml, plainText } from './escape.js';
import type { Labels } from './labels/index.js';
import type { HeadingRef } from './house-style.js';
import { BASE_CSS } from './style.js';

/** The same text as output/pdf-pages.ts's PAGED_MEDIA_META (a test holds them equal). */
export const PAGED_MEDIA_META = '<meta name="lnhs-print" content="paged-media">';

export interface PageInput {
  lang: Lang;
  /** plain text, for <title> */
  title: string;
  /** the document body, from markdownToHtml (with its one <h1>) */
  body: string;
  headings: readonly HeadingRef[];
  labels: Labels;
  /** the document's state and date ("Luonnos 5.12.2026"), plain text: on the cover and in the printed header */
  state?: string | null;
  /** the workspace's house style (templates/style.css) and logo, from loadTemplates */
  house?: HouseStyle;
}

export interface HouseStyle {
  /** the workspace's stylesheet; trusted (the user's own), but it cannot leave the <style> element */
  css?: { text: string; replace: boolean };
  /**
   * the logo as a data: URI of an image, shown by <img> on the cover and as the background of
   * the printed header, so that nothing in an SVG can run; `ratio` is its width / height, when
   * the file tells it (house-files.ts)
   */
  logo?: { uri: string; ratio?: number };
}

/** A workspace stylesheet whose first line is this comment replaces the built-in one. */
export const REPLACE_MARK = '/* lnhs: replace */';

/** Ids the shell uses; headings must not take them. */
export const PAGE_IDS = ['content', 'toc'] as const;



export function htmlPage(input: PageInput): string {
  const { labels } = input;
  const split = input.body.indexOf('<h2');
  const intro = split < 0 ? input.body : input.body.slice(0, split);
  const rest = split < 0 ? '' : input.body.slice(split);
  const state = input.state?.trim() ? input.state.trim() : null;
  const logo = input.house?.logo;
  const own = input.house?.css;
  const css = [
    own?.replace ? '' : BASE_CSS,
    printFurniture(input.title, state, logo),
    own ? `/* templates/style.css */\n${styleText(own.text)}` : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="${input.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(plainText(input.title))}</title>`,
    '<meta name="generator" content="lnhs">',
    // tells output/pdf.ts that this page's print stylesheet sets its page sizes, header and footer
    PAGED_MEDIA_META,
    // an empty icon, so that a browser does not ask the server for /favicon.ico
    '<link rel="icon" href="data:,">',
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    `<a class="skip-link" href="#content">${escapeHtml(labels['page.skip'])}</a>`,
    // The title and its facts come first, as on the printed cover; the table of contents
    // follows them (a page of its own in print, a sidebar on a wide screen), and the skip link
    // jumps past it to the first section.
    '<main>',
    '<header class="cover">',
    // the logo is the house's mark, not content: its text is the empty alt
    ...(logo ? [`<img class="logo" src="${escapeHtml(logo.uri)}" alt="">`] : []),
    intro.trimEnd(),
    // the built-in plan template writes the state in its title block (issue 11); a template
    // without it (an older override, the agenda) gets it here, never twice
    ...(state && !intro.includes(escapeHtml(state)) ? [`<p class="doc-state">${escapeHtml(state)}</p>`] : []),
    '</header>',
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

/** The logo in the printed header: at most this high and this wide, in mm (issue 14 item 4). */
const HEADER_LOGO = { height: 7, width: 40, gap: 3 } as const;

/**
 * The printed page's running header (the logo, the title, and the state on the right) and footer
 * ("n / N"), as CSS Paged Media margin boxes, which Chromium draws since version 131. The cover
 * (the first page) has none. The texts are CSS strings, escaped so that nothing closes them.
 *
 * A margin box holds no element, so the logo is the title box's background, left of the title:
 * a data: URI (the page makes no request; an SVG as an image runs nothing), sized from the
 * logo's proportions so that the title starts just after it.
 */
function printFurniture(title: string, state: string | null, logo?: HouseStyle['logo']): string {
  let logoCss = '';
  if (logo) {
    const ratio = logo.ratio !== undefined && Number.isFinite(logo.ratio) && logo.ratio > 0 ? logo.ratio : 3;
    let height: number = HEADER_LOGO.height;
    let width = height * ratio;
    if (width > HEADER_LOGO.width) {
      width = HEADER_LOGO.width;
      height = width / ratio;
    }
    const mm = (n: number) => `${Math.round(n * 10) / 10}mm`;
    logoCss = ` background: url(${cssString(logo.uri)}) no-repeat left bottom 3mm / ${mm(width)} ${mm(height)}; padding-left: ${mm(width + HEADER_LOGO.gap)};`;
  }
  return [
    '@media print {',
    `  @page { @top-left { content: ${cssString(plainText(title))};${logoCss} } @top-right { content: ${state ? cssString(plainText(state)) : 'none'}; } @bottom-right { content: counter(page) " / " counter(pages); } }`,
    '  @page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }',
    '}',
  ].join('\n');
}

/** A CSS string literal of any text: quotes, backslashes, controls and `<` (no `</style>`) as escapes. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f"\\<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * A workspace stylesheet inside <style>: every `<` becomes the CSS escape `\3c `, so that no
 * `</style>` or `<!--` can end the element early (`<` has no other use in CSS than in strings and
 * comments, where the escape reads the same).
 */
export function styleText(css: string): string {
  return css.replace(/</g, '\\3c ');
}

/** A nested list of the h2 and h3 headings. */
function toc(headings: readonly HeadingRef[]): string {
  const entries = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const out: string[] = ['<ol>'];
  let open = false; // an <li> of a level-2 entry is open
  let nested = false; // its <ol> of level-3 entries is open
  for (const h of entries) {
    // the page number is filled in for print (output/pdf.ts); empty and hidden on the screen
    const link = `<a href="#${h.id}"><span class="toc-text">${escapeHtml(h.text)}</span><span class="toc-page"></span></a>`;
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
