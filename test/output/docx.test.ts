// The Word writer (issue 15): Markdown tokens become real Word structure — heading styles, lists,
// tables with a repeating header row, live safe links — with the document's language, title,
// author, header and page numbers, the same bytes for the same input, and the house style of a
// reference document.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnWidths, markdownToDocx, type DocxMeta } from '../../src/output/docx.js';
import { parseReferenceDocx } from '../../src/workspace/reference-docx.js';
import { child, docxOutline, docxParts, elements, parseXml, textOf } from '../helpers/docx.js';

const META: DocxMeta = { language: 'fi-FI', title: 'Suunnitelma', author: 'Järvilahti' };

async function outline(markdown: string, meta: Partial<DocxMeta> = {}): Promise<string> {
  return docxOutline(await markdownToDocx(markdown, { ...META, ...meta }));
}
async function part(markdown: string, name: string, meta: Partial<DocxMeta> = {}): Promise<string> {
  return docxParts(await markdownToDocx(markdown, { ...META, ...meta })).get(name) ?? '';
}
/** The outline without its first lines (properties, page, header, footer). */
const body = (o: string) => o.split('\n').filter((l) => !/^(title|author|language|created|styles language|page|header|footer):/.test(l)).join('\n');

describe('Markdown → Word structure', () => {
  it('headings use Word heading styles, not bold paragraphs', async () => {
    const o = body(await outline('# Yksi\n\n## Kaksi\n\n### Kolme\n\nTeksti **lihava**.\n\n#### Neljä\n'));
    expect(o).toBe('Heading1 | Yksi\nHeading2 | Kaksi\nHeading3 | Kolme\nNormal | Teksti lihava.\nHeading4 | Neljä\n');
    const xml = await part('# Yksi\n', 'word/styles.xml');
    // the styles are there for the navigation pane: outline levels in Word's built-in headings
    expect(xml).toMatch(/<w:style [^>]*w:styleId="Heading1"/);
  });

  it('lists are numbered paragraphs; each ordered list counts from its own start', async () => {
    const o = body(await outline('- a\n- b\n  - b1\n\n1. yksi\n2. kaksi\n\nväli\n\n3. kolme\n4. neljä\n'));
    expect(o).toBe('• 0 a\n• 0 b\n• 1 b1\n1. 0 yksi\n1. 0 kaksi\nNormal | väli\n1. 0 kolme\n1. 0 neljä\n');
    const doc = parseXml(await part('1. yksi\n\nväli\n\n3. kolme\n', 'word/document.xml'));
    const numIds = elements(doc, 'w:numId').map((n) => n.attrs['w:val']);
    expect(new Set(numIds).size).toBe(2); // two lists, two numberings
    const numbering = await part('1. yksi\n\nväli\n\n3. kolme\n', 'word/numbering.xml');
    expect(numbering).toMatch(/<w:start w:val="3"\/>/);
  });

  it('tables have a repeating header row and no other', async () => {
    const md = '| Indikaattori | 2024 |\n|---|--:|\n| Kiusaaminen | 6,8 |\n| Harrastus | 88,1 |\n';
    expect(body(await outline(md))).toBe('table 2 columns, 2 rows, header row: Indikaattori | 2024\n');
    const doc = parseXml(await part(md, 'word/document.xml'));
    const rows = elements(doc, 'w:tr');
    expect(rows.map((r) => elements(r, 'w:tblHeader').length)).toEqual([1, 0, 0]);
    // right-aligned numbers stay right-aligned
    expect(elements(rows[1]!, 'w:jc').map((j) => j.attrs['w:val'])).toEqual(['right']);
    // header cells are bold
    expect(elements(rows[0]!, 'w:b').length).toBeGreaterThan(0);
  });

  it('tables carry alternative text for Word\'s accessibility checker: their section and their columns', async () => {
    const md = '## Mittarit\n\n| Indikaattori | 2024 |\n|---|--:|\n| A <b> & "c" | 1 |\n\n## Toimet\n\n| Toimenpide | Vastuu |\n|---|---|\n| x | y |\n';
    const xml = await part(md, 'word/document.xml');
    const captions = [...xml.matchAll(/<w:tblCaption w:val="([^"]*)"\/><w:tblDescription w:val="([^"]*)"\/><\/w:tblPr>/g)].map((m) => [m[1], m[2]]);
    expect(captions).toEqual([
      ['Mittarit', 'Indikaattori, 2024'],
      ['Toimet', 'Toimenpide, Vastuu'],
    ]);
    // escaped as XML: a heading with markup characters stays text
    const odd = await part('## A & <b>\n\n| "x" |\n|---|\n| 1 |\n', 'word/document.xml');
    expect(odd).toContain('<w:tblCaption w:val="A &amp; &lt;b&gt;"/><w:tblDescription w:val="&quot;x&quot;"/>');
  });

  it('links are live for http, https and mailto only, as in the HTML (SPEC 8)', async () => {
    const md = '[THL](https://thl.fi) [posti](mailto:kirjaamo@example.fi) [paha](javascript:alert(1)) [tiedosto](file:///etc/passwd)\n';
    const o = body(await outline(md));
    expect(o).toBe('Normal | THL posti paha tiedosto [→ https://thl.fi] [→ mailto:kirjaamo@example.fi]\n');
    const rels = await part(md, 'word/_rels/document.xml.rels');
    expect(rels).not.toMatch(/javascript|file:/);
    expect(rels).toMatch(/Id="rIdLink1"[^>]*TargetMode="External"|TargetMode="External"[^>]*Id="rIdLink1"/);
  });

  it('raw HTML and images are text, never markup or requests', async () => {
    const o = body(await outline('<script>alert(1)</script>\n\nKuva: ![logo](https://example.fi/logo.png) ja <b>lihava</b>\n'));
    expect(o).toBe('Normal | <script>alert(1)</script>\nNormal | Kuva: logo ja <b>lihava</b>\n');
  });

  it('block quotes, escapes, entities and hard breaks read as in the HTML', async () => {
    const o = body(await outline('> Visio *tässä*\n\nA \\*ei\\* & B &amp; C\\\nrivi\n'));
    expect(o).toBe('Quote | Visio tässä\nNormal | A *ei* & B & C rivi\n');
    const doc = parseXml(await part('A\\\nB\n', 'word/document.xml'));
    expect(elements(doc, 'w:br').length).toBe(1);
  });

  it('the renderer’s markers and control characters do not reach the XML', async () => {
    const xml = await part('Trendi \uE0000\uE001 tässä\u0007.\n', 'word/document.xml');
    expect(textOf(parseXml(xml))).toBe('Trendi  tässä.');
    expect(xml).not.toMatch(/[\uE000\uE001\u0007]/);
  });

  it('an empty document is still a document', async () => {
    expect(body(await outline(''))).toBe('');
    const doc = parseXml(await part('', 'word/document.xml'));
    expect(elements(doc, 'w:p').length).toBe(1);
  });
});

describe('document properties and page', () => {
  it('has the language in the style defaults and in docProps, with title and author', async () => {
    const bytes = await markdownToDocx('# Plan\n', { ...META, language: 'sv-FI', title: 'Välfärdsplan', author: 'Sjöby & Åby' });
    const o = docxOutline(bytes);
    expect(o).toContain('title: Välfärdsplan\nauthor: Sjöby & Åby\nlanguage: sv-FI\n');
    expect(o).toContain('styles language: sv-FI\n');
    // exactly one language in the defaults
    const styles = docxParts(bytes).get('word/styles.xml')!;
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
    expect(defaults.match(/<w:lang\b/g)).toHaveLength(1);
  });

  it('is A4 with margins, page numbers in the footer and the state in the header', async () => {
    const o = await outline('# Plan\n', { header: 'Luonnos 1.12.2026' });
    expect(o).toContain('page: 11905×16837 twips, margins 1133 1133 1133 1417\n');
    expect(o).toContain('header: Luonnos 1.12.2026\n');
    expect(o).toContain('footer: {PAGE} ({NUMPAGES})\n');
    // no header part without a header text
    expect(await outline('# Plan\n')).not.toContain('header:');
  });

  it('starts the sections the rules name on a new page', async () => {
    const md = '# Kokous\n\n## Asiat\n\n### 1. Avaus\n\nx\n\n### 2. Loppu\n\n## Ohjeet\n\n### Kielto\n\n## Muu\n';
    const o = body(await outline(md, { newPage: [{ depth: 3, under: 'Asiat' }, { depth: 2, text: 'Ohjeet' }] }));
    expect(o).toBe('Heading1 | Kokous\nHeading2 | Asiat\n⤓ Heading3 | 1. Avaus\nNormal | x\n⤓ Heading3 | 2. Loppu\n⤓ Heading2 | Ohjeet\nHeading3 | Kielto\nHeading2 | Muu\n');
  });

  it('lays four sections out as a 2×2 matrix, and leaves them alone when one is missing', async () => {
    const md = '## SWOT\n\n### V\n\n- v1\n\n### H\n\n- h1\n\n### M\n\nei kohtia\n\n### U\n\n- u1\n- u2\n\n## Seuraava\n';
    const matrix = { headings: ['V', 'H', 'M', 'U'] as const };
    expect(body(await outline(md, { matrix }))).toBe(
      [
        'Heading2 | SWOT',
        'table alt text: SWOT',
        'table 2 columns, 2 rows, no header row',
        '  cell 1,1',
        '    Heading3 | V',
        '    • 0 v1',
        '  cell 1,2',
        '    Heading3 | H',
        '    • 0 h1',
        '  cell 2,1',
        '    Heading3 | M',
        '    Normal | ei kohtia',
        '  cell 2,2',
        '    Heading3 | U',
        '    • 0 u1',
        '    • 0 u2',
        'Heading2 | Seuraava',
        '',
      ].join('\n'),
    );
    // its alternative text comes before that of a table inside a cell, as the XML has them
    const nested = await part(md.replace('ei kohtia', '| a |\n|---|\n| 1 |'), 'word/document.xml', { matrix });
    expect([...nested.matchAll(/<w:tblCaption w:val="([^"]*)"\/><w:tblDescription w:val="([^"]*)"\/>/g)].map((m) => `${m[1]}: ${m[2]}`)).toEqual([
      'SWOT: V, H, M, U',
      'M: a',
    ]);
    const renamed = body(await outline(md.replace('### M', '### Mahdollisuudet'), { matrix }));
    expect(renamed).not.toContain('table');
    expect(renamed).toContain('Heading3 | Mahdollisuudet\n');
  });
});

describe('the same input gives the same bytes', () => {
  const md = '# Plan\n\n[THL](https://thl.fi) ja [OKM](https://okm.fi)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. yksi\n';

  it('twice in a row, with links (random ids in docx) and numbering', async () => {
    const a = await markdownToDocx(md, META);
    const b = await markdownToDocx(md, META);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('in any time zone, with the zip entries and docProps dated by the document', async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = await markdownToDocx(md, { ...META, date: '2026-11-20' });
      process.env.TZ = 'Pacific/Kiritimati';
      const far = await markdownToDocx(md, { ...META, date: '2026-11-20' });
      expect(Buffer.from(utc).equals(Buffer.from(far))).toBe(true);
      const core = docxParts(utc).get('docProps/core.xml')!;
      expect(core.match(/2026-11-20T00:00:00Z/g)).toHaveLength(2);
      // DOS time of the first zip entry: 2026-11-20 00:00
      const view = new DataView(utc.buffer, utc.byteOffset);
      const dosDate = view.getUint16(12, true);
      expect([((dosDate >> 9) & 0x7f) + 1980, (dosDate >> 5) & 0xf, dosDate & 0x1f]).toEqual([2026, 11, 20]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('a document without a date is dated by a constant, not the clock', async () => {
    const core = await part('x\n', 'docProps/core.xml');
    expect(core).toContain('2000-01-01T00:00:00Z');
  });
});

describe('column widths', () => {
  it('give each column room for its longest word and share the rest by content', () => {
    const w = columnWidths([
      ['Indikaattori', 'Yksikkö', '2024'],
      ['Koulukiusattuna vähintään kerran viikossa, % 8. ja 9. luokan oppilaista', '%', '6,8'],
    ]);
    expect(w).toHaveLength(3);
    expect(w[0]!).toBeGreaterThan(w[1]! + w[2]!);
    expect(w[1]!).toBeGreaterThanOrEqual(7 * 130);
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9356);
  });
});

/** A reference document as a Finnish Word saves one: style ids in Finnish, names in English. */
function referenceDocx(styles: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/styles.xml': new TextEncoder().encode(styles),
  });
}
const FINNISH_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normaali"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/><w:basedOn w:val="Normaali"/><w:rPr><w:color w:val="C00000"/><w:sz w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Otsikko2"><w:name w:val="heading 2"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style><w:style w:type="table" w:styleId="TaulukkoRuudukko"><w:name w:val="Table Grid"/></w:style></w:styles>`;

describe('house styles from templates/reference.docx', () => {
  it('reads word/styles.xml from a .docx', () => {
    const read = parseReferenceDocx(referenceDocx(FINNISH_STYLES), 'templates/reference.docx');
    expect(read.diagnostics).toEqual([]);
    expect(read.styles).toBe(FINNISH_STYLES);
  });

  it('uses its styles, found by name whatever language their ids are in', async () => {
    const styles = parseReferenceDocx(referenceDocx(FINNISH_STYLES), 'reference.docx').styles!;
    const bytes = await markdownToDocx('# Otsikko\n\n## Alaotsikko\n\n| a |\n|---|\n| 1 |\n', { ...META, styles });
    expect(body(docxOutline(bytes))).toBe('Otsikko1 | Otsikko\nOtsikko2 | Alaotsikko\ntable alt text: Alaotsikko\ntable 1 columns, 1 rows, header row: a\n');
    const parts = docxParts(bytes);
    const out = parts.get('word/styles.xml')!;
    // the house fonts and colours are the document's; the language is the document's
    expect(out).toContain('w:ascii="Georgia"');
    expect(out).toMatch(/w:styleId="Otsikko1"[\s\S]*?C00000/);
    expect(out).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="fi-FI"\/>[\s\S]*<\/w:rPrDefault>/);
    expect(out).not.toContain('w:val="en-US"');
    const table = elements(parseXml(parts.get('word/document.xml')!), 'w:tblStyle')[0];
    expect(table?.attrs['w:val']).toBe('TaulukkoRuudukko');
    // our own Quote style is added only because the reference has none
    expect(out).toMatch(/w:styleId="Quote"/);
  });

  it('reports a file that is not a .docx, has no styles, or is too large', () => {
    const code = (bytes: Uint8Array) => {
      const r = parseReferenceDocx(bytes, 'templates/reference.docx');
      expect(r.styles).toBeUndefined();
      expect(r.diagnostics).toHaveLength(1);
      const d = r.diagnostics[0]!;
      expect(d).toMatchObject({ severity: 'error', code: 'reference-docx', file: 'templates/reference.docx', line: 1, column: 1 });
      return d.messageId;
    };
    expect(code(new TextEncoder().encode('not a zip'))).toBe('referenceDocx.invalid');
    expect(code(referenceDocx('<w:document/>').slice(0, 60))).toBe('referenceDocx.invalid');
    expect(code(zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') }))).toBe('referenceDocx.noStyles');
    expect(code(referenceDocx('<html>not styles</html>'))).toBe('referenceDocx.noStyles');
    expect(code(new Uint8Array(5 * 1024 * 1024 + 1))).toBe('referenceDocx.tooLarge');
    // a zip bomb: styles.xml that inflates beyond the bound is refused before it is inflated
    expect(code(referenceDocx(`<w:styles>${' '.repeat(6 * 1024 * 1024)}</w:styles>`))).toBe('referenceDocx.tooLarge');
  });
});

describe('the outline helper', () => {
  it('reads paragraphs and tables of a document part', () => {
    const doc = parseXml('<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>A &amp; B</w:t></w:r></w:p></w:body>');
    const p = elements(doc, 'w:p')[0]!;
    expect(child(child(p, 'w:pPr')!, 'w:pStyle')?.attrs['w:val']).toBe('Heading1');
    expect(textOf(p)).toBe('A & B');
  });
});
