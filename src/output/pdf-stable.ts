// Reproducible PDFs (issue 12): Chromium stamps the time of printing into every PDF, so two runs
// from the same inputs never gave the same bytes and `generate --check --format pdf` always
// failed. The dates are replaced by one fixed date, byte for byte in place (the cross-reference
// table counts bytes, so nothing may move), and the trailer gets a document id made from the
// content, as PDF 1.7 14.4 describes it: the same content always has the same id.
import { createHash } from 'node:crypto';

/** The fixed date: SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else 2000-01-01. */
export function fixedPdfDate(env: Record<string, string | undefined> = {}): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = Number.isSafeInteger(epoch) && epoch >= 0 && epoch < 7258118400 ? new Date(epoch * 1000) : new Date(Date.UTC(2000, 0, 1));
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}`;
}

// `/CreationDate (D:20261205083139+02'00')`: the 14 digits and the time zone (`+HH'mm'`, or `Z`
// padded by Chromium's own format) are replaced with strings of the same length
const DATE = /\/(CreationDate|ModDate) ?\(D:(\d{14})([+\-Z])(\d\d)'(\d\d)'\)/g;

/** The PDF with fixed dates and a content-derived /ID; bytes that are not a PDF come back as they were. */
export function stablePdf(pdf: Uint8Array, env: Record<string, string | undefined> = {}): Uint8Array {
  const buffer = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  // latin1 maps every byte to one character and back, so offsets stay byte offsets
  let text = buffer.toString('latin1');
  if (!text.startsWith('%PDF-')) return pdf;
  const date = fixedPdfDate(env);
  text = text.replace(DATE, (whole, key: string, _digits: string, sign: string) => {
    const zone = sign === 'Z' ? "Z00'00'" : "+00'00'";
    const next = whole.replace(/\(D:.*\)$/, `(D:${date}${zone})`);
    return next.length === whole.length ? next : whole;
  });
  // the last trailer gets an /ID, unless it has one: the hash of everything before it
  const trailer = text.lastIndexOf('trailer');
  if (trailer >= 0 && !/\/ID\s*\[/.test(text.slice(trailer))) {
    const open = text.indexOf('<<', trailer);
    if (open >= 0) {
      const id = createHash('sha256').update(text.slice(0, trailer), 'latin1').digest('hex').slice(0, 32).toUpperCase();
      // the trailer follows the cross-reference table: inserting here moves no object
      text = `${text.slice(0, open + 2)}/ID [<${id}> <${id}>]\n${text.slice(open + 2)}`;
    }
  }
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
