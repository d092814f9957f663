// Schema problems become diagnostics at the right place with messages people understand.
import { describe, expect, it } from 'vitest';
import { localize, type Diagnostic } from '../../src/diagnostics.js';
import { check, files, KOULUTUS, MEETING, PERUSTURVA, PLAN } from './workspace.js';

const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('unknown keys', () => {
  it('hints the key that was meant, at the key', async () => {
    const { diagnostics, model } = await check(
      files({ 'boards/koulutus.yaml': KOULUTUS.replace('  strengths:', '  weeknesses:\n    - Jonot\n  strengths:') }),
    );
    expect(model).toBeUndefined();
    const [d] = byCode(diagnostics, 'unknown-key');
    expect(d).toMatchObject({ severity: 'error', line: 5, column: 3, source: '  weeknesses:' });
    expect(d!.file).toMatch(/koulutus\.yaml$/);
    expect(d!.message).toBe('Unknown key `weeknesses`.');
    expect(d!.hint).toBe('Did you mean `weaknesses`?');
    expect(localize(d!, 'fi').hint).toBe('Tarkoititko `weaknesses`?');
  });

  it('lists the allowed keys when nothing is close', async () => {
    const { diagnostics } = await check(files({ 'boards/koulutus.yaml': KOULUTUS + 'budget: 1000\n' }));
    const [d] = byCode(diagnostics, 'unknown-key');
    expect(d).toMatchObject({ line: 11, column: 1 });
    expect(d!.hint).toBe('Allowed keys here: `board`, `contact`, `submitted`, `swot`, `vision`, `goals`.');
  });

  it('inside a SWOT item mapping, not drowned in union noise', async () => {
    const { diagnostics } = await check(
      files({ 'boards/koulutus.yaml': KOULUTUS.replace('      id: S-harrastukset', '      id: S-harrastukset\n      teema: harrastukset') }),
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-key']);
    expect(diagnostics[0]).toMatchObject({ line: 8, column: 7 });
    expect(diagnostics[0]!.hint).toBe('Did you mean `theme`?');
  });

  it('a legal section id that does not exist', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN.replace('  cooperation:', '  coopration:') }));
    const [d] = byCode(diagnostics, 'unknown-key');
    expect(d).toMatchObject({ line: 15, column: 3 });
    expect(d!.hint).toBe('Did you mean `cooperation`?');
  });
});

describe('missing keys', () => {
  it('are reported at the parent mapping and named', async () => {
    const { diagnostics } = await check(files({ 'boards/koulutus.yaml': KOULUTUS.replace('  name: Koulutuslautakunta\n', '') }));
    const [d] = byCode(diagnostics, 'missing-key');
    expect(d).toMatchObject({ severity: 'error', line: 1, column: 1, source: 'board:' });
    expect(d!.message).toBe('The key `name` is required.');
    expect(d!.hint).toBe('Add `name:` here.');
  });

  it('a SWOT item mapping without text', async () => {
    const { diagnostics } = await check(
      files({ 'boards/koulutus.yaml': KOULUTUS.replace('    - text: Harrastusmahdollisuuksia on paljon!\n      id:', '    - id:') }),
    );
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['missing-key', 6, 7]]);
  });

  it('required top-level keys of plan.yaml', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': 'vision: x\n' }));
    const missing = byCode(diagnostics, 'missing-key').map((d) => d.args?.key);
    expect(missing).toEqual(['municipalities', 'period']);
  });
});

describe('wrong types and values', () => {
  it('expected a list, found text', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN.replace('municipalities:\n  - Akaa', 'municipalities: Akaa') }));
    const [d] = byCode(diagnostics, 'schema');
    expect(d).toMatchObject({ line: 3, column: 17 });
    expect(d!.message).toBe('Expected a list, found "Akaa".');
    expect(d!.hint).toMatch(/- /);
    expect(localize(d!, 'fi').message).toBe('Odotettiin luetteloa, löytyi "Akaa".');
  });

  it('expected text, found a mapping', async () => {
    const { diagnostics } = await check(files({ 'boards/koulutus.yaml': KOULUTUS.replace('name: Koulutuslautakunta', 'name: {fi: Koulutus}') }));
    expect(byCode(diagnostics, 'schema')[0]!.message).toBe('Expected text, found {…}.');
  });

  it('an enum lists the allowed values', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN + 'kind: kunta\nlanguage: de\n' }));
    const messages = byCode(diagnostics, 'schema').map((d) => d.message);
    expect(messages).toEqual([
      'The value `kunta` is not allowed; use one of `municipality`, `county`, `joint`.',
      'The value `de` is not allowed; use one of `fi`, `sv`, `en`.',
    ]);
  });

  it('a key without a value', async () => {
    const { diagnostics } = await check(files({ 'boards/koulutus.yaml': KOULUTUS.replace('name: Koulutuslautakunta', 'name:') }));
    const [d] = byCode(diagnostics, 'schema');
    expect(d).toMatchObject({ line: 3, column: 3 });
    expect(d!.message).toBe('The key `name` has no value.');
  });

  it('a list entry that is neither text nor a mapping', async () => {
    const { diagnostics } = await check(files({ 'boards/koulutus.yaml': KOULUTUS.replace('  strengths:\n', '  strengths:\n    - 42\n') }));
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['schema', 6, 7, 'Expected text or `text:` with its details, found 42.'],
    ]);
  });

  it('vision: text or a list of texts', async () => {
    const { diagnostics } = await check(files({ 'boards/koulutus.yaml': 'board: {id: koulutus, name: K}\nvision: {a: 1}\n' }));
    expect(byCode(diagnostics, 'schema')[0]!.message).toBe('Expected text or a list of texts, found {…}.');
  });

  it('a board id that is not a slug', async () => {
    const { diagnostics } = await check(files({ 'boards/koulutus.yaml': KOULUTUS.replace('id: koulutus', 'id: Koulutus Lauta') }));
    const [d] = byCode(diagnostics, 'schema');
    expect(d).toMatchObject({ line: 2, column: 7 });
    expect(d!.message).toBe('`Koulutus Lauta` is not a valid board id.');
  });

  it('years of the period', async () => {
    const { diagnostics } = await check(files({ 'plan.yaml': PLAN.replace('start: 2026', 'start: 26').replace('end: 2029', 'end: "2029"') }));
    expect(byCode(diagnostics, 'schema').map((d) => [d.line, d.message])).toEqual([
      [6, '`26` is not a year between 1900 and 2200.'],
      [7, '`2029` is not a year between 1900 and 2200.'],
    ]);
  });
});

describe('dates and times', () => {
  it('a date that is not in the calendar', async () => {
    const { diagnostics } = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('2026-03-15', '2026-02-30') }));
    const [d] = byCode(diagnostics, 'invalid-date');
    expect(d).toMatchObject({ severity: 'error', line: 5, column: 12 });
    expect(d!.message).toBe('`2026-02-30` is not a real calendar date.');
    expect(d!.hint).toMatch(/YYYY-MM-DD/);
  });

  it('a date in another form', async () => {
    const { diagnostics } = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('2026-03-15', '15.3.2026') }));
    expect(byCode(diagnostics, 'invalid-date')).toHaveLength(1);
  });

  it('leap days', async () => {
    const ok = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('2026-03-15', '2028-02-29') }));
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const bad = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('2026-03-15', '2027-02-29') }));
    expect(byCode(bad.diagnostics, 'invalid-date')).toHaveLength(1);
  });

  it('due: a year, a year in quotes or a date; not anything else', async () => {
    for (const due of ['2027', '"2027"', '2027-06-30']) {
      const { diagnostics } = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('due: 2027', `due: ${due}`) }));
      expect(diagnostics.filter((d) => d.severity === 'error'), due).toEqual([]);
    }
    const date = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('due: 2027', 'due: 2027-06-31') }));
    expect(date.diagnostics.map((d) => [d.code, d.line])).toEqual([['invalid-date', 22]]);
    const text = await check(files({ 'boards/perusturva.yaml': PERUSTURVA.replace('due: 2027', 'due: pian') }));
    expect(text.diagnostics.map((d) => [d.code, d.message])).toEqual([['schema', '`pian` is neither a year nor a date.']]);
  });

  it('unquoted 17:00 is a time; a number is not, with a hint to quote', async () => {
    const ok = await check(files({ 'meeting.yaml': MEETING }));
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const bad = await check(files({ 'meeting.yaml': MEETING.replace('start: 17:00', 'start: 17.00') }));
    const [d] = byCode(bad.diagnostics, 'invalid-time');
    expect(d).toMatchObject({ line: 2, column: 8 });
    // YAML read 17.00 as the number 17; the message quotes what was written (issue 13)
    expect(d!.message).toBe('`17.00` is read as the number 17, not a time; write "17:00".');
    expect(d!.hint).toBe('Times are written with a colon and in quotes: start: "17:00".');
    const late = await check(files({ 'meeting.yaml': MEETING.replace('start: 17:00', 'start: "25:00"') }));
    expect(byCode(late.diagnostics, 'invalid-time')[0]!.message).toBe('`25:00` is not a time of day.');
  });

  it('a missing meeting date', async () => {
    const { diagnostics } = await check(files({ 'meeting.yaml': MEETING.replace('date: 2026-10-14\n', '') }));
    expect(diagnostics.map((d) => [d.code, d.args?.key])).toEqual([['missing-key', 'date']]);
  });
});

describe('every file is checked', () => {
  it('reports the problems of all files in one run', async () => {
    const { diagnostics, model } = await check(
      files({
        'plan.yaml': PLAN.replace('end: 2029', 'end: soon'),
        'boards/perusturva.yaml': PERUSTURVA.replace('2026-03-15', '2026-13-01'),
        'boards/koulutus.yaml': KOULUTUS + 'extra: 1\n',
        'meeting.yaml': MEETING.replace('place: Valtuustosali\n', ''),
        'indicators.yaml': 'indicators:\n  - id: x\n    title: X\n    values: {2024: many}\n',
      }),
    );
    expect(model).toBeUndefined();
    expect(new Set(diagnostics.map((d) => d.file.split(/[\\/]/).slice(-1)[0]))).toEqual(
      new Set(['plan.yaml', 'perusturva.yaml', 'koulutus.yaml', 'meeting.yaml', 'indicators.yaml']),
    );
  });

  it('a broken file still lets the other files be checked against it', async () => {
    // koulutus.yaml has an unknown key, but its unknown theme is still found
    const { diagnostics } = await check(
      files({ 'boards/koulutus.yaml': KOULUTUS.replace('      id: S-harrastukset', '      id: S-harrastukset\n      theme: urheilu') + 'extra: 1\n' }),
    );
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['unknown-key', 'unknown-theme']);
  });

  it('indicator years must be years', async () => {
    const { diagnostics } = await check(
      files({ 'indicators.yaml': 'indicators:\n  - id: x\n    title: X\n    values:\n      vuosi: 1\n' }),
    );
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['schema', 5, 7]]);
  });
});
