// CI (issue 13 item 8): GitHub shows at most 10 error annotations per step and drops the rest
// silently; --format github annotates the first ones and says how many more, and writes every
// diagnostic to $GITHUB_STEP_SUMMARY as a Markdown table. `generate --check` gives advice that
// fits a workspace whose out/ is git-ignored.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatMarkdownTable, type Diagnostic } from '../../src/diagnostics.js';
import { ignores } from '../../src/output/git-ignored.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { BOARD_A, workspaceFiles } from './fixtures.js';

function diag(i: number, severity: 'error' | 'warning' = 'error', message = `Problem ${i}.`): Diagnostic {
  return { severity, code: 'schema', message, file: `boards/b${String(i).padStart(2, '0')}.yaml`, line: i, column: 3, messageId: 'schema.invalid' };
}

describe('--format github', () => {
  it('annotates the first 10 errors and 10 warnings, and says how many more there are', () => {
    const list = [...Array.from({ length: 14 }, (_, i) => diag(i + 1)), ...Array.from({ length: 12 }, (_, i) => diag(i + 20, 'warning'))];
    const lines = formatGithub(list).split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.at(-1)).toBe(
      '::notice title=lnhs::4 more errors and 2 more warnings are not annotated (GitHub shows 10 of each per step); every problem is in the job summary and in the output of lnhs validate.',
    );
    // the first ones in file order are the ones annotated
    expect(lines[0]).toContain('file=boards/b01.yaml,line=1');
  });

  it('adds nothing when everything fits', () => {
    expect(formatGithub([diag(1)]).split('\n')).toHaveLength(1);
  });
});

describe('the job summary', () => {
  it('is a Markdown table of every diagnostic, with | and control characters escaped and no HTML', () => {
    const nasty = diag(1, 'error', 'The key `a|b` <b>bold</b>\nsecond line\u0007.');
    const md = formatMarkdownTable([nasty, diag(2, 'warning')], { title: 'lnhs validate' });
    expect(md).toBe(
      [
        '### lnhs validate: 1 error, 1 warning',
        '',
        '| | File | Line | Column | Problem | Code |',
        '|---|---|---:|---:|---|---|',
        '| ❌ error | boards/b01.yaml | 1 | 3 | The key `a\\|b` &lt;b&gt;bold&lt;/b&gt; second line . | `schema` |',
        '| ⚠️ warning | boards/b02.yaml | 2 | 3 | Problem 2. | `schema` |',
        '',
      ].join('\n'),
    );
  });

  it('is appended to $GITHUB_STEP_SUMMARY by validate --format github, all of them, beside the annotations', async () => {
    const broken = BOARD_A.replace(/Koulut ovat lähellä kotia\./, '[').replace('submitted: 2026-09-20', 'submitted: 20.9.2026');
    const boards = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`boards/b${i}.yaml`, broken.replace('id: opetus', `id: b${i}`)]));
    const dir = testdir({ ...workspaceFiles(), ...boards, 'summary.md': '## earlier step\n' });
    const summary = path.join(dir, 'summary.md');
    const r = await runCli(['validate', '.', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(10);
    expect(r.stdout).toMatch(/::notice title=lnhs::\d+ more errors/);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('## earlier step\n')).toBe(true);
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌'));
    expect(rows.length).toBeGreaterThan(10);
  });

  it('is not written without $GITHUB_STEP_SUMMARY, nor in the other formats', async () => {
    const dir = testdir({ ...workspaceFiles(), 'boards/x.yaml': 'board: [\n', 'summary.md': '' });
    await runCli(['validate', '.', '--format', 'json'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') } });
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toBe('');
  });
});

describe('generate --check and an ignored out/', () => {
  it('understands the .gitignore lines that name a folder', () => {
    expect(ignores('out/\n', 'out')).toBe(true);
    expect(ignores('# x\n/out\n', 'out')).toBe(true);
    expect(ignores('**/out\n', 'plans/a/out')).toBe(true);
    expect(ignores('/plans/a/out/\n', 'plans/a/out')).toBe(true);
    expect(ignores('/plans/a/out/\n', 'plans/b/out')).toBe(false);
    expect(ignores('out/\n!out/\n', 'out')).toBe(false);
    expect(ignores('draft/\n', 'out')).toBe(false);
  });

  it('says that an ignored out/ has nothing to compare in a fresh clone, instead of "commit them"', async () => {
    const dir = testdir({ ...workspaceFiles(), '.gitignore': 'out/\n' });
    const r = await runCli(['generate', '.', '--check', '--format', 'md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('out/ is ignored by git (.gitignore)');
    expect(r.stderr).toContain('`lnhs generate --out <folder>` to publish');
    expect(r.stderr).not.toContain('commit them');
  });

  it('keeps the advice to commit where the drafts are committed', async () => {
    const dir = testdir(workspaceFiles());
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
    const r = await runCli(['generate', '.', '--check', '--format', 'md', '--out', 'draft'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('commit them');
  });
});
