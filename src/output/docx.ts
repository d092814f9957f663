// Word documents (issue 15): rendered Markdown → .docx, for the decision systems (CloudNC,
// Dynasty, Tweb), which import no structured data but take pasted or attached Word files, and for
// communications staff who lay a published plan out in Word.
//
// The input is the very Markdown that plan.md and agenda.md are, so a workspace's template
// overrides apply to Word too: marked's lexer reads it and each token becomes a Word element —
// headings in Word's Heading 1–6 styles (the navigation pane), real numbered and bulleted lists,
// tables with a repeating header row, live links (http, https and mailto only, as in the HTML:
// SPEC 8). Nothing here knows plans or agendas: what a document needs beyond its Markdown (its
// properties, the sections that start a page, the sections laid out as a 2×2 matrix, a house
// style) comes in `DocxMeta`, so any document (the plan, the agenda, issue 16's report) is written
// by the same function.
//
// The same inputs give the same bytes (SPEC 3, `generate --check`): docx stamps the package with
// the clock (the zip entries' times, docProps/core.xml) and names hyperlink relationships with
// random ids, so the package is opened again and those are replaced by fixed values.
//
// Loaded only when Word output is asked for: the CLI bundles it on its own (scripts/build.mjs).
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { load } from '../lazy/marked.js';
import type { DocumentMeta } from '../model/types.js';
import { HOUSE_STYLE, ownStyles, PAGE, referenceStyleIds } from './docx-styles.js';
import { clean } from './docx-text.js';
import { Writer, type TableText } from './docx-writer.js';

// Reading the workspace's reference document unzips it as this module zips: one bundle for both.
export { readReferenceStyles } from '../workspace/reference-docx.js';
export { columnWidths } from './docx-text.js';

/** What a document needs beyond its Markdown, and the workspace's house style. */
export interface DocxMeta extends DocumentMeta {
  /** word/styles.xml of the workspace's reference document (templates/reference.docx) */
  styles?: string;
}

const DEFAULT_DATE = '2000-01-01';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;


/** Markdown → the bytes of a .docx file. */
export async function markdownToDocx(markdown: string, meta: DocxMeta): Promise<Uint8Array> {
  const styleIds = referenceStyleIds(meta.styles);
  const writer = new Writer(meta, styleIds);
  const tokens = load().lexer(markdown, { gfm: true });
  const body = writer.blocks(tokens);

  const doc = new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    revision: 1,
    ...(meta.styles !== undefined ? { externalStyles: meta.styles } : {}),
    // the house style of our own only without a reference document: `default` would replace its
    // document defaults and headings
    styles: meta.styles !== undefined ? { paragraphStyles: ownStyles(styleIds) } : { default: HOUSE_STYLE, paragraphStyles: ownStyles(styleIds) },
    numbering: writer.numbering(),
    features: { updateFields: false },
    sections: [
      {
        properties: { page: PAGE },
        headers: meta.header ? { default: new Header({ children: [headerParagraph(meta.header)] }) } : {},
        footers: { default: new Footer({ children: [pageNumberParagraph()] }) },
        // a body needs a paragraph even for an empty document
        children: body.length ? body : [new Paragraph({})],
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toBuffer(doc));
  return settle(packed, meta, writer.tableTexts);
}

/** The header: the document state and date, at the right as Finnish documents have it. */
function headerParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: clean(text) })] });
}

/** The footer: `3 (12)`, the page and the page count as Finnish documents write them; no words, so no language. */
function pageNumberParagraph(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })],
  });
}

// ---------------------------------------------------------------------------------------------
// The package: fixed times, fixed ids, the document language

/**
 * docx's package made the same for the same input: the zip entries' times and docProps'
 * created/modified are the document's date, hyperlink relationships get ids in document order,
 * and the document language goes into the document defaults (where Word and LibreOffice read
 * it for spelling and hyphenation) and into docProps.
 */
function settle(packed: Uint8Array, meta: DocxMeta, tables: readonly TableText[]): Uint8Array {
  const files = unzipSync(packed);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const put = (name: string, value: string) => {
    files[name] = new TextEncoder().encode(value);
  };

  const date = ISO_DATE.test(meta.date ?? '') ? meta.date! : DEFAULT_DATE;
  const stamp = `${date}T00:00:00Z`;
  const core = text('docProps/core.xml')
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`)
    .replace(/<dc:language>[^<]*<\/dc:language>/, '')
    .replace(/<\/cp:coreProperties>$/, `<dc:language>${xmlEscape(meta.language)}</dc:language></cp:coreProperties>`);
  put('docProps/core.xml', core);

  // hyperlink relationships: docx names them with random ids
  const renames = new Map<string, string>();
  for (const part of Object.keys(files).filter((n) => n.endsWith('.rels'))) {
    const rels = text(part).replace(/\bId="([^"]+)"/g, (whole, id: string) => {
      if (/^rId\d+$/.test(id)) return whole;
      const next = renames.get(id) ?? `rIdLink${renames.size + 1}`;
      renames.set(id, next);
      return `Id="${next}"`;
    });
    put(part, rels);
  }
  if (renames.size) {
    for (const part of Object.keys(files).filter((n) => n.startsWith('word/') && n.endsWith('.xml'))) {
      const xml = text(part);
      if (!xml.includes('r:id="')) continue;
      put(part, xml.replace(/\br:id="([^"]+)"/g, (whole, id: string) => (renames.has(id) ? `r:id="${renames.get(id)}"` : whole)));
    }
  }

  put('word/styles.xml', withLanguage(text('word/styles.xml'), meta.language));
  put('word/document.xml', withTableTexts(text('word/document.xml'), tables));

  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // fflate writes DOS times from the local-time fields of this Date: made from local fields, it
  // gives the same bytes in every time zone
  const mtime = new Date(Math.max(1980, y), m - 1, d, 0, 0, 0);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable);
}

/**
 * The tables' alternative text (Word's accessibility checker, issue 15), as the last children of
 * each `w:tblPr`, where the schema puts them. The writer lists them in the order the tables stand
 * in the XML; should the counts ever differ, no table gets another table's text: none gets any.
 */
function withTableTexts(xml: string, tables: readonly TableText[]): string {
  const count = xml.match(/<\/w:tblPr>/g)?.length ?? 0;
  if (count !== tables.length) return xml;
  let i = 0;
  return xml.replace(/<\/w:tblPr>/g, () => {
    const t = tables[i++]!;
    const title = t.title ? `<w:tblCaption w:val="${xmlEscape(t.title)}"/>` : '';
    const description = t.description ? `<w:tblDescription w:val="${xmlEscape(t.description)}"/>` : '';
    return `${title}${description}</w:tblPr>`;
  });
}

/** styles.xml with the document language in its defaults (the reference document's, or docx's). */
function withLanguage(styles: string, language: string): string {
  const lang = `<w:lang w:val="${xmlEscape(language)}"/>`;
  const rPrDefault = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(styles);
  if (rPrDefault) {
    const inner = rPrDefault[1]!;
    let next: string;
    if (/<w:rPr\s*\/>/.test(inner)) next = inner.replace(/<w:rPr\s*\/>/, `<w:rPr>${lang}</w:rPr>`);
    else if (/<w:lang\b[^>]*\/>/.test(inner)) next = inner.replace(/<w:lang\b[^>]*\/>/, lang);
    else if (inner.includes('</w:rPr>')) next = inner.replace('</w:rPr>', `${lang}</w:rPr>`);
    else next = `<w:rPr>${lang}</w:rPr>`;
    return styles.replace(rPrDefault[0], `<w:rPrDefault>${next}</w:rPrDefault>`);
  }
  const docDefaults = /<w:docDefaults>/.exec(styles);
  if (docDefaults) return styles.replace('<w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
  return styles.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>`);
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
