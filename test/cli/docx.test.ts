// `lnhs generate --format docx` (issue 15): plan.docx and agenda.docx from the same Markdown as
// plan.md and agenda.md (so a template override changes them too), `--check` that compares the
// bytes, and the workspace's templates/reference.docx as the house style — a broken one is a
// diagnostic and nothing is written.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, edit, tempDir } from '../core/example.js';
import { runCli } from '../helpers/cli.js';
import { docxOutline, docxParts } from '../helpers/docx.js';

const styles = (font: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="7030A0"/></w:rPr></w:style></w:styles>`;

describe('lnhs generate --format docx', () => {
  it('writes plan.docx and agenda.docx, and no Markdown or HTML that was not asked for', async () => {
    const ws = copyWorkspace();
    const run = await runCli(['generate', ws, '--format', 'docx']);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(path.join(ws, 'out')).sort()).toEqual(['agenda.docx', 'agenda.ics', 'plan.docx']);
    expect(run.stderr).toContain('plan.docx');
    const plan = readFileSync(path.join(ws, 'out/plan.docx'));
    expect(plan.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    expect(docxOutline(plan)).toMatch(/^Heading1 \| Järvilahden lasten ja nuorten hyvinvointisuunnitelma/m);
  });

  it('--check passes on the files it wrote and fails when an input changed', async () => {
    const ws = copyWorkspace();
    expect((await runCli(['generate', ws, '--format', 'md,docx'])).code).toBe(0);
    const same = await runCli(['generate', ws, '--format', 'md,docx', '--check']);
    expect(same.code, same.stderr).toBe(0);
    edit(ws, 'plan.yaml', /^vision: .*$/m, 'vision: Uusi visio kaikille lapsille.');
    const changed = await runCli(['generate', ws, '--format', 'docx', '--check']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('plan.docx');
  });

  it('takes a workspace template override, as the Markdown does', async () => {
    const ws = copyWorkspace();
    mkdirSync(path.join(ws, 'templates'), { recursive: true });
    writeFileSync(path.join(ws, 'templates/plan.md.hbs'), '# {{text title}}\n\n## Oma luku\n\nKunnan oma teksti.\n');
    const run = await runCli(['generate', ws, '--format', 'docx', '--only', 'plan']);
    expect(run.code, run.stderr).toBe(0);
    const outline = docxOutline(readFileSync(path.join(ws, 'out/plan.docx')));
    expect(outline).toContain('Heading2 | Oma luku\nNormal | Kunnan oma teksti.\n');
  });

  it('uses the styles of templates/reference.docx', async () => {
    const ws = copyWorkspace();
    mkdirSync(path.join(ws, 'templates'), { recursive: true });
    writeFileSync(path.join(ws, 'templates/reference.docx'), zipSync({ 'word/styles.xml': new TextEncoder().encode(styles('Verdana')) }));
    const run = await runCli(['generate', ws, '--format', 'docx']);
    expect(run.code, run.stderr).toBe(0);
    for (const name of ['plan.docx', 'agenda.docx']) {
      const bytes = readFileSync(path.join(ws, 'out', name));
      expect(docxParts(bytes).get('word/styles.xml')).toContain('w:ascii="Verdana"');
      expect(docxOutline(bytes)).toMatch(/^Otsikko1 \| /m);
    }
    // the HTML and Markdown do not read it at all: a broken one matters only for Word
    writeFileSync(path.join(ws, 'templates/reference.docx'), 'rikki');
    expect((await runCli(['generate', ws, '--format', 'md,html', '--out', tempDir()])).code).toBe(0);
  });

  it('reports a broken reference.docx with its file, and writes nothing', async () => {
    const ws = copyWorkspace();
    mkdirSync(path.join(ws, 'templates'), { recursive: true });
    writeFileSync(path.join(ws, 'templates/reference.docx'), 'Tämä ei ole Word-tiedosto.');
    const out = tempDir();
    const run = await runCli(['generate', ws, '--format', 'md,docx', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('reference.docx');
    expect(run.stderr).toContain('[reference-docx]');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(out)).toEqual([]);
    const json = await runCli(['generate', ws, '--format', 'docx,json', '--out', out]);
    const diagnostics = JSON.parse(json.stdout).diagnostics as { code: string; file: string }[];
    expect(diagnostics.map((d) => d.code)).toEqual(['reference-docx']);
    expect(diagnostics[0]!.file).toMatch(/templates[\\/]reference\.docx$/);
  });

  it('names docx among the formats when one is unknown', async () => {
    const run = await runCli(['generate', copyWorkspace(), '--format', 'word']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('md, html, pdf, docx');
  });
});
