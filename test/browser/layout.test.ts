// A plan that looks published (issue 14), measured in the real browser: in plan.html and
// agenda.html of the example and of a joint plan of four municipalities,
//   - no word or number of a table cell or a heading breaks across lines, at 1280 px, at 390 px and
//     in print media (at the width of an A4 page's text, landscape for wide tables): each word is
//     measured with Range.getClientRects;
//   - the page never scrolls sideways on a phone: a wide table scrolls in its own region;
//   - the contents stay at hand beside the text on a wide screen (a sticky sidebar);
// and in the printed PDFs, no heading is the last thing on a page, the cover has no header or
// footer, the contents page has the page numbers where the headings landed, and the PDF stays
// tagged, with an outline and its language.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/output/chrome.js';
import { destinationPages } from '../../src/output/pdf-pages.js';
import { printPdfs } from '../../src/output/pdf.js';
import { prepareWorkspace } from '../../src/pipeline.js';
import { render } from '../../src/render/index.js';
import { EXAMPLE, JOINT } from '../core/example.js';
import { launchChromium } from '../helpers/browser.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-layout-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function pages(dir: string): Promise<Map<string, string>> {
  const { merged, diagnostics } = await prepareWorkspace(dir);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { files } = await render(merged!, { formats: ['html'] });
  return new Map(files.filter((f) => f.name.endsWith('.html')).map((f) => [f.name, String(f.content)]));
}

/** A4's text width at 18 mm side margins, in CSS px (96 per inch): portrait and landscape. */
const A4_TEXT = { portrait: Math.floor(((210 - 36) / 25.4) * 96), landscape: Math.floor(((297 - 36) / 25.4) * 96) };

interface Broken {
  where: string;
  word: string;
  lines: number;
}

/**
 * Every word of the table cells and headings (`scope` selects which: inside wide tables or not)
 * that the browser laid out on more than one line. A line may end after a hyphen, a dash or a
 * slash ("Vapaa-|aikalautakunta", "2027–|2030"): those are the places a word may break.
 */
function brokenWords(page: Page, scope: 'all' | 'wide' | 'narrow'): Promise<Broken[]> {
  return page.evaluate((scope) => {
    const out: { where: string; word: string; lines: number }[] = [];
    const inWide = (el: Element) => el.closest('.table-wide') !== null || el.matches(':is(h2,h3,h4,h5,h6):has(+ .table-wide)');
    for (const el of Array.from(document.querySelectorAll('th, td, h1, h2, h3, h4, h5, h6, .toc-text'))) {
      if (scope === 'wide' && !inWide(el)) continue;
      if (scope === 'narrow' && inWide(el)) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const m of node.data.matchAll(/[^\s\-\u2010\u2013\u2014/]+[-\u2010\u2013\u2014/]*/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set<number>();
          for (const r of Array.from(range.getClientRects())) if (r.width > 0) tops.add(Math.round(r.top / 3));
          if (tops.size > 1) out.push({ where: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}"`, word: m[0], lines: tops.size });
        }
      }
    }
    return out;
  }, scope);
}

const WORKSPACES = [
  ['the example', EXAMPLE],
  ['a joint plan of four municipalities', JOINT],
] as const;

describe.each(WORKSPACES)('%s', (_name, dir) => {
  let html: Map<string, string>;
  beforeAll(async () => {
    html = await pages(dir);
  });

  it('breaks no word of a table cell or heading at 1280 px, at 390 px or in A4 print', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    try {
      const page = await context.newPage();
      const found: string[] = [];
      for (const [name, doc] of html) {
        const file = path.join(tmp, `${path.basename(dir)}-${name}`);
        writeFileSync(file, doc);
        const runs = [
          { label: '1280 px', media: 'screen', width: 1280, scope: 'all' },
          { label: '390 px', media: 'screen', width: 390, scope: 'all' },
          { label: 'print, portrait', media: 'print', width: A4_TEXT.portrait, scope: 'narrow' },
          { label: 'print, landscape', media: 'print', width: A4_TEXT.landscape, scope: 'wide' },
        ] as const;
        for (const run of runs) {
          await page.setViewportSize({ width: run.width, height: 900 });
          await page.emulateMedia({ media: run.media });
          await page.goto(`file://${file}`);
          const broken = await brokenWords(page, run.scope);
          found.push(...broken.map((b) => `${name} at ${run.label}: "${b.word}" on ${b.lines} lines in ${b.where}`));
          if (run.media === 'screen') {
            // the page itself never scrolls sideways: a wide table scrolls in its region
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${name} at ${run.label}: the page scrolls sideways`).toBeLessThanOrEqual(0);
          } else {
            // nothing is wider than the printed page: it would be cut off
            const wider = await page.evaluate((scope) =>
              Array.from(document.querySelectorAll('table'))
                .filter((t) => (scope === 'wide') === (t.closest('.table-wide') !== null))
                .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .map((t) => t.getAttribute('aria-labelledby')), run.scope);
            expect(wider, `${name} at ${run.label}: tables wider than the page`).toEqual([]);
          }
        }
      }
      expect(found, found.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('puts wide tables in a focusable, labelled scroll region, and keeps the contents beside the text on a wide screen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    try {
      const page = await context.newPage();
      const doc = html.get('plan.html')!;
      const file = path.join(tmp, `${path.basename(dir)}-regions.html`);
      writeFileSync(file, doc);
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`file://${file}`);
      const regions = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.table-scroll')).map((r) => ({
          role: r.getAttribute('role'),
          tabindex: r.getAttribute('tabindex'),
          label: document.getElementById(r.getAttribute('aria-labelledby') ?? '')?.textContent ?? null,
          scrolls: r.scrollWidth > r.clientWidth,
          wide: r.classList.contains('table-wide'),
        })),
      );
      expect(regions.length).toBeGreaterThanOrEqual(3);
      for (const r of regions) expect(r, JSON.stringify(r)).toMatchObject({ role: 'region', tabindex: '0', label: expect.any(String) });
      // the action plan is too wide for a phone: it scrolls in its region instead of being crushed
      expect(regions.some((r) => r.wide && r.scrolls)).toBe(true);

      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      const nav = await page.evaluate(() => {
        const box = document.getElementById('toc')!.getBoundingClientRect();
        const content = document.getElementById('content')!.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, right: box.right, contentLeft: content.left, lineWidth: content.width };
      });
      // halfway down the page the contents are still in view, left of the text
      expect(nav.top).toBeGreaterThanOrEqual(0);
      expect(nav.top).toBeLessThan(800);
      expect(nav.right).toBeLessThanOrEqual(nav.contentLeft);
      // a readable line: at most about 80 characters of 16 px text
      expect(nav.lineWidth).toBeLessThanOrEqual(48 * 16 + 1);
    } finally {
      await context.close();
    }
  });

  it('shows the SWOT as a four-field matrix: strengths beside weaknesses, opportunities beside threats, at every width and in print (issue 14)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    try {
      const page = await context.newPage();
      const file = path.join(tmp, `${path.basename(dir)}-swot.html`);
      writeFileSync(file, html.get('plan.html')!);
      for (const run of [
        { media: 'screen', width: 1280 },
        { media: 'screen', width: 390 },
        { media: 'print', width: A4_TEXT.portrait },
      ] as const) {
        await page.setViewportSize({ width: run.width, height: 900 });
        await page.emulateMedia({ media: run.media });
        await page.goto(`file://${file}`);
        const fields = await page.evaluate(() =>
          Array.from(document.querySelectorAll('table.swot-matrix td')).map((td) => {
            const r = td.getBoundingClientRect();
            const header = document.getElementById(td.getAttribute('headers') ?? '');
            return { left: Math.round(r.left), top: Math.round(r.top), width: r.width, header: header?.textContent ?? null, items: td.querySelectorAll('li').length };
          }),
        );
        const where = `${run.media} ${run.width}`;
        expect(fields.map((f) => f.header), where).toEqual(['Vahvuudet', 'Heikkoudet', 'Mahdollisuudet', 'Uhat']);
        expect(fields.every((f) => f.items > 0), where).toBe(true);
        const [s, w, o, t] = fields as [(typeof fields)[0], (typeof fields)[0], (typeof fields)[0], (typeof fields)[0]];
        // side by side in a row, the second pair below the first
        expect([s.top === w.top, s.left < w.left, o.top === t.top, o.left < t.left, o.top > s.top], where).toEqual([true, true, true, true, true]);
        // fields wide enough for a line of words: about 14 characters at the least
        expect(Math.min(...fields.map((f) => f.width)), where).toBeGreaterThan(150);
        if (run.media === 'print') {
          const right = await page.evaluate(() => document.querySelector('table.swot-matrix')!.getBoundingClientRect().right);
          expect(right, 'the matrix fits the printed page').toBeLessThanOrEqual(run.width + 1);
        }
      }
    } finally {
      await context.close();
    }
  });

  it('prints PDFs with a cover, numbered contents, no heading at the foot of a page, tagged with an outline and lang', async () => {
    const { merged } = await prepareWorkspace(dir);
    const docs = [...html].map(([name, doc]) => ({
      name: name.replace(/\.html$/, '.pdf'),
      html: doc,
      title: /<title>([^<]*)<\/title>/.exec(doc)![1]!,
      lang: merged!.plan.language,
    }));
    const pdfs = await printPdfs(docs, { chrome: findChrome(process.env)! });
    for (const [i, pdf] of pdfs.entries()) {
      const doc = docs[i]!;
      const file = path.join(tmp, `${path.basename(dir)}-${pdf.name}`);
      writeFileSync(file, pdf.content);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info, pdf.name).toMatch(/Tagged:\s+yes/);
      const raw = Buffer.from(pdf.content).toString('latin1');
      expect(raw, pdf.name).toMatch(new RegExp(`/Lang\\s*\\(${merged!.plan.language}\\)`));
      expect(raw, pdf.name).toMatch(/\/Outlines\s+\d+ 0 R/);

      const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, count);
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      // the cover: no running header, no page number
      expect(text[0], `${pdf.name} cover`).not.toMatch(/\b1 \/ \d+\b/);

      // headings, and paragraphs that are one bold phrase ("Päätösehdotus:"), as the PDF shows them
      const headings = [...doc.html.matchAll(/<(h[2-6])[^>]*>([\s\S]*?)<\/\1>|<p><strong>([^<]*)<\/strong><\/p>/g)].map((m) =>
        norm((m[2] ?? m[3]!).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"')),
      );
      expect(headings.length).toBeGreaterThan(3);
      const title = norm(doc.title.replace(/&amp;/g, '&'));
      for (let p = 2; p <= count; p++) {
        let body = norm(text[p - 1]!);
        // the running header (title, state) first and "p / N" last are the page's furniture
        expect(body.startsWith(title), `${pdf.name} page ${p} header`).toBe(true);
        const footer = new RegExp(`\\b${p} ?/ ?${count}$`);
        expect(body, `${pdf.name} page ${p} footer`).toMatch(footer);
        body = body.replace(footer, '').trim();
        const last = headings.find((h) => body.endsWith(h));
        expect(last, `${pdf.name} page ${p} ends with the heading "${last}"`).toBeUndefined();
      }

      // the contents page lists each h2 and h3 with the page it landed on
      const dests = destinationPages(pdf.content);
      // (laid out as on the page: plain reading order may put a number before a long entry's text)
      const contents = norm(execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }));
      const entries = [...doc.html.matchAll(/<a href="#([^"]+)"><span class="toc-text">([^<]*)<\/span>/g)];
      expect(entries.length).toBeGreaterThan(3);
      for (const [, id, label] of entries) {
        const page = dests.get(id!);
        expect(page, `${pdf.name}: where did #${id} land?`).toBeGreaterThan(2);
        expect(contents, `${pdf.name}: contents entry ${label}`).toContain(`${norm(label!.replace(/&amp;/g, '&'))} ${page}`);
        expect(norm(text[page! - 1]!), `${pdf.name}: "${label}" on page ${page}`).toContain(norm(label!.replace(/&amp;/g, '&')));
      }
    }
  }, 180_000);
});

// A big joint plan (issue 14 item 2): contents long enough for two pages push every chapter one
// page on; the first print has the whole contents already (with placeholders), so the numbers
// read from it are the final pages. Checked on the four-municipality fixture with 30 more chapters.
describe('a plan whose contents take more than one page', () => {
  it('numbers every contents entry with the page its heading is on', async () => {
    const dir = path.join(tmp, 'long-contents');
    cpSync(JOINT, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
    const chapters = Array.from({ length: 30 }, (_, i) =>
      [
        `  - title: Lisäluku ${i + 1} kuntien yhteisestä työstä`,
        '    text: |',
        `      Luvun ${i + 1} johdanto.`,
        '',
        `      # Alaluku ${i + 1}.1`,
        '',
        '      Tekstiä.',
        '',
        `      # Alaluku ${i + 1}.2`,
        '',
        '      Tekstiä.',
      ].join('\n'),
    );
    const planFile = path.join(dir, 'plan.yaml');
    writeFileSync(planFile, `${readFileSync(planFile, 'utf8').trimEnd()}\nchapters:\n${chapters.join('\n')}\n`);
    const doc = (await pages(dir)).get('plan.html')!;
    const entries = [...doc.matchAll(/<a href="#([^"]+)"><span class="toc-text">([^<]*)<\/span>/g)].map((m) => ({ id: m[1]!, label: m[2]!.replace(/&amp;/g, '&') }));
    expect(entries.length).toBeGreaterThan(100);

    const [pdf] = await printPdfs([{ name: 'plan.pdf', html: doc, title: 'plan', lang: 'fi' }], { chrome: findChrome(process.env)! });
    const file = path.join(tmp, 'long-contents.pdf');
    writeFileSync(file, pdf!.content);
    const dests = destinationPages(pdf!.content);
    const first = dests.get(entries[0]!.id)!;
    // the cover, then at least two pages of contents
    expect(first).toBeGreaterThanOrEqual(4);
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const contents = norm(execFileSync('pdftotext', ['-layout', '-f', '2', '-l', String(first - 1), file, '-'], { encoding: 'utf8' }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
    for (const { id, label } of entries) {
      const page = dests.get(id);
      expect(page, `where did #${id} land?`).toBeGreaterThanOrEqual(first);
      expect(contents, `contents entry ${label}`).toContain(`${norm(label)} ${page}`);
      expect(norm(text[page! - 1]!), `"${label}" on page ${page}`).toContain(norm(label));
    }
  }, 180_000);
});

/** The pixels of one PDF page, from pdftoppm at 20 dpi. */
function pagePixels(file: string, page: number): { width: number; height: number; red: (x0: number, y0: number, x1: number, y1: number) => number } {
  const ppm = execFileSync('pdftoppm', ['-r', '20', '-f', String(page), '-l', String(page), '-singlefile', file]);
  const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, height, start] = [Number(head[1]), Number(head[2]), head[0].length];
  return {
    width,
    height,
    /** how many pure red pixels (the test logo's colour) lie in the rectangle */
    red(x0, y0, x1, y1) {
      let n = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const i = start + (y * width + x) * 3;
          if (ppm[i]! > 200 && ppm[i + 1]! < 80 && ppm[i + 2]! < 80) n++;
        }
      return n;
    },
  };
}

// A house logo (issue 14 item 4: "appears on the cover and in the header"): templates/logo.svg
// on the cover and, from the second page on, in the running header left of the title.
describe('a workspace logo', () => {
  it('is printed on the cover and in the header of the other pages, never in the cover\'s header', async () => {
    const dir = path.join(tmp, 'logo');
    cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
    mkdirSync(path.join(dir, 'templates'), { recursive: true });
    writeFileSync(
      path.join(dir, 'templates', 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#ff0000"/></svg>',
    );
    const doc = (await pages(dir)).get('plan.html')!;
    const [pdf] = await printPdfs([{ name: 'plan.pdf', html: doc, title: 'plan', lang: 'fi' }], { chrome: findChrome(process.env)! });
    const file = path.join(tmp, 'logo.pdf');
    writeFileSync(file, pdf!.content);
    for (const page of [1, 2, 3, 10]) {
      const px = pagePixels(file, page);
      // the top margin (22 mm of 297) is the header; its left half holds the logo and the title
      const band = Math.floor((px.height * 22) / 297);
      const header = px.red(0, 0, Math.floor(px.width / 2), band);
      const body = px.red(0, band, px.width, px.height);
      if (page === 1) {
        expect(header, 'no header on the cover').toBe(0);
        expect(body, 'the logo on the cover').toBeGreaterThan(20);
      } else {
        expect(header, `the logo in the header of page ${page}`).toBeGreaterThan(5);
        expect(body, `no logo in the text of page ${page}`).toBe(0);
      }
    }
  }, 120_000);
});
