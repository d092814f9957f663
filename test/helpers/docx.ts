// Reading a generated .docx in tests (issue 15): its parts, a small XML tree of them, and a
// normalised outline of word/document.xml — one line per paragraph or table, with its style,
// list level, page break and links — that golden files compare instead of the whole XML.
import { unzipSync } from 'fflate';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** The package's parts as text (binary parts too, which the tests do not read). */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, new TextDecoder().decode(data)]));
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

/** A tolerant XML reader for the parts docx writes: elements, attributes, text. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const re = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.children.push(decode(m[5]));
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
    const el: XmlElement = { name: m[2], attrs, children: [] };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  return root;
}

export function elements(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

export function child(node: XmlElement, name: string): XmlElement | undefined {
  return node.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The text of a paragraph (or any element): its w:t, with a line break for w:br and a tab for w:tab. */
export function textOf(node: XmlElement): string {
  let text = '';
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') text += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.name === 'w:br') text += '\n';
    else if (c.name === 'w:tab') text += '\t';
    else if (c.name === 'w:instrText') text += `{${c.children.join('').trim()}}`;
    else text += textOf(c);
  }
  return text;
}

const short = (s: string, n = 80) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/**
 * The outline of a package: its properties, page, header and footer, then every block of the
 * body. Paragraph lines read `Heading2 | text`, list items `• 0 text` (`1.` for ordered, the
 * number being its level), a page break before is `⤓`, links `[→ target]`; a table with a
 * header row lists its column headers and row count, other tables their cells' outlines.
 */
export function docxOutline(bytes: Uint8Array): string {
  const parts = docxParts(bytes);
  const lines: string[] = [];
  const core = parseXml(parts.get('docProps/core.xml') ?? '');
  const prop = (name: string) => textOf({ name: '', attrs: {}, children: elements(core, name).flatMap((e) => e.children).map((c) => (typeof c === 'string' ? { name: 'w:t', attrs: {}, children: [c] } : c)) });
  lines.push(`title: ${prop('dc:title')}`, `author: ${prop('dc:creator')}`, `language: ${prop('dc:language')}`, `created: ${prop('dcterms:created')}`);
  const lang = /<w:rPrDefault>[\s\S]*?<w:lang w:val="([^"]+)"/.exec(parts.get('word/styles.xml') ?? '')?.[1];
  lines.push(`styles language: ${lang ?? '-'}`);

  const doc = parseXml(parts.get('word/document.xml') ?? '');
  const rels = new Map(
    [...(parts.get('word/_rels/document.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1]!, decode(m[2]!)]),
  );
  const numbering = parseXml(parts.get('word/numbering.xml') ?? '');
  const numFormat = new Map<string, string>();
  const abstractFormat = new Map<string, string>();
  for (const a of elements(numbering, 'w:abstractNum')) {
    const lvl = elements(a, 'w:lvl')[0];
    const fmt = lvl ? elements(lvl, 'w:numFmt')[0]?.attrs['w:val'] : undefined;
    abstractFormat.set(a.attrs['w:abstractNumId']!, fmt ?? '?');
  }
  for (const n of elements(numbering, 'w:num')) numFormat.set(n.attrs['w:numId']!, abstractFormat.get(elements(n, 'w:abstractNumId')[0]?.attrs['w:val'] ?? '') ?? '?');

  const sect = elements(doc, 'w:sectPr')[0];
  if (sect) {
    const size = elements(sect, 'w:pgSz')[0]?.attrs;
    const mar = elements(sect, 'w:pgMar')[0]?.attrs;
    lines.push(`page: ${size?.['w:w']}×${size?.['w:h']} twips, margins ${mar?.['w:top']} ${mar?.['w:right']} ${mar?.['w:bottom']} ${mar?.['w:left']}`);
    for (const ref of [...elements(sect, 'w:headerReference'), ...elements(sect, 'w:footerReference')]) {
      const target = rels.get(ref.attrs['r:id'] ?? '');
      const part = target ? parseXml(parts.get(`word/${target}`) ?? '') : undefined;
      const kind = ref.name === 'w:headerReference' ? 'header' : 'footer';
      lines.push(`${kind}: ${part ? elements(part, 'w:p').map((p) => short(textOf(p))).join(' / ') : '?'}`);
    }
  }

  const block = (node: XmlElement, indent: string) => {
    if (node.name === 'w:p') {
      const pPr = child(node, 'w:pPr');
      const style = pPr ? child(pPr, 'w:pStyle')?.attrs['w:val'] : undefined;
      const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
      const breakBefore = pPr && child(pPr, 'w:pageBreakBefore') ? '⤓ ' : '';
      const links = elements(node, 'w:hyperlink').map((h) => ` [→ ${rels.get(h.attrs['r:id'] ?? '') ?? h.attrs['w:anchor'] ?? '?'}]`);
      const text = short(textOf(node));
      if (numPr) {
        const level = child(numPr, 'w:ilvl')?.attrs['w:val'] ?? '0';
        const fmt = numFormat.get(child(numPr, 'w:numId')?.attrs['w:val'] ?? '') === 'decimal' ? '1.' : '•';
        lines.push(`${indent}${breakBefore}${fmt} ${level} ${text}${links.join('')}`);
      } else if (text || style) {
        lines.push(`${indent}${breakBefore}${style ?? 'Normal'} | ${text}${links.join('')}`);
      }
      return;
    }
    if (node.name === 'w:tbl') {
      const rows = node.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:tr');
      const header = rows.filter((r) => {
        const trPr = child(r, 'w:trPr');
        return trPr !== undefined && child(trPr, 'w:tblHeader') !== undefined;
      });
      const cols = Math.max(0, ...rows.map((r) => r.children.filter((c) => typeof c !== 'string' && c.name === 'w:tc').length));
      // the alternative text Word's accessibility checker asks for (issue 15)
      const tblPr = child(node, 'w:tblPr');
      const caption = tblPr && child(tblPr, 'w:tblCaption');
      if (caption) lines.push(`${indent}table alt text: ${caption.attrs['w:val'] ?? ''}`);
      if (header.length) {
        const heads = header[0]!.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:tc').map((c) => short(textOf(c), 30));
        lines.push(`${indent}table ${cols} columns, ${rows.length - header.length} rows, header row: ${heads.join(' | ')}`);
      } else {
        lines.push(`${indent}table ${cols} columns, ${rows.length} rows, no header row`);
        rows.forEach((r, ri) => {
          r.children
            .filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:tc')
            .forEach((c, ci) => {
              lines.push(`${indent}  cell ${ri + 1},${ci + 1}`);
              for (const b of c.children) if (typeof b !== 'string') block(b, `${indent}    `);
            });
        });
      }
    }
  };
  const body = elements(doc, 'w:body')[0];
  for (const node of body?.children ?? []) if (typeof node !== 'string') block(node, '');
  return lines.join('\n') + '\n';
}
