// Markdown tokens → Word elements (issue 15): marked's tokens of a rendered document become
// headings in Word's Heading styles, real lists, tables with a repeating header row, live links
// (http, https and mailto only, as in the HTML: SPEC 8), and the SWOT sections as a 2×2 table.
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  LevelFormat,
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
  type ParagraphChild,
} from 'docx';
import type { Token, Tokens } from 'marked';
import type { DocumentMeta } from '../model/types.js';
import { isSafeHref } from '../render/md-links.js';
import { TEXT_WIDTH, type StyleIds } from './docx-styles.js';
import { columnWidths, plainText, clean, decodeEntities } from './docx-text.js';

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

/** A table's alternative text: `w:tblCaption` and `w:tblDescription`. */
export interface TableText {
  title: string;
  description: string;
}

export class Writer {
  /** the numbering definitions the lists used: one bullet list, ordered lists by their start */
  private readonly orderedStarts = new Set<number>();
  private listInstances = 0;
  /** the headings above the current position, by depth (for `newPage.under`) */
  private readonly openHeadings: string[] = [];
  /**
   * Each table's title and description for Word's alternative text, in the order the tables are
   * written (the docx library has no option for them, so the package step adds them).
   */
  readonly tableTexts: TableText[] = [];

  constructor(
    private readonly meta: DocumentMeta,
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
    // alternative text (Word's accessibility checker, issue 15): the table's section, and its columns
    const section = this.openHeadings.filter(Boolean).at(-1) ?? '';
    this.tableTexts.push({ title: clean(section), description: token.header.map((c) => clean(plainText(c.tokens))).join(', ') });
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
    // its alternative text first: the tables inside its cells come after it in the XML
    this.tableTexts.push({ title: clean(this.openHeadings[depth - 2] ?? ''), description: headings.map(clean).join(', ') });
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
