// The page shell of issue 14: the cover's state line, the printed header (with the logo) and
// footer as CSS page margin boxes, and a workspace's house style (templates/style.css, templates/logo.svg|png),
// which can change the look but cannot put script or markup into the page.
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGED_MEDIA_META as PDF_META } from '../../src/output/pdf-pages.js';
import { PAGED_MEDIA_META, REPLACE_MARK, cssString, htmlPage, styleText } from '../../src/render/html.js';
import { LABELS } from '../../src/render/labels/index.js';
import { documentState, loadTemplates, render } from '../../src/render/index.js';
import { formatter } from '../../src/render/format.js';
import { pngRatio, svgRatio } from '../../src/render/house-files.js';
import { BASE_CSS } from '../../src/render/style.js';
import { testdir } from '../helpers/testdir.js';
import { mergedPlan } from './fixtures.js';
import { file } from './helpers.js';

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function planHtml(templatesDir?: string, plan = mergedPlan()): Promise<{ html: string; diagnostics: unknown[] }> {
  const { files, diagnostics } = await render(plan, { formats: ['html'], ...(templatesDir ? { templatesDir } : {}) });
  return { html: file(files, 'plan.html'), diagnostics };
}

describe('the printed page', () => {
  it('marks the page as one that sets its own print pages, with the marker output/pdf.ts looks for', async () => {
    expect(PAGED_MEDIA_META).toBe(PDF_META);
    const { html } = await planHtml();
    expect(html).toContain(PAGED_MEDIA_META);
  });

  it('has the title and state in the running header, "n / N" in the footer, and none on the cover', async () => {
    const { html } = await planHtml();
    expect(html).toMatch(/@page \{ @top-left \{ content: "[^"]+"; \} @top-right \{ content: "Luonnos"; \} @bottom-right \{ content: counter\(page\) " \/ " counter\(pages\); \} \}/);
    expect(html).toContain('@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }');
    // the state once on the cover: the plan's title block has it, so the page adds no second line
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    expect(cover.match(/Luonnos/g)).toHaveLength(1);
    expect(cover).not.toContain('doc-state');
  });

  it('adds the state to a cover whose template does not write it', () => {
    const page = (body: string) =>
      htmlPage({ lang: 'fi', title: 'Suunnitelma', body, headings: [], labels: LABELS.fi, state: 'Ehdotus 1.12.2026' });
    const without = page('<h1>Suunnitelma</h1>\n<h2 id="a">A</h2>\n');
    expect(without).toContain('<p class="doc-state">Ehdotus 1.12.2026</p>');
    const withIt = page('<h1>Suunnitelma</h1>\n<p><strong>Ehdotus 1.12.2026</strong></p>\n<h2 id="a">A</h2>\n');
    expect(withIt).not.toContain('<p class="doc-state">');
  });

  it('shows the plan\'s state and date in its language (issue 11 adds them to plan.yaml)', () => {
    const plan = mergedPlan();
    (plan.plan as unknown as Record<string, unknown>).state = 'approved';
    (plan.plan as unknown as Record<string, unknown>).date = '2027-01-25';
    expect(documentState(plan, formatter('fi'))).toBe('Hyväksytty 25.1.2027');
    expect(documentState(plan, formatter('sv'))).toMatch(/^Godkänd 25\.1\.2027$/);
    (plan.plan as unknown as Record<string, unknown>).state = 'proposal';
    delete (plan.plan as unknown as Record<string, unknown>).date;
    expect(documentState(plan, formatter('en'))).toBe('Proposal');
  });

  it('writes any text as a CSS string that nothing can close or leave', () => {
    expect(cssString('Suunnitelma 2027–2030')).toBe('"Suunnitelma 2027–2030"');
    const hostile = cssString('a"; } body { display: none } </style><script>x</script>\\\n');
    expect(hostile.slice(1, -1)).not.toMatch(/["<>\n]/);
    expect(hostile).toContain('\\22 ');
    expect(hostile).toContain('\\3c ');
    expect(hostile).toContain('\\5c ');
  });

  it('uses the same words in the header as the <title>, escaped', async () => {
    const plan = mergedPlan();
    plan.plan.title = 'Plan "x" </style><script>alert(1)</script>';
    const { html } = await planHtml(undefined, plan);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).not.toMatch(/<\/?script/i);
    expect(style).toContain('@top-left { content: "Plan \\22 x\\22  \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "; }');
  });
});

describe('a workspace house style', () => {
  it('adds templates/style.css after the built-in stylesheet, so that its rules win', async () => {
    const dir = testdir({ 'style.css': 'h1 { color: #7a0019; }\n' });
    const { html, diagnostics } = await planHtml(dir);
    expect(diagnostics).toEqual([]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).toContain(BASE_CSS);
    expect(style.indexOf('h1 { color: #7a0019; }')).toBeGreaterThan(style.indexOf(BASE_CSS));
  });

  it(`replaces it when the first line is ${REPLACE_MARK}`, async () => {
    const dir = testdir({ 'style.css': `${REPLACE_MARK}\nbody { font-family: serif; }\n` });
    const { html } = await planHtml(dir);
    expect(html).not.toContain(BASE_CSS);
    expect(html).toContain('body { font-family: serif; }');
    // the page furniture (header, footer, no furniture on the cover) stays
    expect(html).toContain('counter(page) " / " counter(pages)');
  });

  it('cannot close the <style> element from the stylesheet', async () => {
    const dir = testdir({ 'style.css': 'p { color: red } </style><script>window.__pwned=1</script><style>\n' });
    const { html } = await planHtml(dir);
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    expect(styleText('a::before { content: "</STYLE>" }')).toBe('a::before { content: "\\3c /STYLE>" }');
  });

  it('puts templates/logo.svg on the cover as an <img> data URI, so that its script cannot run', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    const dir = testdir({ 'logo.svg': svg });
    const { html, diagnostics } = await planHtml(dir);
    expect(diagnostics).toEqual([]);
    const img = /<img class="logo" src="([^"]+)" alt="">/.exec(html);
    expect(img).not.toBeNull();
    expect(img![1]).toBe(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
    // inside the cover, before the title
    expect(html.indexOf('<header class="cover">')).toBeLessThan(html.indexOf('<img class="logo"'));
    expect(html.indexOf('<img class="logo"')).toBeLessThan(html.indexOf('<h1'));
    expect(html).not.toMatch(/<script/i);
  });

  it('draws the logo in the running header, left of the title, as a data: URI sized from its proportions (issue 14 item 4)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#0b5394"/></svg>';
    const { html } = await planHtml(testdir({ 'logo.svg': svg }));
    const uri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    // 4 : 1 at 7 mm high is 28 mm wide; the title starts 3 mm after it
    expect(html).toMatch(
      new RegExp(`@page \\{ @top-left \\{ content: "[^"]+"; background: url\\("${uri.replace(/[+/.]/g, '\\$&')}"\\) no-repeat left bottom 3mm / 28mm 7mm; padding-left: 31mm; \\}`),
    );
    // the cover has none: a margin box without content is not drawn, nor its background
    expect(html).toContain('@page :first { @top-left { content: none; }');
    // the page asks for nothing: its only url() is the logo's data: URI (html.test.ts: no url( without a logo)
    expect([...html.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual([`"${uri}"`]);

    // a wide logo is at most 40 mm wide, and lower; a logo that tells no size is taken as 3 : 1
    const wide = await planHtml(testdir({ 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 50"></svg>' }));
    expect(wide.html).toContain('/ 40mm 2mm; padding-left: 43mm; }');
    const unknown = await planHtml(testdir({ 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"></svg>' }));
    expect(unknown.html).toContain('/ 21mm 7mm; padding-left: 24mm; }');
    const png = await planHtml(testdir({ 'logo.png': PNG_1PX }));
    expect(png.html).toContain('/ 7mm 7mm; padding-left: 10mm; }');
    // without a logo the header is the title alone
    const plain = (await planHtml()).html;
    expect(plain).not.toContain('background: url');
    expect(plain).toMatch(/@page \{ @top-left \{ content: "[^"]+"; \} @top-right/);
  });

  it('reads a logo\'s proportions from the PNG header or the SVG root element', () => {
    expect(pngRatio(PNG_1PX)).toBe(1);
    const png = Buffer.from(PNG_1PX);
    png.writeUInt32BE(300, 16);
    png.writeUInt32BE(100, 20);
    expect(pngRatio(png)).toBe(3);
    expect(pngRatio(Buffer.from('\x89PNG\r\n\x1a\n'))).toBeUndefined();
    expect(svgRatio('<svg width="120mm" height="40mm">')).toBe(3);
    expect(svgRatio("<svg height='20' width='50' viewBox='0 0 1 1'>")).toBe(2.5);
    // different units, or percentages: the viewBox decides
    expect(svgRatio('<svg width="10cm" height="50px" viewBox="0, 0, 400, 100">')).toBe(4);
    expect(svgRatio('<svg width="100%" height="100%">')).toBeUndefined();
    expect(svgRatio('<svg viewBox="0 0 0 10">')).toBeUndefined();
    expect(svgRatio('no svg')).toBeUndefined();
  });

  it('takes templates/logo.png when there is no SVG, and warns about a file that is no image', async () => {
    const png = testdir({ 'logo.png': PNG_1PX });
    expect((await planHtml(png)).html).toContain(`src="data:image/png;base64,${PNG_1PX.toString('base64')}"`);

    const bad = testdir({ 'logo.png': 'GIF89a not a png', 'logo.svg': '<html><body>no svg</body></html>' });
    const set = await loadTemplates(bad);
    expect(set.house).toBeUndefined();
    expect(set.diagnostics.map((d) => [d.severity, d.code, path.basename(d.file)])).toEqual([
      ['warning', 'template', 'logo.svg'],
      ['warning', 'template', 'logo.png'],
    ]);
  });

  it('refuses a logo larger than 1 MB and a stylesheet reached through a link out of the folder', async () => {
    const outside = testdir({ 'evil.css': 'body { display: none }' });
    const dir = testdir({ 'logo.svg': `<svg>${'x'.repeat(1024 * 1024)}</svg>` });
    symlinkSync(path.join(outside, 'evil.css'), path.join(dir, 'style.css'));
    const set = await loadTemplates(dir);
    expect(set.house).toBeUndefined();
    expect(set.diagnostics.map((d) => [d.severity, path.basename(d.file)]).sort()).toEqual([
      ['warning', 'logo.svg'],
      ['warning', 'style.css'],
    ]);
    writeFileSync(path.join(dir, 'logo.svg'), '<svg></svg>');
    expect((await loadTemplates(dir)).house?.logo?.uri).toMatch(/^data:image\/svg\+xml;base64,/);
  });
});
