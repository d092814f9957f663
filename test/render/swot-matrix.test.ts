// The SWOT four-field matrix of plan.html and plan.pdf (issue 14 item 3): strengths beside
// weaknesses, opportunities beside threats, in a real table; shared items marked in words; every
// input text escaped, `$&` in it kept as written; the list form with each item's boards moved to
// the plan's last appendix in the HTML, while plan.md keeps it where it was.
import { describe, expect, it } from 'vitest';
import type { Quadrant } from '../../src/model/types.js';
import { render } from '../../src/render/index.js';
import { LABELS } from '../../src/render/labels/index.js';
import type { QuadrantView, SwotItemView } from '../../src/render/plan-view-types.js';
import { swotMatrixHtml } from '../../src/render/swot-matrix.js';
import { mergedPlan } from './fixtures.js';

const item = (text: string, boards: string[] = ['Sivistyslautakunta']): SwotItemView => ({
  text,
  boards,
  shared: boards.length > 1,
  boardCount: boards.length,
  theme: null,
  notes: [],
});

const quadrants = (items: Partial<Record<Quadrant, SwotItemView[]>>): QuadrantView[] =>
  (['strengths', 'weaknesses', 'opportunities', 'threats'] as const).map((quadrant) => ({
    quadrant,
    labelKey: `swot.${quadrant}` as const,
    count: items[quadrant]?.length ?? 0,
    items: items[quadrant] ?? [],
  }));

/** The text of each data cell, in document order. */
const cells = (html: string) => [...html.matchAll(/<td headers="([^"]+)">([\s\S]*?)<\/td>/g)].map((m) => ({ header: m[1]!, html: m[2]! }));

describe('the SWOT matrix', () => {
  it('lays strengths beside weaknesses, then opportunities beside threats, each cell named by its header', () => {
    const html = swotMatrixHtml(
      quadrants({ strengths: [item('S1')], weaknesses: [item('W1')], opportunities: [item('O1')], threats: [item('T1')] }),
      LABELS.fi,
    );
    const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['Vahvuudet Heikkoudet', 'S1 W1', 'Mahdollisuudet Uhat', 'O1 T1']);
    expect(html).toContain('<caption id="swot-matrix-caption">SWOT-nelikenttä</caption>');
    expect(html).toMatch(/^<div class="table-scroll swot-scroll" role="region" aria-labelledby="swot-matrix-caption" tabindex="0">/);
    // every header cell has scope and an id its data cell names
    const heads = [...html.matchAll(/<th scope="col" id="([^"]+)">/g)].map((m) => m[1]);
    expect(heads).toEqual(['swot-strengths', 'swot-weaknesses', 'swot-opportunities', 'swot-threats']);
    expect(cells(html).map((c) => c.header)).toEqual(heads);
  });

  it('marks an item of several boards with a word and the board count for screen readers, and no other', () => {
    const html = swotMatrixHtml(quadrants({ strengths: [item('Yhteinen asia', ['A', 'B', 'C']), item('Oma asia')] }), LABELS.fi);
    expect(html).toContain(
      '<li>Yhteinen asia <span class="shared-mark">Yhteinen<span class="sr-only"> (3 lautakuntaa)</span></span></li>',
    );
    expect(html).toContain('<li>Oma asia</li>');
    expect(html.match(/shared-mark/g)).toHaveLength(1);
    expect(swotMatrixHtml(quadrants({ threats: [item('Delad', ['A', 'B'])] }), LABELS.sv)).toContain(
      '<span class="shared-mark">Gemensam<span class="sr-only"> (2 nämnder)</span></span>',
    );
  });

  it('escapes HTML in items, keeps their emphasis and safe links, and drops unsafe ones', () => {
    const html = swotMatrixHtml(
      quadrants({
        strengths: [item('<script>alert(1)</script> & <img src=x onerror=alert(1)>')],
        weaknesses: [item('*korostus* ja [linkki](https://thl.fi/) ja [paha](javascript:alert(1))')],
      }),
      LABELS.fi,
    );
    expect(html).not.toMatch(/<script|<img|javascript:/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<em>korostus</em> ja <a href="https://thl.fi/">linkki</a> ja paha');
  });

  it('keeps `$&`, `$1` and `$$` in an item as written (no replacement patterns)', () => {
    const html = swotMatrixHtml(quadrants({ opportunities: [item('Budjetti $& $1 $$ $` kasvaa', ['A', 'B'])] }), LABELS.fi);
    expect(html).toContain('<li>Budjetti $&amp; $1 $$ $` kasvaa <span class="shared-mark">');
  });

  it('says so in an empty field, and keeps the matrix whole', () => {
    const html = swotMatrixHtml(quadrants({ strengths: [item('S1')] }), LABELS.en);
    const all = cells(html);
    expect(all).toHaveLength(4);
    expect(all[0]!.html).toContain('<li>S1</li>');
    for (const c of all.slice(1)) expect(c.html.trim()).toBe('<p>No items.</p>');
  });
});

describe('the SWOT in the rendered plan', () => {
  it('is the matrix in plan.html, with the list form as the last appendix; plan.md keeps the list', async () => {
    const merged = mergedPlan();
    merged.swot.threats.push({ ...merged.swot.weaknesses[0]!, key: 'text:x', text: 'Hinta $& nousee <b>', boards: ['koulutus', 'perusturva'], shared: true });
    const { files } = await render(merged, { formats: ['md', 'html'] });
    const html = String(files.find((f) => f.name === 'plan.html')!.content);
    const md = String(files.find((f) => f.name === 'plan.md')!.content);

    const swot = html.slice(html.indexOf('<h2 id="yhdistetty-swot-analyysi"'), html.indexOf('<h2', html.indexOf('<h2 id="yhdistetty-swot-analyysi"') + 1));
    expect(swot).toContain('<table class="swot-matrix">');
    // a block of its own, not inside a paragraph
    expect(swot).not.toMatch(/<p>\s*<div/);
    expect(swot).not.toContain('<h3');
    const h2s = [...html.matchAll(/<h2 id="([^"]+)">([^<]*)<\/h2>/g)].map((m) => m[2]);
    const last = h2s[h2s.length - 1]!;
    expect(last).toMatch(/^Liite (\d+)\. SWOT-kohdat lautakunnittain$/);
    const number = /^Liite (\d+)/.exec(last)![1];
    expect(swot).toContain(`Kohtien lautakunnat, teemat ja huomautukset ovat liitteessä ${number}.`);
    // the appendix has the four quadrants with each item's boards
    const appendix = html.slice(html.lastIndexOf('<h2'));
    expect([...appendix.matchAll(/<h3 id="[^"]+">([^<]*)<\/h3>/g)].map((m) => m[1])).toEqual(['Vahvuudet', 'Heikkoudet', 'Mahdollisuudet', 'Uhat']);
    expect(appendix).toContain('Hinta $&amp; nousee &lt;b&gt; — ');
    expect(swot).toContain('<li>Hinta $&amp; nousee &lt;b&gt; <span class="shared-mark">Yhteinen');

    // plan.md (and the Word file made from it) keeps the quadrants under the SWOT chapter
    expect(md).not.toContain('SWOT-kohdat lautakunnittain');
    expect(md).toMatch(/## Yhdistetty SWOT-analyysi\n[\s\S]*### Vahvuudet[\s\S]*### Uhat[\s\S]*\n## Visio/);
  });
});
