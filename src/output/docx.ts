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
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type INumberingOptions,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Token, Tokens } from 'marked';
import { load } from '../lazy/marked.js';
import type { DocumentMeta } from '../model/types.js';

// Reading the workspace's reference document unzips it as this module zips: one bundle for both.
export { readReferenceStyles } from '../workspace/reference-docx.js';
import { isSafeHref } from '../render/markdown-lite.js';

/** What a document needs beyond its Markdown, and the workspace's house style. */
export interface DocxMeta extends DocumentMeta {
  /** word/styles.xml of the workspace's reference document (templates/reference.docx) */
  styles?: string;
}

const DEFAULT_DATE = '2000-01-01';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A4 with the margins of a Finnish official letter (SFS 2487 leaves 20–25 mm each side). */
const PAGE = {
  size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
  margin: {
    top: convertMillimetersToTwip(20),
    bottom: convertMillimetersToTwip(20),
    left: convertMillimetersToTwip(25),
    right: convertMillimetersToTwip(20),
    header: convertMillimetersToTwip(10),
    footer: convertMillimetersToTwip(10),
  },
} as const;
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

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
  return settle(packed, meta);
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
// Styles

/**
 * The style ids the document uses, by the style's name. Word writes a style's id in the language
 * of the Word that made the file (a Finnish Word's heading 1 is `Otsikko1`), but its name stays
 * English (`heading 1`), so a reference document's styles are found by name, as pandoc does.
 */
interface StyleIds {
  heading: (depth: number) => string;
  quote: string;
  hyperlink: string;
  /** a table style of the reference document (`Table Grid`), if it has one */
  table?: string;
  /** styles the reference document has, by id: those are not replaced */
  has: (id: string) => boolean;
}

const STYLE_ELEMENT = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;

function referenceStyleIds(styles: string | undefined): StyleIds {
  const byName = new Map<string, string>();
  const ids = new Set<string>();
  if (styles !== undefined) {
    for (const m of styles.matchAll(STYLE_ELEMENT)) {
      const id = /\bw:styleId="([^"]*)"/.exec(m[1]!)?.[1];
      const name = /<w:name\b[^>]*\bw:val="([^"]*)"/.exec(m[2]!)?.[1];
      if (!id) continue;
      ids.add(id);
      if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), id);
    }
  }
  const named = (name: string, fallback: string) => byName.get(name) ?? fallback;
  const table = byName.get('table grid');
  return {
    heading: (depth) => named(`heading ${depth}`, `Heading${depth}`),
    quote: named('quote', 'Quote'),
    hyperlink: named('hyperlink', 'Hyperlink'),
    ...(table ? { table } : {}),
    has: (id) => ids.has(id),
  };
}

/**
 * The look without a reference document: a sans-serif body of 11 pt with room between
 * paragraphs, and headings in dark blue (contrast over 10:1, WCAG AA) that keep with what follows.
 */
const HEADING_COLOR = '1F3864';
const heading = (size: number, before: number, italics = false) => ({
  run: { font: 'Arial', size, bold: true, color: HEADING_COLOR, ...(italics ? { italics: true } : {}) },
  paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
});
const HOUSE_STYLE = {
  document: {
    run: { font: 'Arial', size: 22 },
    paragraph: { spacing: { after: 120, line: 264 } },
  },
  heading1: heading(32, 240),
  heading2: heading(28, 360),
  heading3: heading(24, 240),
  heading4: heading(22, 200),
  heading5: heading(22, 160, true),
  heading6: heading(22, 160, true),
};

/** Styles of our own, only where the reference document has none of that id. */
function ownStyles(ids: StyleIds): IParagraphStyleOptions[] {
  const own: IParagraphStyleOptions[] = [];
  if (!ids.has(ids.quote)) {
    own.push({
      id: ids.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true },
      paragraph: { indent: { left: convertMillimetersToTwip(10), right: convertMillimetersToTwip(10) } },
    });
  }
  return own;
}

// ---------------------------------------------------------------------------------------------
// Markdown tokens → Word elements

type Block = Paragraph | Table;

interface Inline {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
}

interface BlockContext {
  /** the paragraph style of a block quote */
  style?: string;
  /** list nesting: each paragraph of an item is indented to its text */
  list?: { level: number; reference: string; instance: number };
}

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];
const LIST_INDENT = convertMillimetersToTwip(6.35);

class Writer {
  /** the numbering definitions the lists used: one bullet list, ordered lists by their start */
  private readonly orderedStarts = new Set<number>();
  private listInstances = 0;
  /** the headings above the current position, by depth (for `newPage.under`) */
  private readonly openHeadings: string[] = [];

  constructor(
    private readonly meta: DocxMeta,
    private readonly styles: StyleIds,
  ) {}

  numbering(): INumberingOptions {
    const levels = (format: 'bullet' | 'decimal', start = 1) =>
      Array.from({ length: 9 }, (_, level) => ({
        level,
        format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
        text: format === 'bullet' ? BULLETS[level % BULLETS.length]! : `%${level + 1}.`,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
      }));
    return {
      config: [
        { reference: 'lnhs-bullet', levels: levels('bullet') },
        ...[...this.orderedStarts].sort((a, b) => a - b).map((start) => ({ reference: `lnhs-ordered-${start}`, levels: levels('decimal', start) })),
      ],
    };
  }

  blocks(tokens: readonly Token[], ctx: BlockContext = {}): Block[] {
    const out: Block[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'heading' && this.meta.matrix && ctx.list === undefined) {
        const matrix = this.matrixAt(tokens, i);
        if (matrix) {
          out.push(...matrix.blocks);
          i = matrix.end - 1;
          continue;
        }
      }
      out.push(...this.block(token, ctx));
    }
    return out;
  }

  private block(token: Token, ctx: BlockContext): Block[] {
    switch (token.type) {
      case 'space':
      case 'def':
        return [];
      case 'heading':
        return [this.heading(token as Tokens.Heading)];
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        const runs = t.tokens ? this.inline(t.tokens) : [new TextRun({ text: decodeEntities(clean(t.text)) })];
        return [this.paragraph(runs, ctx)];
      }
      case 'list':
        return this.list(token as Tokens.List, ctx);
      case 'blockquote':
        return this.blocks((token as Tokens.Blockquote).tokens, { ...ctx, style: this.styles.quote });
      case 'table':
        return [this.table(token as Tokens.Table)];
      case 'code':
        return clean((token as Tokens.Code).text)
          .split('\n')
          .map((line) => this.paragraph([new TextRun({ text: line, font: 'Courier New' })], ctx));
      case 'hr':
        return [new Paragraph({ thematicBreak: true })];
      case 'html':
        // raw HTML is shown as the text it is, never as markup (SPEC 8)
        return [this.paragraph([new TextRun({ text: clean((token as Tokens.HTML).text).trimEnd() })], ctx)];
      default: {
        const raw = (token as { raw?: string }).raw ?? '';
        return raw.trim() ? [this.paragraph([new TextRun({ text: clean(raw).trim() })], ctx)] : [];
      }
    }
  }

  private paragraph(children: ParagraphChild[], ctx: BlockContext, options: IParagraphOptions = {}): Paragraph {
    return new Paragraph({
      ...(ctx.style ? { style: ctx.style } : {}),
      ...(ctx.list ? { indent: { left: LIST_INDENT * (ctx.list.level + 1) } } : {}),
      ...options,
      children,
    });
  }

  private heading(token: Tokens.Heading): Paragraph {
    const text = plainText(token.tokens);
    this.openHeadings.length = token.depth - 1;
    const parent = this.openHeadings[token.depth - 2];
    this.openHeadings[token.depth - 1] = text;
    const newPage = (this.meta.newPage ?? []).some(
      (rule) =>
        rule.depth === token.depth &&
        (rule.text === undefined || rule.text === text) &&
        (rule.under === undefined || rule.under === parent),
    );
    return new Paragraph({
      style: this.styles.heading(Math.min(6, Math.max(1, token.depth))),
      keepNext: true,
      ...(newPage ? { pageBreakBefore: true } : {}),
      children: this.inline(token.tokens),
    });
  }

  private list(token: Tokens.List, ctx: BlockContext): Block[] {
    const level = ctx.list ? ctx.list.level + 1 : 0;
    let reference = 'lnhs-bullet';
    let instance = 0;
    if (token.ordered) {
      const start = typeof token.start === 'number' ? token.start : 1;
      this.orderedStarts.add(start);
      reference = `lnhs-ordered-${start}`;
      // every ordered list counts from its start again: a list instance of its own
      instance = ++this.listInstances;
    }
    const out: Block[] = [];
    for (const item of token.items) {
      const inner: BlockContext = { ...ctx, list: { level, reference, instance } };
      let first = true;
      for (const child of item.tokens) {
        if (first && (child.type === 'text' || child.type === 'paragraph')) {
          const t = child as Tokens.Text;
          const runs = t.tokens ? this.inline(t.tokens) : [new TextRun({ text: decodeEntities(clean(t.text)) })];
          out.push(
            new Paragraph({
              ...(ctx.style ? { style: ctx.style } : {}),
              numbering: { reference, level, instance },
              children: runs,
            }),
          );
          first = false;
          continue;
        }
        if (child.type === 'space') continue;
        if (first) {
          // an item that starts with something other than text: an empty numbered line first
          out.push(new Paragraph({ numbering: { reference, level, instance }, children: [] }));
          first = false;
        }
        out.push(...this.blocks([child], inner));
      }
      if (first) out.push(new Paragraph({ numbering: { reference, level, instance }, children: [] }));
    }
    return out;
  }

  private table(token: Tokens.Table): Table {
    const widths = columnWidths([token.header, ...token.rows].map((row) => row.map((c) => plainText(c.tokens))));
    const cell = (c: Tokens.TableCell, header: boolean, column: number) =>
      new TableCell({
        width: { size: widths[column] ?? 0, type: WidthType.DXA },
        ...(header && !this.styles.table ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
        children: [
          new Paragraph({
            ...(c.align === 'right' ? { alignment: AlignmentType.RIGHT } : c.align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
            children: this.inline(c.tokens, header ? { bold: true } : {}),
          }),
        ],
      });
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      ...(this.styles.table ? { style: this.styles.table } : {}),
      rows: [
        // the header row repeats on every page a long table runs over, and marks the column
        // headers for screen readers and Word's accessibility checker (issue 15)
        new TableRow({ tableHeader: true, cantSplit: true, children: token.header.map((c, i) => cell(c, true, i)) }),
        ...token.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, i)) })),
      ],
    });
  }

  /**
   * The SWOT matrix: when four sections of one depth with the matrix's headings follow each
   * other from `start`, a 2×2 table holds them, each cell its section's heading (still a heading,
   * so the navigation pane lists it) and content. undefined when they are not there.
   */
  private matrixAt(tokens: readonly Token[], start: number): { blocks: Block[]; end: number } | undefined {
    const headings = this.meta.matrix!.headings;
    const first = tokens[start] as Tokens.Heading;
    const depth = first.depth;
    const sections: Token[][] = [];
    let i = start;
    for (const expected of headings) {
      const h = tokens[i];
      if (h?.type !== 'heading' || (h as Tokens.Heading).depth !== depth || plainText((h as Tokens.Heading).tokens) !== expected) {
        return undefined;
      }
      const section: Token[] = [h];
      for (i++; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.type === 'heading' && (t as Tokens.Heading).depth <= depth) break;
        section.push(t);
      }
      sections.push(section);
    }
    const half = Math.floor(TEXT_WIDTH / 2);
    const cell = (section: Token[]) =>
      new TableCell({
        width: { size: half, type: WidthType.DXA },
        children: this.blocks(section),
      });
    const row = (a: Token[], b: Token[]) => new TableRow({ cantSplit: false, children: [cell(a), cell(b)] });
    const table = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [half, half],
      ...(this.styles.table ? { style: this.styles.table } : {}),
      borders: {
        top: { style: BorderStyle.SINGLE, size: 4, color: 'auto' },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: 'auto' },
        left: { style: BorderStyle.SINGLE, size: 4, color: 'auto' },
        right: { style: BorderStyle.SINGLE, size: 4, color: 'auto' },
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'auto' },
        insideVertical: { style: BorderStyle.SINGLE, size: 4, color: 'auto' },
      },
      rows: [row(sections[0]!, sections[1]!), row(sections[2]!, sections[3]!)],
    });
    return { blocks: [table], end: i };
  }

  inline(tokens: readonly Token[], style: Inline = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    const run = (text: string, s: Inline = style) => {
      if (!text) return;
      out.push(
        new TextRun({
          text,
          ...(s.bold ? { bold: true } : {}),
          ...(s.italics ? { italics: true } : {}),
          ...(s.strike ? { strike: true } : {}),
          ...(s.code ? { font: 'Courier New' } : {}),
          ...(s.link ? { style: this.styles.hyperlink } : {}),
        }),
      );
    };
    for (const token of tokens) {
      switch (token.type) {
        case 'text': {
          const t = token as Tokens.Text;
          if (t.tokens?.length) out.push(...this.inline(t.tokens, style));
          else run(decodeEntities(clean(t.text)).replace(/\n/g, ' '));
          break;
        }
        case 'escape':
          run((token as Tokens.Escape).text);
          break;
        case 'strong':
          out.push(...this.inline((token as Tokens.Strong).tokens, { ...style, bold: true }));
          break;
        case 'em':
          out.push(...this.inline((token as Tokens.Em).tokens, { ...style, italics: true }));
          break;
        case 'del':
          out.push(...this.inline((token as Tokens.Del).tokens, { ...style, strike: true }));
          break;
        case 'codespan':
          run(clean((token as Tokens.Codespan).text), { ...style, code: true });
          break;
        case 'br':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'link': {
          const link = token as Tokens.Link;
          // only http, https and mailto stay links, as in the HTML (SPEC 8); others are their text
          if (isSafeHref(link.href) && !style.link) {
            out.push(new ExternalHyperlink({ link: link.href.trim(), children: this.inline(link.tokens, { ...style, link: true }) as TextRun[] }));
          } else {
            out.push(...this.inline(link.tokens, style));
          }
          break;
        }
        case 'image':
          // no pictures fetched from anywhere: the alt text stays, as in the HTML
          run(decodeEntities(clean((token as Tokens.Image).text)));
          break;
        case 'html':
          run(clean((token as Tokens.HTML).text));
          break;
        default:
          run(clean((token as { raw?: string }).raw ?? ''));
      }
    }
    return out;
  }
}

/**
 * Column widths (twips) that fit the text: each column first gets room for its longest word (so
 * that `Aikataulu` is not broken inside the word), and the rest of the text width is shared by
 * the length of each column's longest cell (up to 40 characters: longer text wraps anyway).
 */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const least: number[] = [];
  const extra: number[] = [];
  for (let c = 0; c < columns; c++) {
    let longest = 1;
    let word = 1;
    for (const row of rows) {
      const text = (row[c] ?? '').trim();
      longest = Math.max(longest, Math.min(40, text.length));
      for (const w of text.split(/\s+/)) word = Math.max(word, Math.min(20, w.length));
    }
    least.push(word * CHAR_WIDTH + CELL_PADDING);
    extra.push(Math.max(0, longest - word));
  }
  const leastTotal = least.reduce((a, b) => a + b, 0);
  if (leastTotal >= TEXT_WIDTH) return least.map((l) => Math.floor((l / leastTotal) * TEXT_WIDTH));
  const room = TEXT_WIDTH - leastTotal;
  const extraTotal = extra.reduce((a, b) => a + b, 0);
  return least.map((l, i) => Math.floor(l + (extraTotal ? (extra[i]! / extraTotal) * room : room / columns)));
}
/** a bold character of 11 pt Arial is at most about this wide (twips), and a cell's side margins */
const CHAR_WIDTH = 130;
const CELL_PADDING = 260;

/** The text of inline tokens, as the heading reads (for matching headings by their text). */
export function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    const t = token as { type: string; text?: string; tokens?: Token[] };
    if (t.tokens?.length) text += plainText(t.tokens);
    else if (t.type === 'text') text += decodeEntities(clean(t.text ?? ''));
    else if (t.type === 'br') text += ' ';
    else text += clean(t.text ?? '');
  }
  return text;
}

// the renderer's inline markers (`\uE000n\uE001`) stand for HTML fragments, which Word has no use
// for; control characters have no place in XML
// eslint-disable-next-line no-control-regex
const UNWANTED = /\uE000\d*\uE001|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uE000\uE001\uFFFE\uFFFF]/g;
function clean(text: string): string {
  return text.replace(UNWANTED, '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', sect: '\u00a7', euro: '\u20ac' };
/** Entity references a template wrote (`&amp;`): the HTML shows their characters, so Word does too. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? clean(String.fromCodePoint(code)) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
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
function settle(packed: Uint8Array, meta: DocxMeta): Uint8Array {
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

  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // fflate writes DOS times from the local-time fields of this Date: made from local fields, it
  // gives the same bytes in every time zone
  const mtime = new Date(Math.max(1980, y), m - 1, d, 0, 0, 0);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable);
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
