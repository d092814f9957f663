import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { isSafeHref, slugify } from '../../src/render/house-style.js';
import { markdownToHtml } from '../../src/render/markdown.js';
import { hostilePlan, mergedPlan } from './fixtures.js';
import { file } from './helpers.js';

/** The tags of an HTML text with their attributes (names lowercased, values unquoted). */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
  const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  const ATTR = /\s+([^\s=>\/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;
  return [...html.matchAll(TAG)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(ATTR)].map((a): [string, string] => [a[1]!.toLowerCase(), (a[2] ?? '').replace(/^["']|["']$/g, '')]),
  }));
}

/** No element or attribute that would make text into active markup or load anything. */
function assertInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  const main = html.includes('<main') ? html.slice(html.indexOf('<main')) : html;
  for (const tag of tags(main))
    expect(['script', 'img', 'iframe', 'object', 'embed', 'style', 'link', 'form', 'input', 'base', 'meta']).not.toContain(tag.name);
  for (const tag of tags(html)) {
    if (tag.name === 'svg') expect(tag.attrs[0]).toEqual(['class', 'trend']);
    for (const [name, value] of tag.attrs) {
      expect(name).not.toMatch(/^on/); // onerror=, onload=
      expect(['src', 'srcset', 'formaction', 'style', 'xlink:href']).not.toContain(name);
      if (name === 'href') expect(value).toMatch(/^(#|https?:\/\/|mailto:|data:,$)/);
    }
  }
}

describe('text from inputs never becomes markup (SPEC 8)', () => {
  it('in plan.html and agenda.html', async () => {
    const { files, diagnostics } = await render(hostilePlan(), { formats: ['md', 'html'] });
    expect(diagnostics).toEqual([]);
    for (const name of ['plan.html', 'agenda.html']) {
      const html = file(files, name);
      assertInert(html);
      // shown as text instead
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('(the check itself catches active markup)', () => {
    for (const bad of ['<script>x</script>', '<p><img src=x onerror=alert(1)></p>', '<a href="javascript:alert(1)">x</a>', '<b onclick="x">y</b>', "<a href='JaVaScRiPt:x'>y</a>"])
      expect(() => assertInert(`<main>${bad}</main>`), bad).toThrow();
    assertInert('<main><p>&lt;img src=x onerror=alert(1)&gt;</p><a href="https://x.fi">x</a></main>');
  });

  it('in plan.md and agenda.md, which other Markdown renderers may show', async () => {
    const { files } = await render(hostilePlan(), { formats: ['md'] });
    for (const name of ['plan.md', 'agenda.md']) {
      const md = file(files, name);
      // every `<` of the input is escaped, so no renderer sees an HTML tag
      expect(md).not.toMatch(/(^|[^\\])<(script|img|a|svg|iframe|!--)/im);
      // …and it renders inert with a CommonMark renderer
      assertInert(markdownToHtml(md).html);
    }
  });

  it('keeps inline Markdown and http, https and mailto links in item texts', async () => {
    const merged = mergedPlan();
    merged.swot.threats.push({
      key: 'x',
      text: 'Katso *tärkeä* [ohje](https://example.fi/ohje), [posti](mailto:a@example.fi) ja [paha](javascript:alert(1)) sekä [suhteellinen](../x)',
      notes: [],
      boards: ['perusturva'],
      sources: [],
      shared: false,
    });
    const html = file((await render(merged, { formats: ['html'], only: 'plan' })).files, 'plan.html');
    expect(html).toContain('Katso <em>tärkeä</em> <a href="https://example.fi/ohje">ohje</a>, <a href="mailto:a@example.fi">posti</a> ja paha sekä suhteellinen');
  });

  it('allows only http, https and mailto targets', () => {
    for (const ok of ['http://a.fi', 'https://a.fi/x?y=1', 'mailto:a@b.fi', 'HTTPS://A.FI']) expect(isSafeHref(ok)).toBe(true);
    for (const bad of ['javascript:alert(1)', ' javascript:x', 'data:text/html,x', 'vbscript:x', '../x', '#top', '//evil.example', 'file:///etc/passwd'])
      expect(isSafeHref(bad)).toBe(false);
  });

  it('renders no image, so that no request leaves the page', () => {
    const { html } = markdownToHtml('![kuva](https://example.fi/a.png) <img src="https://example.fi/b.png">');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('kuva');
  });
});

describe('the HTML page', () => {
  for (const name of ['plan.html', 'agenda.html'])
    it(`${name} is a standalone, accessible page`, async () => {
      const { files } = await render(mergedPlan({ lang: 'sv' }), { formats: ['html'] });
      const html = file(files, name);
      expect(html.startsWith('<!doctype html>\n<html lang="sv">\n')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html.match(/<main[\s>]/g)).toHaveLength(1);
      // the title comes first, then the table of contents, then the content the skip link targets
      const [h1, nav, content] = ['<h1', '<nav id="toc"', '<div id="content"'].map((s) => html.indexOf(s));
      expect(h1).toBeGreaterThan(html.indexOf('<main>'));
      expect(nav).toBeGreaterThan(h1);
      expect(content).toBeGreaterThan(nav);
      expect(html).toContain('<a class="skip-link" href="#content">Hoppa till innehållet</a>');
      expect(html).toMatch(/<nav id="toc" aria-label="Innehållsförteckning">/);
      expect(html).toContain('<meta name="generator" content="lnhs">');
      expect(html).toContain('@media print');
      expect(html).not.toMatch(/<script/i);
      // no external requests: no src at all, no http(s) href but the input's own links
      expect(html).not.toMatch(/\ssrc=/i);
      const external = [...html.matchAll(/href="(https?:[^"]*)"/g)].map((m) => m[1]);
      expect(external.every((h) => h === 'https://thl.fi/')).toBe(true);
      expect(html).not.toMatch(/@import|url\(/);
    });

  it('has heading levels in order and a table of contents linking to unique heading ids', async () => {
    const html = file((await render(mergedPlan(), { formats: ['html'] })).files, 'plan.html');
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const ids = [...html.matchAll(/<h[1-6] id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const links = [...html.matchAll(/<nav[\s\S]*?<\/nav>/g)][0]![0].match(/href="#([^"]+)"/g)!.map((h) => h.slice(7, -1));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(ids).toContain(link);
    expect(html).toContain(
      '<a href="#yhdistetty-swot-analyysi"><span class="toc-text">Yhdistetty SWOT-analyysi</span><span class="toc-page"></span></a>',
    );
  });

  it('gives tables column headers with scope and a label', async () => {
    const html = file((await render(mergedPlan(), { formats: ['html'] })).files, 'plan.html');
    const tables = html.match(/<table[^>]*>(?:\n<caption[^>]*>[^<]+<\/caption>)?/g)!;
    expect(tables.length).toBeGreaterThanOrEqual(5);
    // named by the heading it stands under, or by its own caption (the SWOT matrix, issue 14)
    for (const t of tables) expect(t).toMatch(/aria-labelledby="[a-z0-9-]+"|<caption id="swot-matrix-caption">SWOT-nelikenttä<\/caption>/);
    expect(tables.filter((t) => t.includes('<caption'))).toHaveLength(1);
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope="col")/);
    expect(html).toContain('<table aria-labelledby="toimenpideohjelma">');
  });

  it('makes ids unique and readable', () => {
    expect(slugify('Lasten ja nuorten kasvuolot ja hyvinvoinnin tila')).toBe('lasten-ja-nuorten-kasvuolot-ja-hyvinvoinnin-tila');
    expect(slugify('Åtgärdsprogram')).toBe('atgardsprogram');
    expect(slugify('!!!')).toBe('section');
    const { headings } = markdownToHtml('# A\n\n## Sisältö\n\n## Sisältö\n\n## content', { reservedIds: ['content'] });
    expect(headings.map((h) => h.id)).toEqual(['a', 'sisalto', 'sisalto-2', 'content-2']);
  });
});

describe('determinism', () => {
  it('gives byte-identical files for the same input', async () => {
    const a = await render(mergedPlan({ kind: 'joint' }), { formats: ['md', 'html'] });
    const b = await render(mergedPlan({ kind: 'joint' }), { formats: ['md', 'html'] });
    expect(b.files).toEqual(a.files);
    // no trace of today's date (unless today is the meeting day)
    const now = new Date();
    const today = [`${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`, now.toISOString().slice(0, 10).replace(/-/g, '')];
    if (!today.includes('14.10.2026'))
      for (const f of a.files) for (const t of today) expect(String(f.content)).not.toContain(t);
  });

  it('does not depend on the clock or the time zone', async () => {
    const before = await render(mergedPlan(), { formats: ['md', 'html'] });
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const after = await render(mergedPlan(), { formats: ['md', 'html'] });
      expect(after.files).toEqual(before.files);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
