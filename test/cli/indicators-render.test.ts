// Indicators end to end (issue 3 items 4 and 5): the example's wellbeing section shows a table
// and inline SVG trend lines with a text alternative; a small Sotkanet export imported with
// `lnhs indicators import` into a copy of the example shows up in what `generate` writes.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../../plans/example', import.meta.url));

function copyExample(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-ind-')), 'example');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
  return dir;
}

/** The HTML of the wellbeing-status section: from its heading to the next h2. */
function wellbeingSection(html: string): string {
  const start = html.indexOf('<h2 id="lasten-ja-nuorten-kasvuolot-ja-hyvinvoinnin-tila"');
  expect(start).toBeGreaterThan(0);
  const end = html.indexOf('<h2', start + 4);
  return html.slice(start, end);
}

describe('indicators in the example plan', () => {
  it('plan.html shows a table with header cells and an SVG trend line with a text alternative in the wellbeing section', async () => {
    const dir = copyExample();
    const r = await runCli(['generate', '--only', 'plan', '--format', 'html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const section = wellbeingSection(readFileSync(path.join(dir, 'out/plan.html'), 'utf8'));
    expect(section).toContain('<table');
    expect(section).toContain('<th scope="col">Indikaattori</th><th scope="col">Alue</th><th scope="col">Yksikkö</th><th scope="col">Lähde</th>');
    expect(section).toMatch(/<th scope="col" class="align-right">2021<\/th>/);
    // the example's first indicator, 2021–2024: 7,9 … 8,6
    expect(section).toMatch(/<td>Lastensuojelun avohuollon asiakkaat, % 0–17-vuotiaista[^<]*<\/td><td>Järvilahti<\/td><td>%<\/td><td>THL, Lastensuojelutilasto \(Sotkanet\)<\/td>/);
    const svgs = section.match(/<svg\b[^>]*>[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      const label = /aria-label="([^"]+)"/.exec(svg)?.[1];
      expect(label).toBeTruthy();
      expect(svg).toContain(`<title>${label}</title>`);
      expect(svg).toContain('<polyline');
      expect(svg).not.toMatch(/<script|href=|on\w+=/i);
    }
    expect(section).toContain('aria-label="Lastensuojelun avohuollon asiakkaat, % 0–17-vuotiaista: nousu, 2021 7,9 → 2025 8,4"');
  });
});

describe('lnhs indicators import, then generate', () => {
  const exportRows = [
    { indicator: 4242, region: 833, year: 2022, gender: 'total', value: 12.5 },
    { indicator: 4242, region: 833, year: 2023, gender: 'total', value: 13.25 },
    { indicator: 4242, region: 833, year: 2024, gender: 'total', value: 11 },
    { indicator: 4242, region: 833, year: 2024, gender: 'male', value: 99.9 },
    { indicator: 4242, region: 833, year: 2024, gender: 'female', value: 88.8 },
  ];
  const metadata = [{ id: 4242, title: { fi: 'Nuorisotilan kävijät, % 13–17-vuotiaista', en: 'Youth centre visitors, % of 13–17-year-olds' } }];

  it('turns a Sotkanet export into indicators.yaml and a rendered table row with a trend line', async () => {
    const dir = copyExample();
    const files = mkdtempSync(path.join(os.tmpdir(), 'lnhs-sotkanet-'));
    writeFileSync(path.join(files, 'sotkanet.json'), JSON.stringify(exportRows));
    writeFileSync(path.join(files, 'meta.json'), JSON.stringify(metadata));

    // the example has an indicators.yaml already: kept without --force
    const before = readFileSync(path.join(dir, 'indicators.yaml'), 'utf8');
    const refused = await runCli(['indicators', 'import', path.join(files, 'sotkanet.json'), dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path.join(dir, 'indicators.yaml'), 'utf8')).toBe(before);

    const imported = await runCli(['indicators', 'import', path.join(files, 'sotkanet.json'), dir, '--metadata', path.join(files, 'meta.json'), '--force']);
    expect(imported.code, imported.stderr).toBe(0);
    const yaml = readFileSync(path.join(dir, 'indicators.yaml'), 'utf8');
    expect(yaml).toContain('Nuorisotilan kävijät, % 13–17-vuotiaista');
    expect(yaml).not.toContain('99.9'); // only the `total` rows
    expect(yaml).not.toContain('88.8');

    const validated = await runCli(['validate', dir]);
    expect(validated.code, validated.stderr).toBe(0);

    const r = await runCli(['generate', dir, '--only', 'plan']);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(dir, 'out/plan.md'), 'utf8');
    expect(md).toMatch(/^\| Nuorisotilan kävijät, % 13–17-vuotiaista \|.*\| 12,5 \| 13,25 \| 11 \|/m);
    const section = wellbeingSection(readFileSync(path.join(dir, 'out/plan.html'), 'utf8'));
    expect(section).toMatch(/<th scope="col" class="align-right">2022<\/th><th scope="col" class="align-right">2023<\/th><th scope="col" class="align-right">2024<\/th>/);
    expect(section).toMatch(/<td>Nuorisotilan kävijät, % 13–17-vuotiaista[^<]*<\/td>/);
    expect(section).toContain('<td class="align-right">12,5</td><td class="align-right">13,25</td><td class="align-right">11</td>');
    expect(section).toMatch(/<svg class="trend"[^>]*aria-label="Nuorisotilan kävijät, % 13–17-vuotiaista: [^"]*2022 12,5 → 2024 11"/);
    // the example's own indicators were replaced
    expect(section).not.toContain('Lastensuojelun avohuollon asiakkaat');
  });
});
