// Exit codes and streams of the command line itself (SPEC 6, issue 5 item 3), in-process.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('usage', () => {
  it('prints help with an example for each command and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['init', 'validate', 'status', 'merge', 'generate', 'diff', 'templates', 'schema', 'indicators']) {
      expect(r.stdout).toContain(cmd);
    }
    expect(r.stdout).toContain('Exit codes');
    for (const cmd of ['init', 'validate', 'status', 'merge', 'generate', 'diff', 'schema']) {
      const sub = await runCli([cmd, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toMatch(/Examples?:\n\s+\$ lnhs /);
    }
  });

  it('prints the version from package.json', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 with the help hint on an unknown command', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stderr).toContain("Run 'lnhs --help' for usage.");
    expect(r.stdout).toBe('');
  });

  it('suggests the nearest command', async () => {
    const r = await runCli(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('validate');
  });

  it('exits 2 on an unknown option and on a missing argument', async () => {
    const unknown = await runCli(['validate', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
    const missing = await runCli(['diff', 'only-one']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'new'");
    const badChoice = await runCli(['validate', '--format', 'xml']);
    expect(badChoice.code).toBe(2);
  });

  it('exits 2 with no arguments at all, after showing the help', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage: lnhs');
  });

  it('speaks Finnish with a Finnish locale or --lang fi', async () => {
    const byEnv = await runCli(['--help'], { env: { LANG: 'fi_FI.UTF-8' } });
    expect(byEnv.stdout).toContain('Paluukoodit');
    const byFlag = await runCli(['--lang', 'fi', 'frobnicate']);
    expect(byFlag.stderr).toContain("Katso käyttöohje: 'lnhs --help'.");
    const english = await runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(english.stdout).toContain('Exit codes');
  });
});

describe('internal errors', () => {
  it('exit 70 with one line and no stack trace; the stack only with LNHS_DEBUG=1', async () => {
    vi.resetModules();
    vi.doMock('../../src/pipeline.js', () => ({
      prepareWorkspace: async () => {
        throw new TypeError('boom');
      },
    }));
    const { runCli: run } = await import('../helpers/cli.js');
    const r = await run(['merge', '.']);
    expect(r.code).toBe(70);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('internal error: boom');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = await run(['merge', '.'], { env: { LNHS_DEBUG: '1' } });
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/\n\s+at /);
    vi.doUnmock('../../src/pipeline.js');
    vi.resetModules();
  });
});
