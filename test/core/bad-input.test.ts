// One test per bad input of SPEC 8 (issue 2 item 10): a copy of plans/example with one board file
// damaged, run through `lnhs generate` in-process. A bad input is a diagnostic naming the file and
// the right line, exit 1, no stack trace, and nothing written. A byte-order mark and CRLF line
// endings are fine (issue 2 item 2), and HTML in a field is shown as text (SPEC 8).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { STACK_TRACE, copyWorkspace, edit, lineOf, listFiles, readText } from './example.js';

const BOARD = 'boards/sivistys.yaml';

interface Damage {
  /** what SPEC 8 calls it */
  name: string;
  /** damage the copy; returns the line the diagnostic must name (or the range of right lines) */
  damage: (dir: string) => number | [number, number];
  /** the diagnostic's code */
  code: string;
  /** more that the message must say */
  says?: RegExp;
}

const write = (dir: string, content: string | Buffer) => writeFileSync(path.join(dir, BOARD), content);

const BAD: Damage[] = [
  {
    name: 'malformed YAML (an unclosed flow sequence)',
    code: 'yaml-syntax',
    damage: (dir) => lineOf(edit(dir, BOARD, '  name: Sivistyslautakunta', '  name: [Sivistyslautakunta'), '[Sivistys'),
  },
  {
    name: 'malformed YAML (a stray quote)',
    // explained in plain words, at the quote (issue 13 item 4)
    code: 'yaml-unclosed-quote',
    damage: (dir) => lineOf(edit(dir, BOARD, '  role: sivistysjohtaja', '  role: "sivistysjohtaja'), '"sivistys'),
  },
  {
    name: 'a wrong type (a list where text belongs)',
    code: 'schema',
    says: /Expected text/,
    damage: (dir) => lineOf(edit(dir, BOARD, '  municipality: Järvilahti', '  municipality: [Järvilahti]'), '[Järvilahti]'),
  },
  {
    name: 'a wrong type (text where a list belongs)',
    code: 'schema',
    says: /Expected a list/,
    damage: (dir) =>
      lineOf(
        edit(dir, BOARD, /  threats:\n[\s\S]*?(?=\nvision:)/, '  threats: Talous heikkenee.\n'),
        'threats: Talous',
      ),
  },
  {
    name: 'a wrong type (text where keys and values belong)',
    code: 'schema',
    says: /Expected keys and values/,
    damage: (dir) => lineOf(edit(dir, BOARD, /contact:\n  role: sivistysjohtaja\n  email: .*\n/, 'contact: sivistysjohtaja\n'), 'contact:'),
  },
  {
    name: 'a wrong type (a number where text belongs)',
    code: 'schema',
    says: /Expected text or a list of texts/,
    damage: (dir) => lineOf(edit(dir, BOARD, /vision:\n(  - .*\n)+/, 'vision: 42\n'), 'vision: 42'),
  },
  {
    name: 'an unknown key, with a "did you mean"',
    code: 'unknown-key',
    says: /strengths/,
    damage: (dir) => lineOf(edit(dir, BOARD, '  strengths:', '  strenghts:'), 'strenghts'),
  },
  {
    name: 'an empty file',
    code: 'empty-file',
    damage: (dir) => (write(dir, ''), 1),
  },
  {
    name: 'a file of only comments',
    code: 'empty-file',
    damage: (dir) => (write(dir, '# Sivistyslautakunta täyttää tämän myöhemmin.\n'), 1),
  },
  {
    name: 'a tab used for indentation',
    code: 'yaml-tab',
    damage: (dir) => lineOf(edit(dir, BOARD, '  id: sivistys', '\tid: sivistys'), '\tid'),
  },
  {
    name: 'non-UTF-8 bytes (one Latin-1 ä)',
    code: 'encoding',
    damage: (dir) => {
      const text = readText(dir, BOARD).replace('  name: Sivistyslautakunta', '  name: Sivistyslautakunta MARK');
      const bytes = Buffer.concat(text.split('MARK').flatMap((part, i) => (i ? [Buffer.from([0xe4]), Buffer.from(part)] : [Buffer.from(part)])));
      write(dir, bytes);
      return lineOf(bytes, Buffer.from([0xe4]));
    },
  },
  {
    name: 'a whole file in Latin-1',
    code: 'encoding',
    damage: (dir) => {
      const bytes = Buffer.from(readText(dir, BOARD), 'latin1');
      write(dir, bytes);
      // the first non-ASCII byte: "työpajan" in the comment on line 3
      return lineOf(bytes, Buffer.from('ö', 'latin1'));
    },
  },
  {
    name: 'a duplicate key',
    code: 'duplicate-key',
    says: /`name`/,
    damage: (dir) =>
      lineOf(
        edit(dir, BOARD, '  name: Sivistyslautakunta\n', '  name: Sivistyslautakunta\n  name: Koulutuslautakunta\n'),
        '  name: Koulutus',
      ),
  },
  {
    name: 'a YAML alias bomb',
    code: 'yaml-alias-bomb',
    damage: (dir) => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) {
        const prev = String.fromCharCode(96 + i);
        const name = String.fromCharCode(97 + i);
        levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      const text = edit(dir, BOARD, 'submitted: 2026-09-25\n', `submitted: 2026-09-25\nbomb:\n${levels.map((l) => '  ' + l).join('\n')}\n`);
      // any line of the bomb is the right one (the parser stops at the alias that overflows)
      const first = lineOf(text, 'bomb:');
      return [first, first + levels.length];
    },
  },
  {
    name: 'a file over 5 MiB',
    code: 'file-too-large',
    says: /5 MiB/,
    damage: (dir) => {
      const filler = `# ${'x'.repeat(98)}\n`.repeat(Math.ceil((5 * 1024 * 1024) / 100) + 10);
      write(dir, readText(dir, BOARD) + filler);
      return 1;
    },
  },
  ...(['__proto__', 'constructor', 'prototype'] as const).map(
    (key): Damage => ({
      name: `a key named ${key}`,
      code: 'forbidden-key',
      says: new RegExp(`\`${key}\``),
      damage: (dir) =>
        lineOf(edit(dir, BOARD, '  id: sivistys\n', `  id: sivistys\n  ${key}:\n    polluted: true\n`), `  ${key}:`),
    }),
  ),
];

/** The line numbers of `boards/sivistys.yaml:<line>:<col>  error` in the text report. */
function diagnosticLines(stderr: string): number[] {
  return [...stderr.matchAll(/boards\/sivistys\.yaml:(\d+):\d+ +error/g)].map((m) => Number(m[1]));
}

const inRange = (n: number, want: number | [number, number]) =>
  typeof want === 'number' ? n === want : n >= want[0] && n <= want[1];

describe('bad input (SPEC 8): a diagnostic with file and line, exit 1, nothing written', () => {
  it.each(BAD.map((d) => [d.name, d] as const))('%s', async (_name, bad) => {
    const dir = copyWorkspace();
    const line = bad.damage(dir);
    const r = await runCli(['generate', dir]);

    expect(r.code, r.stderr).toBe(1);
    const named = diagnosticLines(r.stderr);
    expect(named.length, r.stderr).toBeGreaterThan(0);
    expect(named.some((n) => inRange(n, line)), `want line ${String(line)}:\n${r.stderr}`).toBe(true);
    expect(r.stderr).toContain(`[${bad.code}]`);
    if (bad.says) expect(r.stderr).toMatch(bad.says);
    expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/internal error|please report/i);
    expect(existsSync(path.join(dir, 'out')), 'the out folder was created').toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });


  it('validate reports the same diagnostic and exit 1', async () => {
    const dir = copyWorkspace();
    const line = lineOf(edit(dir, BOARD, '  strengths:', '  strenghts:'), 'strenghts');
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toMatch(new RegExp(`boards/sivistys\\.yaml:${line}:3 +error`));
    expect(r.stderr + r.stdout).toContain('Did you mean `strengths`?');
  });

  it('leaves the previous outputs untouched when a later run fails', async () => {
    const dir = copyWorkspace();
    expect((await runCli(['generate', dir])).code).toBe(0);
    const out = path.join(dir, 'out');
    const before = listFiles(out).map((f) => [f, readFileSync(path.join(out, f))] as const);
    edit(dir, BOARD, '  name: Sivistyslautakunta', '  name: [Sivistyslautakunta');
    expect((await runCli(['generate', dir])).code).toBe(1);
    expect(listFiles(out)).toEqual(before.map(([f]) => f));
    for (const [f, bytes] of before) expect(readFileSync(path.join(out, f)).equals(bytes), f).toBe(true);
  });
});

describe('inputs that are fine', () => {
  const fine: [string, (dir: string) => void][] = [
    ['a byte-order mark', (dir) => write(dir, '\uFEFF' + readText(dir, BOARD))],
    ['CRLF line endings', (dir) => write(dir, readText(dir, BOARD).replace(/\n/g, '\r\n'))],
    ['a byte-order mark and CRLF together', (dir) => write(dir, '\uFEFF' + readText(dir, BOARD).replace(/\n/g, '\r\n'))],
  ];

  it.each(fine)('%s: exit 0 and the same documents as the untouched example', async (_name, change) => {
    const plain = copyWorkspace();
    const changed = copyWorkspace();
    change(changed);
    const a = await runCli(['generate', plain]);
    const b = await runCli(['generate', changed]);
    expect(a.code).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).not.toMatch(/error/);
    const files = listFiles(path.join(plain, 'out'));
    expect(listFiles(path.join(changed, 'out'))).toEqual(files);
    for (const f of files) {
      // sources are not shown in the documents, so the bytes are the same
      expect(readFileSync(path.join(changed, 'out', f)).equals(readFileSync(path.join(plain, 'out', f))), f).toBe(true);
    }
  });

  it('a diagnostic after a byte-order mark and CRLF still names the right line', async () => {
    const dir = copyWorkspace();
    const text = readText(dir, BOARD).replace('  strengths:', '  strenghts:');
    write(dir, '\uFEFF' + text.replace(/\n/g, '\r\n'));
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toMatch(new RegExp(`boards/sivistys\\.yaml:${lineOf(text, 'strenghts')}:3 +error`));
  });

  it('HTML in a field: exit 0, and every output shows it as text', async () => {
    const dir = copyWorkspace();
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>lihavoitu</b>';
    edit(dir, BOARD, '  name: Sivistyslautakunta', `  name: '${payload.replace(/'/g, "''")}'`);
    edit(dir, BOARD, '    - Koulunuorisotyö tavoittaa nuoret hyvin.', `    - '${payload}'`);
    edit(dir, 'meeting.yaml', 'place: Järvilahden kunnantalo, valtuustosali', `place: '${payload}'`);
    const r = await runCli(['generate', dir]);
    expect(r.code, r.stderr).toBe(0);
    const out = path.join(dir, 'out');
    for (const f of ['plan.html', 'agenda.html']) {
      const html = readFileSync(path.join(out, f), 'utf8');
      expect(html, f).not.toMatch(/<script|<img|onerror="|<b>lihavoitu/i);
      expect(html, f).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    }
    for (const f of ['plan.md', 'agenda.md']) {
      const md = readFileSync(path.join(out, f), 'utf8');
      // Markdown passes raw HTML through, so no `<` of a tag may stand unescaped
      expect(md, f).not.toMatch(/(?<!\\)<(script|img|b>)/i);
      expect(md, f).toMatch(/script/);
    }
    expect(readFileSync(path.join(out, 'agenda.ics'), 'utf8')).toContain('<script>alert(2)</script>');
  });
});

describe('a workspace that is not there', () => {
  it('names the folder as the user wrote it', async () => {
    const cwd = copyWorkspace();
    const r = await runCli(['validate', 'nope'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope:1:1  error  The folder nope does not exist.  [no-workspace]');
    expect(r.stderr).toContain('Run `lnhs init nope` to create a workspace');
  });
});
