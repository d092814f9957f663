// The Word files' house style (issue 15): the A4 page, our own heading and paragraph styles, and
// the style ids of a workspace's reference document (templates/reference.docx), found by name as
// pandoc finds them.
import { convertMillimetersToTwip, type IParagraphStyleOptions } from 'docx';


/** A4 with the margins of a Finnish official letter (SFS 2487 leaves 20–25 mm each side). */
export const PAGE = {
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
export const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

/**
 * The style ids the document uses, by the style's name. Word writes a style's id in the language
 * of the Word that made the file (a Finnish Word's heading 1 is `Otsikko1`), but its name stays
 * English (`heading 1`), so a reference document's styles are found by name, as pandoc does.
 */
export interface StyleIds {
  heading: (depth: number) => string;
  quote: string;
  hyperlink: string;
  /** a table style of the reference document (`Table Grid`), if it has one */
  table?: string;
  /** styles the reference document has, by id: those are not replaced */
  has: (id: string) => boolean;
}

const STYLE_ELEMENT = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;

export function referenceStyleIds(styles: string | undefined): StyleIds {
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
export const HOUSE_STYLE = {
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
export function ownStyles(ids: StyleIds): IParagraphStyleOptions[] {
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
