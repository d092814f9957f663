// poppler's pdfinfo as a record of its "Key: value" lines, for the PDF tests (Chromium's and
// LibreOffice's output alike).
import { execFileSync } from 'node:child_process';

export function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}
