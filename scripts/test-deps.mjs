// Before `npm test`: the browser and PDF tests need Debian's `chromium` and `poppler-utils`
// (pdfinfo, pdftotext), and the Word tests LibreOffice's Writer (`soffice`, from
// `libreoffice-writer-nogui`), which opens and converts the generated .docx files (issue 15).
// Nothing is downloaded by npm (issue 3); when they are missing and we may use apt-get (root),
// install them; otherwise say exactly what to install, and stop.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return true;
    } catch {
      /* next */
    }
  }
  return false;
}

const missing = [];
if (!process.env.LNHS_CHROME && !onPath('chromium')) missing.push('chromium');
if (!onPath('pdfinfo') || !onPath('pdftotext')) missing.push('poppler-utils');
if (!onPath('soffice')) missing.push('libreoffice-writer-nogui');
if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && onPath('apt-get')) {
  console.error(`test: installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', ...missing], { stdio: 'inherit', env });
  process.exit(0);
}
console.error(
  `test: the browser, PDF and Word tests need ${missing.join(' and ')}.\n` +
    `  Install them with: sudo apt-get install ${missing.join(' ')}\n` +
    '  (or point LNHS_CHROME at a Chromium or Chrome executable).',
);
process.exit(1);
