// `lnhs report` in-process (issue 16 item 2): exit codes and messages of the yearly monitoring
// report's command (SPEC 6): no monitoring files, a year that has no file, a malformed --year;
// and the report of the example's two monitoring years as md, html, docx and pdf, with --check.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, edit, tempDir } from '../core/example.js';
import { runCli } from '../helpers/cli.js';
import { docxOutline } from '../helpers/docx.js';
import { pdfinfo } from '../helpers/pdfinfo.js';

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

// ---- the example workspace, with its monitoring of 2027 and 2028 -------------------------------

/** The PDF's text with line breaks collapsed. */
const pdftext = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const ENV = { PATH: process.env.PATH, LNHS_CHROME: process.env.LNHS_CHROME };

describe('lnhs report on the example', () => {
  it('reports on the latest year by default: report-2028.md and .html in out/', async () => {
    const ws = copyWorkspace();
    const r = await runCli(['report', ws]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(ws, 'out')).sort()).toEqual(['report-2028.html', 'report-2028.md']);
    const md = readFileSync(path.join(ws, 'out/report-2028.md'), 'utf8');
    expect(md).toMatch(/^# .*: seurantaraportti 2028$/m);
    expect(md).toContain('## Muutokset vuoteen 2027 verrattuna');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('report-2028.md');
  });

  it('--year 2027 has no previous year to compare with; --out elsewhere', async () => {
    const ws = copyWorkspace();
    const out = path.join(tempDir(), 'public');
    const r = await runCli(['report', ws, '--year', '2027', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(out, 'report-2027.md'), 'utf8');
    expect(md).toContain('Aiemman vuoden seurantatietoja ei ole');
  });

  it('a year without a file is exit 1 naming the years there are, with the init hint', async () => {
    const ws = copyWorkspace();
    const r = await runCli(['report', ws, '--year', '2029']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('there is no monitoring file for 2029 (monitoring/2029.yaml); the workspace has monitoring for 2027, 2028.');
    expect(r.stderr).toContain(`lnhs monitoring init --year 2029 ${ws}`);
    expect(existsSync(path.join(ws, 'out'))).toBe(false);
  });

  it('--check passes on what it wrote and fails when a status changed', async () => {
    const ws = copyWorkspace();
    expect((await runCli(['report', ws])).code).toBe(0);
    const same = await runCli(['report', ws, '--check']);
    expect(same.code, same.stderr).toBe(0);
    edit(ws, 'monitoring/2028.yaml', /status: in_progress/, 'status: delayed');
    const changed = await runCli(['report', ws, '--check']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('report-2028.md');
    expect(changed.stderr).toContain('lnhs report');
  });

  it('writes nothing when the inputs have errors', async () => {
    const ws = copyWorkspace();
    edit(ws, 'monitoring/2028.yaml', /status: in_progress/, 'status: käynnissä');
    const r = await runCli(['report', ws]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('monitoring/2028.yaml');
    expect(existsSync(path.join(ws, 'out'))).toBe(false);
  });

  it('--format docx writes report-2028.docx with the report\'s title, language and date', async () => {
    const ws = copyWorkspace();
    const r = await runCli(['report', ws, '--format', 'docx']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(ws, 'out'))).toEqual(['report-2028.docx']);
    const outline = docxOutline(readFileSync(path.join(ws, 'out/report-2028.docx')));
    expect(outline).toMatch(/^title: .*: seurantaraportti 2028$/m);
    expect(outline).toContain('language: fi-FI');
    expect(outline).toMatch(/^Heading2 \| Tiivistelmä$/m);
  });

  it('--format pdf prints a tagged PDF in the plan\'s language holding the report', async () => {
    const ws = copyWorkspace();
    const r = await runCli(['report', ws, '--format', 'md,html,pdf'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const file = path.join(ws, 'out/report-2028.pdf');
    const info = pdfinfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toMatch(/: seurantaraportti 2028$/);
    expect(readFileSync(file).toString('latin1')).toMatch(/\/Lang\s*\(fi\)/);
    const text = pdftext(file);
    for (const heading of ['Tiivistelmä', 'Myöhässä olevat toimenpiteet', 'Hyvinvointi-indikaattorit', 'Muutokset vuoteen 2027 verrattuna']) expect(text).toContain(heading);
  }, 120_000);
});
