// Limits instead of overflows (issue 12 items 4 and 6): pathological Markdown in any text —
// a 4 KB run of `*` around a word, `_a` and `_a*` repeated, emphasis nested thousands deep, block
// quotes and lists nested thousands deep — renders without a stack overflow and without marked's
// quadratic scanning, because inline-limit.ts bounds each unit; under the bounds the markup is
// kept. Validation warns at the field where a bound applies. Numbers and dates outside sane
// ranges are diagnostics. Time itself is measured by the bench (scripts/bench.mjs), not here.
import fc from 'fast-check';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline } from '../../src/render/escape.js';
import { formatter } from '../../src/render/format.js';
import { meetingEnd } from '../../src/render/ics.js';
import { delimiterCount, MAX_DELIMITERS, MAX_QUOTE_DEPTH } from '../../src/render/inline-limit.js';
import { markdownToHtml } from '../../src/render/markdown.js';
import { copyExample, edit } from '../ci/example.js';
import { runCli } from '../helpers/cli.js';

const PATHOLOGICAL: Record<string, string> = {
  'a 4 KB run of * around a word': '*'.repeat(4000) + 'sana' + '*'.repeat(4000),
  'a 4 KB run of _ around a word': '_'.repeat(4000) + 'sana' + '_'.repeat(4000),
  '_a repeated (100 KB)': '_a'.repeat(50_000),
  '_a* repeated (60 KB)': '_a*'.repeat(20_000),
  '[a]( repeated': '[a]('.repeat(10_000),
  'emphasis nested 3 000 deep': '*a '.repeat(3000) + 'sana' + ' c*'.repeat(3000),
};

const BLOCK_ONLY: Record<string, string> = {
  'block quotes nested 20 000 deep': '>'.repeat(20_000) + ' sana',
  'block quotes as "> " 20 000 deep': '> '.repeat(20_000) + 'sana',
  'lists nested 3 000 deep': Array.from({ length: 3000 }, (_, i) => ' '.repeat(i * 2) + '- sana').join('\n'),
};

describe('pathological Markdown renders, bounded', () => {
  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    it(`${name}: inline and as prose`, () => {
      for (const md of [mdInline(text), mdBlock(text)]) {
        const { html } = markdownToHtml(md, { engine: 'marked' });
        expect(html.length).toBeGreaterThan(0);
        expect(delimiterCount(md)).toBeLessThanOrEqual(MAX_DELIMITERS);
      }
    });
  }
  for (const [name, text] of Object.entries(BLOCK_ONLY)) {
    it(`${name}: as prose`, () => {
      const { html } = markdownToHtml(mdBlock(text), { engine: 'marked' });
      expect(html).toContain('sana');
      expect((html.match(/<blockquote>/g) ?? []).length).toBeLessThanOrEqual(MAX_QUOTE_DEPTH);
    });
  }

  it('any mix of delimiters, quotes, list markers and words renders (fast-check)', () => {
    const piece = fc.constantFrom('*', '_', '~', '[', ']', '(', ')', '**', 'a', ' ', '\\', '\n', '\n\n', '> ', '- ', '`');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 1500 }), (pieces) => {
        const text = pieces.join('');
        expect(() => markdownToHtml(mdBlock(text), { engine: 'marked' })).not.toThrow();
        expect(() => markdownToHtml(mdInline(text), { engine: 'marked' })).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it('under the bound, the markup is kept', () => {
    const text = '*korostus* ja _toinen_ ja **vahva** ja ~~poistettu~~ ja [linkki](https://example.fi)';
    expect(mdInline(text)).toBe(text);
    const { html } = markdownToHtml(mdBlock(`${text}\n\n> lainaus\n\n- kohta\n  - alakohta`), { engine: 'marked' });
    expect(html).toContain('<em>korostus</em>');
    expect(html).toContain('<strong>vahva</strong>');
    expect(html).toContain('<a href="https://example.fi">linkki</a>');
    expect(html).toContain('<blockquote>');
  });

  it('each list item is a unit of its own: 60 items with emphasis keep it', () => {
    const list = Array.from({ length: 60 }, (_, i) => `- **kohta ${i}** _tärkeä_`).join('\n');
    const { html } = markdownToHtml(mdBlock(list), { engine: 'marked' });
    expect((html.match(/<strong>/g) ?? []).length).toBe(60);
  });
});

describe('through the command', () => {
  it('a 4 KB run of * in an item: exit 0, a warning at the item, the text shown as written', async () => {
    const { root, ws } = copyExample();
    const board = path.join(ws, 'boards', 'sivistys.yaml');
    const stars = '*'.repeat(4000) + 'sana' + '*'.repeat(4000);
    writeFileSync(board, readFileSync(board, 'utf8').replace(/^ {2}strengths:\n/m, `  strengths:\n    - "${stars}"\n`));
    const line = readFileSync(board, 'utf8').split('\n').findIndex((l) => l.includes('****')) + 1;
    const r = await runCli(['generate', 'ws', '--out', 'out', '--format', 'md,html,json'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; line: number; severity: string }[] };
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'markup-limit', file: 'ws/boards/sivistys.yaml', line, severity: 'warning' })]);
    expect(readFileSync(path.join(root, 'out', 'plan.html'), 'utf8')).toContain('*'.repeat(4000) + 'sana');
    // --strict makes it fail, as every warning
    const strict = await runCli(['validate', 'ws', '--strict'], { cwd: root });
    expect(strict.code).toBe(1);
  });
});

describe('numbers and dates in sane ranges', () => {
  const cases: [string, string, string | RegExp, string, string][] = [
    ['a meeting in the year 99', 'meeting.yaml', /^date: .*$/m, 'date: 0099-12-10', 'invalid-date'],
    ['a meeting in the year 9999', 'meeting.yaml', /^date: .*$/m, 'date: 9999-12-10', 'invalid-date'],
    ['a § number near 2^53', 'meeting.yaml', /^ {2}sivistys: \d+$/m, '  sivistys: 9007199254740990', 'schema'],
    ['a § number of a million', 'meeting.yaml', /^ {2}sivistys: \d+$/m, '  sivistys: 1000000', 'schema'],
    ['a duration of 100 000 000 minutes', 'meeting.yaml', /^ {4}duration: \d+$/m, '    duration: 100000000', 'schema'],
  ];
  for (const [name, file, from, to, code] of cases) {
    it(`${name}: an error at the value`, async () => {
      const { root, ws } = copyExample();
      edit(ws, file, from, to);
      const r = await runCli(['validate', 'ws', '--format', 'json'], { cwd: root });
      expect(r.code).toBe(1);
      const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string; line: number }[] };
      const line = readFileSync(path.join(ws, file), 'utf8').split('\n').indexOf(to.trimEnd()) + 1;
      expect(diagnostics).toContainEqual(expect.objectContaining({ code, file: `ws/${file}`, line }));
    });
  }

  it('an indicator year 0099 is not a year', async () => {
    const { root, ws } = copyExample();
    edit(ws, 'indicators.yaml', /^( +)"?(20\d\d)"?: /m, '$1"0099": ');
    const r = await runCli(['validate', 'ws', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/0099/);
  });

  it('weekdays and calendar arithmetic of early years are not those of 19xx', () => {
    // 0001-01-01 was a Monday in the proleptic Gregorian calendar; 1901-01-01 a Tuesday
    expect(formatter('en').weekdayDate('0001-01-01')).toMatch(/^Monday/);
    const m = { date: '0099-12-31', start: '23:00', items: [{ duration: 120 }] } as unknown as Parameters<typeof meetingEnd>[0];
    expect(meetingEnd(m)).toEqual({ date: '0100-01-01', time: '01:00' });
  });
});

describe('indicators import: ids that survive the next run', () => {
  it('an indicator id of 1e21 or above 2^53 is a row error, not an id the next run rejects', async () => {
    const { sotkanetToIndicators } = await import('../../src/indicators/import.js');
    for (const id of ['1e21', '9007199254740993', '"12345678901234567890"', '-5']) {
      const text = `[{"indicator": ${id}, "region": 91, "year": 2023, "gender": "total", "value": 1.4}]`;
      const { indicators, diagnostics } = sotkanetToIndicators(text, { file: 'x.json' });
      expect(indicators, id).toEqual([]);
      expect(diagnostics.map((d) => d.code), id).toContain('sotkanet-row');
    }
    const ok = sotkanetToIndicators('[{"indicator": 9007199254740991, "region": 91, "year": 2023, "gender": "total", "value": 1.4}]', { file: 'x.json' });
    expect(ok.indicators.map((i) => i.id)).toEqual(['sotkanet-9007199254740991']);
  });
});

describe('data that refers to itself', () => {
  it('an alias inside its own anchor ends in a diagnostic, not a walk for ever (damage test)', async () => {
    const { root, ws } = copyExample();
    edit(ws, 'indicators.yaml', /values:\n(\s+)(\d{4}): [\d.]+/, 'values: &a\n$1$2: *a');
    const r = await runCli(['validate', 'ws'], { cwd: root });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/indicators\.yaml:\d+:\d+/);
  }, 30_000);
});
