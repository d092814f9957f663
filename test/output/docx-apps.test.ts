// plan.docx and agenda.docx of the example as their readers get them (issue 15): written by
// `lnhs generate --format docx`, they open and convert in LibreOffice (Debian's
// libreoffice-writer-nogui, which `npm test` installs as it installs Chromium) and read like the
// PDF, and they round-trip through mammoth to HTML with the plan's headings and tables.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import { LABELS } from '../../src/render/labels/index.js';
import { EXAMPLE, tempDir } from '../core/example.js';
import { runCli } from '../helpers/cli.js';
import { pdfinfo } from '../helpers/pdfinfo.js';

const fi = LABELS.fi;
const out = tempDir('lnhs-docx-');

beforeAll(async () => {
  const run = await runCli(['generate', EXAMPLE, '--format', 'md,docx', '--out', out]);
  expect(run.code, run.stderr).toBe(0);
}, 60_000);

/** `soffice` converts both files in one start: its start is most of the time. */
function convertWithLibreOffice(files: string[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  // a profile of its own, so that a LibreOffice the user has open is not asked to do the work
  const profile = `file://${path.join(outDir, 'profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 170_000,
  });
}

const pages = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());

describe('in LibreOffice', () => {
  const pdfDir = path.join(out, 'pdf');
  beforeAll(() => convertWithLibreOffice([path.join(out, 'plan.docx'), path.join(out, 'agenda.docx')], pdfDir), 180_000);

  it('the plan converts to an A4 PDF with its title, headings and page numbers', () => {
    const pdf = path.join(pdfDir, 'plan.pdf');
    expect(existsSync(pdf)).toBe(true);
    const info = pdfinfo(pdf);
    expect(info.Title).toBe('Järvilahden lasten ja nuorten hyvinvointisuunnitelma 2027–2030');
    expect(info.Author).toBe('Järvilahti');
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pages(pdf);
    expect(text.length).toBeGreaterThan(2);
    const all = text.join('\n');
    for (const heading of [fi['swot.heading'], fi['swot.strengths'], fi['swot.threats'], SECTION_HEADINGS.fi.wellbeing_status, fi['actions.heading']]) {
      expect(all).toContain(heading);
    }
    // the footer's `page (pages)` on every page
    text.forEach((page, i) => expect(page).toContain(`${i + 1} (${text.length})`));
  });

  it('each agenda item starts a page of its own, with its boards’ § lines', () => {
    const pdf = path.join(pdfDir, 'agenda.pdf');
    const text = pages(pdf);
    const itemPages = text.filter((p) => /^\s*Esityslista \d+\.\d+\.\d{4}\s*\n+\s*\d+\. /.test(p));
    // every item page starts with the header and then the item's heading
    const items = readFileSync(path.join(out, 'agenda.md'), 'utf8').match(/^### \d+\. .*$/gm) ?? [];
    expect(items.length).toBeGreaterThan(3);
    expect(itemPages.length).toBeGreaterThanOrEqual(items.length);
    for (const page of itemPages.slice(0, items.length)) expect(page).toMatch(/§/);
  });
});

describe('through mammoth', () => {
  it('the plan becomes HTML with its headings, tables and header rows', async () => {
    const { value: html } = await mammoth.convertToHtml({ path: path.join(out, 'plan.docx') });
    const headings = [...html.matchAll(/<h([1-6])>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings[0]).toBe('1 Järvilahden lasten ja nuorten hyvinvointisuunnitelma 2027–2030');
    expect(headings).toContain(`2 ${fi['swot.heading']}`);
    for (const q of ['strengths', 'weaknesses', 'opportunities', 'threats'] as const) expect(headings).toContain(`3 ${fi[`swot.${q}`]}`);
    expect(headings).toContain(`3 ${fi['actions.heading']}`);
    // the SWOT matrix and three tables with header rows (indicators, actions, steering group, inputs)
    expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain(`<th><p><strong>${fi['actions.goal']}</strong></p></th>`);
    expect(html).toMatch(/<a href="https:\/\/[^"]+">/);
  });

  it('the agenda becomes HTML with its items as headings', async () => {
    const { value: html } = await mammoth.convertToHtml({ path: path.join(out, 'agenda.docx') });
    expect(html).toMatch(/<h1>[^<]*yhteinen kokous<\/h1>/);
    expect(html).toContain(`<h2>${fi['agenda.items']}</h2>`);
    expect(html.match(/<h3>\d+\. /g)?.length).toBeGreaterThan(3);
  });
});
