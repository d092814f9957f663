// A Chromium that misbehaves (issue 12 item 5): small fake browsers as LNHS_CHROME, run through
// the built binary, since a throw from playwright-core's pipe would take the whole process down.
// Each must end in one line and exit 1 within the timeout, md, html and ics still written, no
// stack trace, and the fake's process killed and reaped: no zombie, no orphan left in /proc.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, REPO } from '../ci/example.js';

const BIN = path.join(REPO, 'bin', 'lnhs.cjs');

/** A fake browser: writes its pid to `pid` next to it, then runs `body` (fd 4 is the DevTools pipe to lnhs). */
function fake(root: string, name: string, body: string): string {
  const file = path.join(root, `${name}.sh`);
  writeFileSync(file, `#!/bin/sh\necho $$ > "${path.join(root, `${name}.pid`)}"\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** Whether the process is still there, a zombie included (a zombie's /proc entry stays). */
function present(pid: number): boolean {
  return existsSync(`/proc/${pid}`);
}

function generate(root: string, chrome: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, 'generate', 'ws', '--format', 'md,html,pdf'], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', LC_ALL: 'C', LNHS_CHROME: chrome, LNHS_PDF_TIMEOUT: '3', ...extra },
    timeout: 60_000,
  });
}

const CASES: [string, string, RegExp][] = [
  ['garbage on the DevTools pipe', `printf 'garbage\\000' >&4\nexec sleep 600`, /DevTools connection: .*not valid JSON/],
  ['JSON that is no DevTools message', `printf '[1,2]\\000{"id":"x"}\\000' >&4\nexec sleep 600`, /plan\.pdf: /],
  ['a message never ended', `printf 'x' >&4\nexec sleep 600`, /no answer within 3 s \(LNHS_PDF_TIMEOUT\)/],
  ['silence', 'exec sleep 600', /no answer within 3 s|Timeout/],
  ['an exit at once', 'exit 3', /plan\.pdf: /],
];

describe('a Chromium that misbehaves', () => {
  it.each(CASES)('%s: one line, exit 1, the other formats written, the browser gone', (name, body, reason) => {
    const { root } = copyExample();
    const chrome = fake(root, name.replace(/\W+/g, '-'), body);
    const r = generate(root, chrome);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^lnhs: Chromium could not print plan\.pdf: /m);
    expect(r.stderr).toMatch(reason);
    // no stack trace, no Node error banner
    expect(r.stderr).not.toMatch(/^\s+at |node:internal|<anonymous_script>/m);
    expect(readdirSync(path.join(root, 'ws', 'out')).sort()).toEqual(['agenda.html', 'agenda.ics', 'agenda.md', 'plan.html', 'plan.md']);
    const pidFile = path.join(root, `${name.replace(/\W+/g, '-')}.pid`);
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      expect(present(pid), `fake browser ${pid} still in /proc`).toBe(false);
    }
  }, 60_000);

  it('LNHS_PDF_TIMEOUT that is no number of seconds is said so; the other formats are written', () => {
    const { root } = copyExample();
    const chrome = fake(root, 'unused', 'exit 0');
    const r = generate(root, chrome, { LNHS_PDF_TIMEOUT: 'soon' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('LNHS_PDF_TIMEOUT must be a number of seconds, found "soon"');
    expect(existsSync(path.join(root, 'unused.pid'))).toBe(false);
    expect(existsSync(path.join(root, 'ws', 'out', 'plan.md'))).toBe(true);
  }, 60_000);
});
