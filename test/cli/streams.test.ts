// Streams and exit codes (SPEC 6, issue 5 item 3), beyond what usage.test.ts covers: results on
// stdout, diagnostics and progress on stderr, --quiet silencing only progress, and every kind
// of wrong usage ending in exit 2 with the help hint.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { brokenExample, copyExample } from '../ci/example.js';

const HINT = "Run 'lnhs --help' for usage.";

describe('results to stdout, progress to stderr', () => {
  it('validate: a clean run says so on stderr; --quiet says nothing at all', async () => {
    const { root } = copyExample();
    const r = await runCli(['validate', 'ws'], { cwd: root });
    expect(r).toEqual({ code: 0, stdout: '', stderr: expect.stringContaining('no problems found (3 boards)') });
    for (const argv of [['--quiet', 'validate', 'ws'], ['validate', 'ws', '-q'], ['-q', 'validate', 'ws', '--strict']]) {
      expect(await runCli(argv, { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  it('--quiet never hides diagnostics', async () => {
    const { root } = brokenExample();
    const r = await runCli(['--quiet', 'validate', 'ws'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unknown key `weaknesess`');
    expect(r.stderr).toContain('1 error, 1 warning');
  });

  it('generate: what it wrote on stderr, nothing on stdout; --quiet writes the same files silently', async () => {
    const { root } = copyExample();
    const r = await runCli(['generate', 'ws', '--out', 'public'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Wrote plan\.md, plan\.html, agenda\.md, agenda\.html, agenda\.ics to public\n$/);
    const quiet = await runCli(['generate', 'ws', '--out', 'quiet', '--quiet'], { cwd: root });
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(path.join(root, 'quiet', 'plan.html'))).toBe(true);
  });

  it('generate: a failure is said on stderr even under --quiet', async () => {
    const { root } = brokenExample();
    const r = await runCli(['generate', 'ws', '--quiet'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unknown key');
  });

  it('merge, status and schema print their results on stdout, also under --quiet', async () => {
    const { root } = copyExample();
    const merged = await runCli(['--quiet', 'merge', 'ws', '--format', 'json'], { cwd: root });
    expect(merged.code).toBe(0);
    expect(merged.stderr).toBe('');
    expect(JSON.parse(merged.stdout)).toHaveProperty('boards');
    const status = await runCli(['status', 'ws', '--format', 'json', '-q'], { cwd: root });
    expect(status.code).toBe(0);
    expect(status.stderr).toBe('');
    expect(() => JSON.parse(status.stdout)).not.toThrow();
    const schema = await runCli(['schema', 'board'], { cwd: root });
    expect(schema.code).toBe(0);
    expect(schema.stderr).toBe('');
    expect(JSON.parse(schema.stdout)).toHaveProperty('$schema');
  });
});

describe('wrong usage: exit 2 with the help hint, nothing on stdout', () => {
  const cases: [string, string[], RegExp][] = [
    ['an option without its value', ['generate', '--out'], /option '-o, --out <dir>' argument missing/],
    ['an unknown option of a command', ['generate', '--bogus'], /unknown option '--bogus'/],
    ['an unknown global option', ['--bogus', 'validate'], /unknown option '--bogus'/],
    ['too many arguments', ['validate', 'a', 'b'], /too many arguments for 'validate'/],
    ['an unknown document format', ['generate', '.', '--format', 'odt'], /unknown format "odt"/],
    ['an unknown --only', ['generate', '.', '--only', 'minutes'], /argument 'minutes' is invalid/],
    ['an unknown subcommand', ['templates', 'nope'], /unknown command 'nope'/],
    ['an unknown schema', ['schema', 'nope'], /unknown schema "nope"/],
    ['a missing file argument', ['indicators', 'import'], /missing required argument 'file'/],
    ['a threshold out of range', ['merge', '.', '--threshold', '7'], /--threshold must be a number from 0 to 1/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const { root } = copyExample();
      const r = await runCli(argv, { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(HINT);
    });
  }

  it('a command group without its subcommand shows that group’s help on stderr', async () => {
    for (const group of ['templates', 'indicators']) {
      const r = await runCli([group]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Usage: lnhs ${group}`);
    }
    // asking for it is no mistake
    const asked = await runCli(['templates', '--help']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Usage: lnhs templates');
  });
});

describe('internal errors keep the result streams clean', () => {
  it('validate --format github: exit 70, one line on stderr, nothing on stdout that CI could misread', async () => {
    vi.resetModules();
    vi.doMock('../../src/workspace/load.js', () => ({
      loadWorkspace: async () => {
        throw new Error('disk on fire');
      },
    }));
    try {
      const { runCli: run } = await import('../helpers/cli.js');
      const r = await run(['validate', '.', '--format', 'github']);
      expect(r.code).toBe(70);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('disk on fire');
    } finally {
      vi.doUnmock('../../src/workspace/load.js');
      vi.resetModules();
    }
  });
});
