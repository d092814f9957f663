// plan.pdf and agenda.pdf (issue 3 item 2): printed by the local Chromium, A4, tagged, titled,
// page numbers in the footer, and nothing fetched from the network while printing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromeNotFoundError, findChrome, printPdfs, requireChrome } from '../../src/output/pdf.js';
import { chromeLaunchOptions } from '../../src/output/chrome.js';
import { t } from '../../src/messages/index.js';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import { REQUIRED_SECTIONS } from '../../src/model/types.js';
import { prepareWorkspace } from '../../src/pipeline.js';
import { render } from '../../src/render/index.js';
import { pdfinfo } from '../helpers/pdfinfo.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** A loopback server that only counts what reaches it: the page must never call it. */
let server: Server;
const hits: string[] = [];
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function threePages(): string {
  const filler = Array.from({ length: 6 }, (_, i) => `<p>Kappale ${i + 1}: lasten ja nuorten hyvinvointi.</p>`).join('');
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Hyvinvointisuunnitelma 2026–2029</title>
<link rel="stylesheet" href="${origin}/style.css">
<style>
  section + section { break-before: page; }
  body { font-family: 'Liberation Serif', serif; }
</style>
</head>
<body>
<main>
<h1>Hyvinvointisuunnitelma 2026–2029</h1>
<section><h2>Kasvuolot ja hyvinvoinnin tila</h2>${filler}
  <img src="http://example.com/x.png" alt="ulkoinen kuva">
  <img src="${origin}/tracker.png" alt="seurantapikseli">
</section>
<section><h2>Ehkäisevät toimet</h2>${filler}</section>
<section><h2>Toteuttaminen ja seuranta</h2>${filler}
  <p id="js">ei skriptejä</p>
  <script>document.getElementById('js').textContent = 'SKRIPTI AJETTIIN';</script>
</section>
</main>
</body>
</html>`;
}

describe('findChrome', () => {
  it('takes LNHS_CHROME first, when it is an executable file', () => {
    const fake = path.join(tmp, 'my-chrome');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findChrome({ LNHS_CHROME: fake, PATH: '' })).toBe(fake);
  });

  it('walks the PATH for chromium, chromium-browser, google-chrome, google-chrome-stable', () => {
    const bin1 = path.join(tmp, 'bin1');
    const bin2 = path.join(tmp, 'bin2');
    mkdirSync(bin1);
    mkdirSync(bin2);
    // not executable: skipped
    writeFileSync(path.join(bin1, 'chromium'), '');
    const chrome = path.join(bin2, 'google-chrome-stable');
    writeFileSync(chrome, '#!/bin/sh\n');
    chmodSync(chrome, 0o755);
    expect(findChrome({ PATH: [bin1, bin2].join(path.delimiter) })).toBe(chrome);
    // an LNHS_CHROME that is not an executable does not fall back to the PATH (issue 12): the
    // user chose a browser, and requireChrome says that it is not there
    expect(findChrome({ LNHS_CHROME: path.join(tmp, 'nope'), PATH: bin2 })).toBeUndefined();
    expect(findChrome({ LNHS_CHROME: path.join(bin1, 'chromium'), PATH: bin2 })).toBeUndefined();
  });

  it('finds nothing on an empty PATH and says how to install one', () => {
    expect(findChrome({ PATH: '' })).toBeUndefined();
    expect(() => requireChrome({ PATH: '' })).toThrow(ChromeNotFoundError);
    try {
      requireChrome({ PATH: '' });
    } catch (error) {
      const e = error as ChromeNotFoundError;
      expect(t(e.messageId, e.args)).toContain('chromium');
      expect(t(e.hintId, e.args)).toContain('apt-get install chromium');
      expect(t(e.hintId, e.args)).toContain('LNHS_CHROME');
      expect(t(e.hintId, e.args, 'fi')).toContain('apt-get install chromium');
    }
    const bad = new ChromeNotFoundError({ LNHS_CHROME: '/no/such/chrome' });
    expect(t(bad.messageId, bad.args)).toContain('/no/such/chrome');
  });

  it('turns the sandbox off only for root', () => {
    const options = chromeLaunchOptions('/usr/bin/chromium');
    expect(options.chromiumSandbox).toBe(process.getuid?.() !== 0);
    expect(options.args).toEqual(
      expect.arrayContaining(['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']),
    );
  });
});

describe('printPdfs', () => {
  const chrome = findChrome(process.env);

  it('finds the Chromium that .ci/run installs', () => {
    expect(chrome, 'no Chromium: apt-get install chromium, or set LNHS_CHROME').toBeDefined();
  });

  it('prints a tagged, titled A4 PDF with page numbers, offline and without scripts', async () => {
    const blocked: string[] = [];
    const files = await printPdfs(
      [
        { name: 'plan.pdf', html: threePages(), title: 'Hyvinvointisuunnitelma 2026–2029', lang: 'fi' },
        { name: 'agenda.pdf', html: threePages().replace(/Hyvinvointisuunnitelma/g, 'Esityslista'), title: 'Esityslista', lang: 'fi' },
      ],
      { chrome: chrome!, onBlocked: (name, url) => blocked.push(`${name} ${url}`) },
    );
    expect(files.map((f) => f.name)).toEqual(['plan.pdf', 'agenda.pdf']);

    const file = path.join(tmp, 'plan.pdf');
    writeFileSync(file, files[0]!.content);
    const bytes = Buffer.from(files[0]!.content);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const info = pdfinfo(file);
    expect(info.Title).toBe('Hyvinvointisuunnitelma 2026–2029');
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(3);
    const size = /([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
    expect(size, info['Page size']).not.toBeNull();
    expect(Number(size![1])).toBeCloseTo(595, -1);
    expect(Number(size![2])).toBeCloseTo(842, -1);

    const text = pdftotext(file);
    expect(text).toContain('Hyvinvointisuunnitelma 2026–2029');
    for (const heading of ['Kasvuolot ja hyvinvoinnin tila', 'Ehkäisevät toimet', 'Toteuttaminen ja seuranta']) {
      expect(text).toContain(heading);
    }
    // the footer: "1 / 3" … "3 / 3"
    const pages = Number(info.Pages);
    for (let p = 1; p <= pages; p++) expect(text).toMatch(new RegExp(`\\b${p}\\s*/\\s*${pages}\\b`));
    // JavaScript is off while printing
    expect(text).toContain('ei skriptejä');
    expect(text).not.toContain('SKRIPTI AJETTIIN');

    // the second document went through the same browser and has its own title
    const agenda = path.join(tmp, 'agenda.pdf');
    writeFileSync(agenda, files[1]!.content);
    expect(pdfinfo(agenda).Title).toBe('Esityslista 2026–2029');
    expect(pdfinfo(agenda).Tagged).toBe('yes');

    // nothing left the page: the loopback server saw no request, and the refusals were reported
    expect(hits).toEqual([]);
    expect(blocked).toEqual(
      expect.arrayContaining([
        'plan.pdf http://example.com/x.png',
        `plan.pdf ${origin}/tracker.png`,
        `plan.pdf ${origin}/style.css`,
      ]),
    );
  });

  it('writes the language and an outline from the headings into the PDF', async () => {
    const [file] = await printPdfs([{ name: 'plan.pdf', html: threePages(), title: 'Suunnitelma', lang: 'fi' }], {
      chrome: chrome!,
    });
    const raw = Buffer.from(file!.content).toString('latin1');
    expect(raw).toMatch(/\/Lang\s*\(fi\)/);
    expect(raw).toMatch(/\/Outlines\s+\d+ 0 R/);
  });

  it('reports a Chromium that does not start as a PdfPrintError naming the document', async () => {
    const fake = path.join(tmp, 'broken-chrome');
    writeFileSync(fake, '#!/bin/sh\nexit 3\n');
    chmodSync(fake, 0o755);
    await expect(printPdfs([{ name: 'plan.pdf', html: '<p>x</p>', title: 'x', lang: 'fi' }], { chrome: fake })).rejects.toMatchObject({
      name: 'PdfPrintError',
      messageId: 'pdf.failed',
      args: { name: 'plan.pdf', chrome: fake },
    });
  });
});

describe('the example plan as PDF', () => {
  it('holds the title and every required legal heading on at least two tagged A4 pages', async () => {
    const example = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../plans/example');
    const { merged } = await prepareWorkspace(example);
    expect(merged).toBeDefined();
    const { files } = await render(merged!, { formats: ['html'] });
    const docs = files
      .filter((f) => f.name.endsWith('.html'))
      .map((f) => {
        const html = String(f.content);
        const title = /<title>([^<]*)<\/title>/.exec(html)![1]!.replace(/&amp;/g, '&');
        return { name: f.name.replace(/\.html$/, '.pdf'), html, title, lang: merged!.plan.language };
      });
    expect(docs.map((d) => d.name).sort()).toEqual(['agenda.pdf', 'plan.pdf']);
    const pdfs = await printPdfs(docs, { chrome: findChrome(process.env)! });

    for (const [i, pdf] of pdfs.entries()) {
      const file = path.join(tmp, `example-${pdf.name}`);
      writeFileSync(file, pdf.content);
      const info = pdfinfo(file);
      expect(info.Title, pdf.name).toBe(docs[i]!.title);
      expect(info.Tagged, pdf.name).toBe('yes');
      expect(info['Page size'], pdf.name).toMatch(/\(A4\)$/);
      const text = pdftotext(file).replace(/\s+/g, ' ');
      expect(text, pdf.name).toContain(docs[i]!.title.replace(/\s+/g, ' '));
      const pages = Number(info.Pages);
      // every page but the cover has "n / N" in its footer (issue 14)
      for (let p = 2; p <= pages; p++) expect(text, pdf.name).toMatch(new RegExp(`\\b${p}\\s*/\\s*${pages}\\b`));
      expect(text, pdf.name).not.toMatch(new RegExp(`\\b1\\s*/\\s*${pages}\\b`));
      if (pdf.name === 'plan.pdf') {
        expect(pages).toBeGreaterThanOrEqual(2);
        for (const id of REQUIRED_SECTIONS[merged!.plan.kind]) {
          expect(text, `legal heading ${id}`).toContain(SECTION_HEADINGS[merged!.plan.language][id]);
        }
      }
    }
  });
});
