// A Sotkanet export becomes indicators (SPEC 2.4, issue 3 item 4): totals only, titles from the
// metadata, and every kind of bad input a diagnostic with its place, never a throw.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sotkanetToIndicators, toIndicatorsYaml } from '../../src/indicators/import.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(path.join(here, 'fixtures', name), 'utf8');
const EXPORT = fixture('sotkanet.json');
const METADATA = fixture('metadata.json');

const brief = (ds: { severity: string; code: string; line: number; column: number }[]) =>
  ds.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column}`);

describe('sotkanetToIndicators', () => {
  it('keeps the total rows, one indicator per Sotkanet indicator, years ascending', () => {
    const { indicators, diagnostics } = sotkanetToIndicators(EXPORT);
    expect(diagnostics).toEqual([]);
    expect(indicators).toEqual([
      { id: 'sotkanet-189', title: 'sotkanet-189', source: 'Sotkanet', values: { '2021': 2.3, '2022': 1.9, '2023': 1.7 } },
      { id: 'sotkanet-5527', title: 'sotkanet-5527', source: 'Sotkanet', values: { '2021': 68.2, '2023': 71.4 } },
    ]);
    expect(Object.keys(indicators[0]!.values)).toEqual(['2021', '2022', '2023']);
  });

  it('takes the titles from Sotkanet metadata, in the plan language', () => {
    const fi = sotkanetToIndicators(EXPORT, { metadata: METADATA });
    expect(fi.diagnostics).toEqual([]);
    expect(fi.indicators.map((i) => i.title)).toEqual([
      'Kodin ulkopuolelle sijoitetut 0–17-vuotiaat, % vastaavanikäisestä väestöstä',
      'Harrastaa jotakin vähintään kerran viikossa, % 8. ja 9. luokan oppilaista',
    ]);
    const en = sotkanetToIndicators(JSON.parse(EXPORT), { metadata: JSON.parse(METADATA), lang: 'en' });
    expect(en.indicators[1]!.title).toBe('Has a hobby at least once a week, % of pupils in grades 8 and 9');
  });

  it('also takes a map from indicator id to title, and warns about an indicator it lacks', () => {
    const { indicators, diagnostics } = sotkanetToIndicators(EXPORT, {
      metadata: { '5527': 'Harrastaa viikoittain', '9999': { fi: 'Muu', en: 'Other' } },
      metadataFile: 'meta.json',
    });
    expect(indicators.map((i) => i.title)).toEqual(['sotkanet-189', 'Harrastaa viikoittain']);
    expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'sotkanet-no-title', file: 'meta.json', args: { indicator: 189 } }]);
  });

  it('reports bad JSON at the parse position', () => {
    const text = '[\n  {"indicator": 1, "region": 2,\n   "year": 2024 "gender": "total"}\n]';
    const { indicators, diagnostics } = sotkanetToIndicators(text, { file: 'export.json' });
    expect(indicators).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'json-syntax', file: 'export.json', line: 3, column: 17 });
    expect(diagnostics[0]!.message).toBe('The file is not valid JSON: expected `,` or `}`');
    expect(diagnostics[0]!.source).toBe('   "year": 2024 "gender": "total"}');
    expect(diagnostics[0]!.hint).toMatch(/Sotkanet/);
  });

  it('reports a truncated file at its end and an empty one at line 1', () => {
    const cut = sotkanetToIndicators('[\n{"indicator": 1,', { file: 'x.json' });
    expect(cut.diagnostics).toMatchObject([{ code: 'json-syntax', line: 2, column: 17 }]);
    expect(cut.diagnostics[0]!.message).toBe('The file is not valid JSON: unexpected end of the file');
    expect(sotkanetToIndicators('[1,]').diagnostics).toMatchObject([{ line: 1, column: 4, args: { detail: 'unexpected "]"' } }]);
    expect(sotkanetToIndicators("[{'a': 1}]").diagnostics).toMatchObject([{ column: 3, args: { detail: 'expected a key in double quotes' } }]);
    expect(sotkanetToIndicators('', { file: 'x.json' }).diagnostics).toMatchObject([{ code: 'json-syntax', line: 1, column: 1 }]);
  });

  it('reports a file that is not an array of rows', () => {
    const { diagnostics } = sotkanetToIndicators('\n  {"indicator": 1}', { file: 'x.json' });
    expect(brief(diagnostics)).toEqual(['error sotkanet-shape 2:3']);
    expect(diagnostics[0]!.message).toBe('A Sotkanet export is a JSON array of rows, not an object.');
  });

  it('reports each broken row at its own line', () => {
    const text = [
      '[',
      '  {"indicator": 1, "region": 2, "year": 2024, "gender": "total", "value": 3},',
      '  {"indicator": "x", "region": 2, "year": 2024, "gender": "total", "value": 3},',
      '  {"indicator": 1, "region": 2, "gender": "total", "value": 3},',
      '  {"indicator": 1, "region": 2, "year": 2024, "gender": "total", "value": "many"},',
      '  7',
      ']',
    ].join('\n');
    const { indicators, diagnostics } = sotkanetToIndicators(text, { file: 'x.json' });
    expect(indicators).toEqual([]);
    expect(brief(diagnostics)).toEqual([
      'error sotkanet-row 3:3',
      'error sotkanet-row 4:3',
      'error sotkanet-row 5:3',
      'error sotkanet-row 6:3',
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Row 2 is not a Sotkanet row: `indicator` must be a whole number, found the text "x".',
      'Row 3 is not a Sotkanet row: `year` is missing.',
      'Row 4 is not a Sotkanet row: `value` must be a number, found the text "many".',
      'Row 5 is not a Sotkanet row: expected an object, found number 7.',
    ]);
    expect(diagnostics[0]!.source).toContain('"indicator": "x"');
  });

  it('says so when there are no total rows', () => {
    const rows = JSON.parse(EXPORT).filter((r: { gender: string }) => r.gender !== 'total');
    const { diagnostics } = sotkanetToIndicators(rows);
    expect(diagnostics).toMatchObject([{ severity: 'error', code: 'sotkanet-empty' }]);
    expect(diagnostics[0]!.hint).toMatch(/total/);
  });

  it('keeps one region when asked, and tells several regions apart otherwise', () => {
    const rows = [
      ...JSON.parse(EXPORT),
      { indicator: 189, region: 1, year: 2022, gender: 'total', value: 1.2 },
      { indicator: 189, region: 1, year: 2023, gender: 'total', value: 1.1 },
    ];
    const both = sotkanetToIndicators(rows);
    expect(both.indicators.map((i) => [i.id, i.region])).toEqual([
      ['sotkanet-189-1', '1'],
      ['sotkanet-189-833', '833'],
      ['sotkanet-5527-833', '833'],
    ]);
    const one = sotkanetToIndicators(rows, { region: '1' });
    expect(one.indicators).toEqual([{ id: 'sotkanet-189', title: 'sotkanet-189', source: 'Sotkanet', values: { '2022': 1.2, '2023': 1.1 } }]);
    const none = sotkanetToIndicators(rows, { region: '91' });
    expect(none.diagnostics).toMatchObject([{ code: 'sotkanet-region' }]);
    expect(none.diagnostics[0]!.hint).toBe('Regions in the file: 1, 833.');
  });

  it('leaves out suppressed values with one warning, and warns about conflicting duplicates', () => {
    const rows = [
      { indicator: 3, region: 5, year: 2021, gender: 'total', value: null },
      { indicator: 3, region: 5, year: 2022, gender: 'total', value: 4 },
      { indicator: 3, region: 5, year: 2022, gender: 'total', value: 5 },
      { indicator: 3, region: 5, year: 2023, gender: 'total', value: '6.5' },
    ];
    const { indicators, diagnostics } = sotkanetToIndicators(rows);
    expect(indicators[0]!.values).toEqual({ '2022': 4, '2023': 6.5 });
    expect(brief(diagnostics)).toEqual(['warning sotkanet-missing-value 1:1', 'warning sotkanet-duplicate 1:1']);
  });

  it('reports broken metadata without throwing', () => {
    const bad = sotkanetToIndicators(EXPORT, { metadata: '{"a": ', metadataFile: 'meta.json' });
    expect(bad.diagnostics).toMatchObject([{ code: 'sotkanet-metadata', file: 'meta.json' }]);
    const shape = sotkanetToIndicators(EXPORT, { metadata: [{ name: 'x' }], metadataFile: 'meta.json' });
    expect(shape.diagnostics).toMatchObject([{ code: 'sotkanet-metadata', file: 'meta.json' }]);
    expect(shape.indicators.map((i) => i.title)).toEqual(['sotkanet-189', 'sotkanet-5527']);
  });

  it('never throws, whatever the input', () => {
    for (const input of [null, 1, 'null', '"text"', '[null]', '[[]]', '{}', '\uFEFF[]', undefined, [undefined], '[1e999]']) {
      expect(() => sotkanetToIndicators(input)).not.toThrow();
      const { diagnostics } = sotkanetToIndicators(input);
      expect(diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('toIndicatorsYaml', () => {
  it('writes the schema line and indicators that read back as the same data', () => {
    const { indicators } = sotkanetToIndicators(EXPORT, { metadata: METADATA });
    const yaml = toIndicatorsYaml(indicators, { comment: 'Imported from sotkanet.json' });
    expect(yaml.split('\n').slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=../../schema/indicators.schema.json',
      '# Imported from sotkanet.json',
    ]);
    expect(yaml).toContain('\n      2021: 2.3\n');
    const back = parse(yaml) as { indicators: { values: Record<string, number> }[] };
    expect(back.indicators).toEqual(indicators);
    expect(yaml).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=../../schema/indicators.schema.json
      # Imported from sotkanet.json
      indicators:
        - id: sotkanet-189
          title: Kodin ulkopuolelle sijoitetut 0–17-vuotiaat, % vastaavanikäisestä väestöstä
          source: Sotkanet
          values:
            2021: 2.3
            2022: 1.9
            2023: 1.7
        - id: sotkanet-5527
          title: Harrastaa jotakin vähintään kerran viikossa, % 8. ja 9. luokan oppilaista
          source: Sotkanet
          values:
            2021: 68.2
            2023: 71.4
      "
    `);
  });

  it('quotes what YAML would misread', () => {
    const yaml = toIndicatorsYaml([{ id: 'x', title: 'yes: # no', unit: '%', source: 'Sotkanet', values: { '2024': 1 } }]);
    expect((parse(yaml) as { indicators: unknown[] }).indicators).toEqual([
      { id: 'x', title: 'yes: # no', unit: '%', source: 'Sotkanet', values: { '2024': 1 } },
    ]);
  });
});
