// `lnhs report` in-process (issue 16 item 2): exit codes and messages of the yearly monitoring
// report's command (SPEC 6): no monitoring files, a year that has no file, a malformed --year.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../../plans/example', import.meta.url));

/** A copy of the example without its monitoring/ folder (and without out/). */
function exampleWithoutMonitoring(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-report-cli-')), 'example');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !['out', 'monitoring'].includes(path.basename(src)) });
  return dir;
}

describe('lnhs report without monitoring files', () => {
  it('exits 1 with a message and the monitoring init hint, and writes nothing', async () => {
    const dir = exampleWithoutMonitoring();
    const r = await runCli(['report', 'example'], { cwd: path.dirname(dir) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('example has no monitoring files (monitoring/<year>.yaml)');
    expect(r.stderr).toContain('lnhs monitoring init --year 2027 example');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('says it in Finnish with --lang fi', async () => {
    const dir = exampleWithoutMonitoring();
    const r = await runCli(['report', 'example', '--lang', 'fi', '--year', '2028'], { cwd: path.dirname(dir) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ei ole seurantatiedostoja');
    expect(r.stderr).toContain('lnhs monitoring init --year 2028 example');
  });
});

describe('lnhs report usage', () => {
  it('takes only a four-digit --year (exit 2)', async () => {
    const r = await runCli(['report', EXAMPLE, '--year', '28']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year must be a year like 2028, got "28"');
  });

  it('has help with an example', async () => {
    const r = await runCli(['report', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--year <year>');
    expect(r.stdout).toContain('lnhs report plans/example --year 2027');
  });
});
