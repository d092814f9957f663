// Where each heading landed in a printed PDF, for the contents page's page numbers (issue 14).
//
// Chromium cannot number a contents page while it lays the document out, so the plan is printed
// twice: once with placeholders, then again with the numbers read from the first PDF. (paged.js
// would do it in one pass, but it is a script inside the page, and our pages run none.) Chromium
// (Skia) writes a named destination for every element a link points to: the catalog's /Dests
// dictionary maps the heading's id to `[<page> 0 R /XYZ x y 0]`. The contents links point to every
// h2 and h3, so each one has a destination. Skia writes plain (not compressed) object
// dictionaries; a PDF in any other shape gives an empty map, and the contents keep no numbers
// rather than wrong ones.

/** The 1-based page number of every named destination, by name (the HTML id). */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = new Map<number, string>();
  const OBJ = /(?:^|[\r\n])(\d+) 0 obj\b/g;
  const starts: { num: number; at: number }[] = [];
  for (let m = OBJ.exec(text); m; m = OBJ.exec(text)) starts.push({ num: Number(m[1]), at: m.index + m[0].length });
  for (const [i, { num, at }] of starts.entries()) {
    const end = text.indexOf('endobj', at);
    const stop = end < 0 ? (starts[i + 1]?.at ?? text.length) : end;
    // a stream's bytes are not needed: only the dictionary before it
    const body = text.slice(at, stop);
    const stream = body.indexOf('stream');
    objects.set(num, stream < 0 ? body : body.slice(0, stream));
  }

  const result = new Map<string, number>();
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  if (!catalog) return result;
  const pagesRef = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog);
  const destsRef = /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog);
  if (!pagesRef || !destsRef) return result;

  // the page tree, depth first: page object number → 1-based page number
  const pageNumber = new Map<number, number>();
  const walk = (num: number, depth: number): void => {
    const node = objects.get(num);
    if (!node || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
      for (const kid of kids?.[1]?.matchAll(/(\d+)\s+0\s+R/g) ?? []) walk(Number(kid[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(node)) {
      pageNumber.set(num, pageNumber.size + 1);
    }
  };
  walk(Number(pagesRef[1]), 0);

  const dests = objects.get(Number(destsRef[1])) ?? '';
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageNumber.get(Number(m[2]));
    if (page !== undefined) result.set(decodeName(m[1]!), page);
  }
  return result;
}

/** A PDF name's `#xx` escapes decoded (ids are ASCII slugs, but a name may be written escaped). */
function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The marker of a page whose print stylesheet draws its own header, footer and page sizes. */
export const PAGED_MEDIA_META = '<meta name="lnhs-print" content="paged-media">';

const TOC_ENTRY = /(<a href="#([^"]+)"><span class="toc-text">(?:(?!<\/span>)[^])*<\/span><span class="toc-page">)[^<]*(<\/span><\/a>)/g;

/**
 * The page with its contents entries' page numbers filled in; `pages` undefined: the first print's
 * placeholders, two digits wide as most numbers will be. An id without a page keeps no number.
 */
export function fillContentsPages(html: string, pages: ReadonlyMap<string, number> | undefined): string {
  return html.replace(TOC_ENTRY, (_, open: string, id: string, close: string) => {
    const n = pages ? pages.get(id) : 0;
    return `${open}${n === undefined ? '' : pages ? String(n) : '00'}${close}`;
  });
}

/** Whether the page has a contents list whose numbers are filled from a first print. */
export function hasContentsPages(html: string): boolean {
  TOC_ENTRY.lastIndex = 0;
  return TOC_ENTRY.test(html);
}
