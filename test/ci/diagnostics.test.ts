// Diagnostics formats for CI (issue 5 item 1): github annotations, json, and the default text,
// coloured only on a terminal. Machine formats are a command's result, so they go to stdout
// (docs/ci.md, "Where the output goes"); text diagnostics go to stderr.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, type Diagnostic } from '../../src/diagnostics.js';
import { runCli } from '../helpers/cli.js';
import { brokenExample, copyExample, warningExample } from './example.js';

const ANSI = /\x1b\[[0-9;]*m/;
const ANNOTATION = /^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$/;

function annotations(stdout: string) {
  const lines = stdout.split('\n').filter((l) => l !== '');
  return lines.map((line) => {
    const m = ANNOTATION.exec(line);
    if (!m) throw new Error(`not a workflow command: ${line}`);
    return { severity: m[1], file: m[2], line: Number(m[3]), col: Number(m[4]), title: m[5], message: m[6] };
  });
}

describe('validate --format github', () => {
  it('prints ::error and ::warning with paths relative to the current folder', async () => {
    const { root, errorLine } = brokenExample();
    const r = await runCli(['validate', 'ws', '--format', 'github'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const found = annotations(r.stdout);
    expect(found).toEqual([
      {
        severity: 'error',
        file: 'ws/boards/sivistys.yaml',
        line: errorLine,
        col: 3,
        title: 'lnhs unknown-key',
        message: expect.stringContaining('`weaknesess`'),
      },
      {
        severity: 'warning',
        file: 'ws/plan.yaml',
        line: expect.any(Number),
        col: expect.any(Number),
        title: 'lnhs no-vision',
        message: expect.stringContaining('vision'),
      },
    ]);
    // the hint travels with the message: an annotation has no other place for it
    expect(found[0]!.message).toContain('Did you mean `weaknesses`?');
  });

  it('is relative to the folder it runs in, also when given an absolute path', async () => {
    const { root, ws } = brokenExample();
    const inside = await runCli(['validate', '.', '--format', 'github'], { cwd: ws });
    expect(annotations(inside.stdout).map((a) => a.file)).toEqual(['boards/sivistys.yaml', 'plan.yaml']);
    const absolute = await runCli(['validate', ws, '--format', 'github'], { cwd: root });
    expect(annotations(absolute.stdout).map((a) => a.file)).toEqual(['ws/boards/sivistys.yaml', 'ws/plan.yaml']);
  });

  it('warnings alone: exit 0, but exit 1 under --strict; nothing printed for a clean workspace', async () => {
    const { root } = warningExample();
    const lenient = await runCli(['validate', 'ws', '--format', 'github'], { cwd: root });
    expect(lenient.code).toBe(0);
    expect(annotations(lenient.stdout).map((a) => a.severity)).toEqual(['warning']);
    const strict = await runCli(['validate', 'ws', '--strict', '--format', 'github'], { cwd: root });
    expect(strict.code).toBe(1);
    expect(annotations(strict.stdout).map((a) => a.severity)).toEqual(['warning']);

    const clean = copyExample();
    const ok = await runCli(['validate', 'ws', '--strict', '--format', 'github'], { cwd: clean.root });
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('escapes what would end a property or the command (actions/toolkit rules)', () => {
    const d: Diagnostic = {
      severity: 'error',
      code: 'yaml-syntax',
      message: '100% broken\r\nsecond line',
      file: '/ws/boards/a,b:c.yaml',
      line: 3,
      column: 7,
      messageId: 'yaml.syntax',
    };
    expect(formatGithub([d], { cwd: '/ws' })).toBe(
      '::error file=boards/a%2Cb%3Ac.yaml,line=3,col=7,title=lnhs yaml-syntax::100%25 broken%0D%0Asecond line',
    );
  });
});

describe('validate --format json', () => {
  it('prints {diagnostics, summary} that parses, with every field', async () => {
    const { root, errorLine } = brokenExample();
    const r = await runCli(['validate', 'ws', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const parsed = JSON.parse(r.stdout) as { diagnostics: Record<string, unknown>[]; summary: unknown };
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1 });
    expect(parsed.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'unknown-key',
        message: 'Unknown key `weaknesess`.',
        file: 'ws/boards/sivistys.yaml',
        line: errorLine,
        column: 3,
        hint: 'Did you mean `weaknesses`?',
      },
      {
        severity: 'warning',
        code: 'no-vision',
        message: expect.any(String),
        file: 'ws/plan.yaml',
        line: expect.any(Number),
        column: expect.any(Number),
        hint: expect.any(String),
      },
    ]);
  });

  it('prints an empty list for a clean workspace, never coloured', async () => {
    const { root } = copyExample();
    const r = await runCli(['validate', 'ws', '--format', 'json'], { cwd: root, tty: true, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(JSON.parse(r.stdout)).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0 } });
  });
});

describe('text, the default', () => {
  it('goes to stderr with file:line:col, the source line with a caret, the hint and a summary', async () => {
    const { root, errorLine } = brokenExample();
    const r = await runCli(['validate', 'ws'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`ws/boards/sivistys.yaml:${errorLine}:3  error  Unknown key \`weaknesess\`.  [unknown-key]`);
    expect(r.stderr).toContain(`  ${errorLine} |   weaknesess:\n`);
    expect(r.stderr).toMatch(/\n +\| {3}\^\n/);
    expect(r.stderr).toContain('hint: Did you mean `weaknesses`?');
    expect(r.stderr).toContain('1 error, 1 warning');
    expect(r.stderr).not.toMatch(ANSI);
  });

  const cases: [string, { tty: boolean; env?: Record<string, string>; args?: string[] }, boolean][] = [
    ['on a terminal', { tty: true }, true],
    ['not on a terminal', { tty: false }, false],
    ['on a terminal with NO_COLOR', { tty: true, env: { NO_COLOR: '1' } }, false],
    ['on a terminal with --no-color', { tty: true, args: ['--no-color'] }, false],
    ['on a terminal with FORCE_COLOR=0', { tty: true, env: { FORCE_COLOR: '0' } }, false],
    ['not on a terminal with FORCE_COLOR=1', { tty: false, env: { FORCE_COLOR: '1' } }, true],
    ['with an empty NO_COLOR (which does not count)', { tty: true, env: { NO_COLOR: '' } }, true],
  ];
  for (const [name, opts, coloured] of cases) {
    it(`is ${coloured ? '' : 'not '}coloured ${name}`, async () => {
      const { root } = brokenExample();
      const r = await runCli([...(opts.args ?? []), 'validate', 'ws'], { cwd: root, tty: opts.tty, env: opts.env ?? {} });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Unknown key');
      if (coloured) expect(r.stderr).toMatch(ANSI);
      else expect(r.stderr).not.toMatch(ANSI);
    });
  }

  it('github annotations are never coloured, even when forced', async () => {
    const { root } = brokenExample();
    const r = await runCli(['validate', 'ws', '--format', 'github'], { cwd: root, tty: true, env: { FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(ANSI);
    expect(annotations(r.stdout)).toHaveLength(2);
  });
});

describe("generate's diagnostics", () => {
  it('--format md,github: annotations on stdout, exit 1, nothing written', async () => {
    const { root, errorLine } = brokenExample();
    const r = await runCli(['generate', 'ws', '--format', 'md,github', '--out', 'public'], { cwd: root });
    expect(r.code).toBe(1);
    const found = annotations(r.stdout);
    expect(found.map((a) => [a.severity, a.file, a.line])).toEqual([
      ['error', 'ws/boards/sivistys.yaml', errorLine],
      ['warning', 'ws/plan.yaml', found[1]!.line],
    ]);
    expect(r.stderr).not.toContain('::');
    expect(existsSync(path.join(root, 'public'))).toBe(false);
  });

  it('--format md,github with warnings only: the warning on stdout, the progress on stderr, files written', async () => {
    const { root } = warningExample();
    const r = await runCli(['generate', 'ws', '--format', 'md,github', '--out', 'public'], { cwd: root });
    expect(r.code).toBe(0);
    expect(annotations(r.stdout).map((a) => [a.severity, a.title])).toEqual([['warning', 'lnhs no-vision']]);
    expect(r.stderr).toContain('Wrote plan.md');
    expect(existsSync(path.join(root, 'public', 'plan.md'))).toBe(true);
    expect(existsSync(path.join(root, 'public', 'plan.html'))).toBe(false);
  });

  it('--format html,json prints parseable JSON on stdout; --strict turns the warning into a failure', async () => {
    const { root } = warningExample();
    const strict = await runCli(['generate', 'ws', '--format', 'html,json', '--strict', '--out', 'public'], { cwd: root });
    expect(strict.code).toBe(1);
    const parsed = JSON.parse(strict.stdout) as { diagnostics: { code: string }[]; summary: unknown };
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['no-vision']);
    expect(parsed.summary).toEqual({ errors: 0, warnings: 1 });
    expect(existsSync(path.join(root, 'public'))).toBe(false);
  });

  it('text stays the default: diagnostics and the failure line on stderr, stdout empty', async () => {
    const { root } = brokenExample();
    const r = await runCli(['generate', 'ws', '--out', 'public'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ws/boards/sivistys.yaml:');
    expect(r.stderr).toContain('1 error, 1 warning');
  });
});

describe('a file with very many problems', () => {
  it('text shows the first 50 of a file and counts the rest; json keeps them all', async () => {
    const { formatText, formatJson, diagnostic } = await import('../../src/diagnostics.js');
    const many = Array.from({ length: 120 }, (_, i) =>
      diagnostic({ code: 'unknown-key', file: 'ws/boards/a.yaml', line: i + 1, column: 1, id: 'schema.unknownKey', args: { key: `k${i}` } }),
    );
    const other = diagnostic({ code: 'schema', file: 'ws/plan.yaml', line: 3, column: 1, id: 'schema.required', args: { key: 'period' } });
    const text = formatText([...many, other]);
    expect(text.match(/ws\/boards\/a\.yaml:\d+:1 {2}error/g)).toHaveLength(50);
    expect(text).toContain('ws/boards/a.yaml: and 70 more in this file (all of them: --format json)');
    expect(text).toContain('ws/plan.yaml:3:1  error');
    expect(formatText([...many], { locale: 'fi' })).toContain('ws/boards/a.yaml: ja 70 muuta ilmoitusta tässä tiedostossa');
    expect(JSON.parse(formatJson([...many, other])).diagnostics).toHaveLength(121);
  });
});
