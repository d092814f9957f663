// Golden files of the example workspace (issue 2 item 10, issue 6 item 4): plans/example rendered
// through the real pipeline (load → validate → merge → render) in Finnish, Swedish and English,
// compared byte for byte with test/golden/{fi,sv,en}/{plan.md,agenda.md,agenda.ics}, and the
// monitoring report of 2028 (issue 16) with test/golden/{fi,sv,en}/report-2028.md.
//
// For sv and en the example is copied to a temporary folder and only `language:` in plan.yaml is
// changed: the boards' texts (and the plan's own prose) stay Finnish, as they would in a real
// bilingual municipality that has not translated its inputs.
//
// After an intended change to the templates, labels or the example, rewrite the files with
//
//     UPDATE_GOLDEN=1 npx vitest run test/golden
//
// and read the diff (git diff test/golden) before committing it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import type { Lang, OutputFile } from '../../src/model/types.js';
import { prepareWorkspace } from '../../src/pipeline.js';
import { buildReport } from '../../src/monitoring/report.js';
import { render, renderReport } from '../../src/render/index.js';
import { LABELS } from '../../src/render/labels/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(ROOT, 'plans/example');
const GOLDEN = path.join(ROOT, 'test/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const LANGS: Lang[] = ['fi', 'sv', 'en'];
const FILES = ['plan.md', 'agenda.md', 'agenda.ics', 'report-2028.md'] as const;
/** the example's second monitoring year: it has a previous year to compare with (issue 16) */
const REPORT_YEAR = 2028;

const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** plans/example itself for fi; a copy with `language: <lang>` otherwise. */
function exampleIn(lang: Lang): string {
  if (lang === 'fi') return EXAMPLE;
  const dir = mkdtempSync(path.join(os.tmpdir(), `lnhs-golden-${lang}-`));
  temp.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
  const planFile = path.join(dir, 'plan.yaml');
  const plan = readFileSync(planFile, 'utf8');
  const changed = plan.replace(/^language: *fi *$/m, `language: ${lang}`);
  if (changed === plan) throw new Error('plans/example/plan.yaml has no `language: fi` line to change');
  writeFileSync(planFile, changed);
  return dir;
}

async function renderExample(lang: Lang): Promise<Map<string, string>> {
  const prepared = await prepareWorkspace(exampleIn(lang));
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  if (!prepared.merged || errors.length > 0) {
    throw new Error(`the example does not validate in ${lang}: ${JSON.stringify(errors, null, 2)}`);
  }
  const { files, diagnostics } = await render(prepared.merged, { formats: ['md'] });
  expect(diagnostics).toEqual([]);
  const report = buildReport(prepared.merged, REPORT_YEAR);
  if (!report) throw new Error(`plans/example has no monitoring/${REPORT_YEAR}.yaml`);
  const reported = await renderReport(prepared.merged, report, { formats: ['md'] });
  expect(reported.diagnostics).toEqual([]);
  return new Map([...files, ...reported.files].map((f: OutputFile) => [f.name, String(f.content)]));
}

describe.each(LANGS)('golden files of plans/example in %s', (lang) => {
  let rendered: Map<string, string> | undefined;
  const get = async () => (rendered ??= await renderExample(lang));

  it.each(FILES)('%s matches test/golden/' + lang, async (name) => {
    const actual = (await get()).get(name);
    expect(actual, `${name} was not rendered`).toBeDefined();
    const file = path.join(GOLDEN, lang, name);
    if (UPDATE) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, actual!);
      return;
    }
    expect(existsSync(file), `${path.relative(ROOT, file)} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
    // toBe on strings shows a line diff; the byte comparison also catches a BOM or CRLF.
    expect(actual).toBe(readFileSync(file, 'utf8'));
    expect(Buffer.from(actual!, 'utf8').equals(readFileSync(file))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// No Finnish label left in the Swedish and English documents (issue 6 item 1). The inputs stay
// Finnish, so every string written in the example's YAML files is cut out of the document first;
// what remains is what lnhs itself wrote, and none of it may be a Finnish word.

/** Every string scalar of every YAML file of the example (values, not keys). */
function inputStrings(dir: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const monitoring = existsSync(path.join(dir, 'monitoring')) ? readdirSync(path.join(dir, 'monitoring')).map((f) => `monitoring/${f}`) : [];
  const files = ['plan.yaml', 'meeting.yaml', 'indicators.yaml', ...readdirSync(path.join(dir, 'boards')).map((f) => `boards/${f}`), ...monitoring];
  for (const f of files) if (existsSync(path.join(dir, f))) walk(parseYaml(readFileSync(path.join(dir, f), 'utf8')));
  return out;
}

/** The document with every input text (line by line, longest first) replaced by `▒`. */
function withoutInputs(document: string, inputs: readonly string[]): string {
  const pieces = new Set<string>();
  for (const s of inputs) {
    for (const line of s.split('\n')) if (line.trim()) pieces.add(line.trim());
    // folded (`>-`) and flowed texts appear joined on one line
    if (s.includes('\n')) pieces.add(s.trim().replace(/\s*\n\s*/g, ' '));
  }
  let text = document;
  for (const piece of [...pieces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) text = text.split(piece).join('▒');
  return text;
}

/** An iCalendar file as plain text: lines unfolded, TEXT escapes undone (RFC 5545 3.1, 3.3.11). */
function icsText(ics: string): string {
  return ics
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1');
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];

/**
 * Finnish words lnhs could write: every word of the Finnish label catalogue and the Finnish legal
 * headings that no Swedish or English label uses, and a hand list of the usual suspects.
 */
function finnishWords(): Set<string> {
  const other = new Set([...Object.values(LABELS.sv), ...Object.values(LABELS.en), ...Object.values(SECTION_HEADINGS.sv), ...Object.values(SECTION_HEADINGS.en)].flatMap(words));
  const fromCatalogue = [...Object.values(LABELS.fi), ...Object.values(SECTION_HEADINGS.fi)]
    .map((s) => s.replace(/\{\w+\}/g, ' '))
    .flatMap(words)
    .filter((w) => w.length >= 2 && !other.has(w));
  return new Set([...fromCatalogue, ...FINNISH_WORD_LIST]);
}

/** Words a Finnish label would most likely leak; each must be absent from sv and en documents. */
const FINNISH_WORD_LIST = [
  'ja', 'klo', 'kunta', 'kunnat', 'lautakunta', 'lautakunnat', 'lautakuntaa', 'hyvinvointialue', 'suunnitelmakausi',
  'tiivistelmä', 'visio', 'vahvuudet', 'heikkoudet', 'mahdollisuudet', 'uhat', 'yhteinen', 'teema', 'huom',
  'toimenpideohjelma', 'tavoite', 'toimenpide', 'vastuutaho', 'aikataulu', 'mittari', 'ohjausryhmä', 'rooli',
  'nimi', 'toimitettu', 'esityslista', 'aika', 'paikka', 'puheenjohtaja', 'sihteeri', 'käsiteltävät', 'asiat',
  'valmistelija', 'esittelijä', 'päätösehdotus', 'kokouksen', 'avaus', 'laillisuus', 'päätösvaltaisuus',
  'pöytäkirjantarkastajien', 'valinta', 'työjärjestyksen', 'hyväksyminen', 'päättäminen', 'muutoksenhakuohjeet',
  'muutoksenhakukielto', 'oikaisuvaatimusohje', 'kuntalaki', 'lastensuojelulain', 'koskee', 'asiakohtia',
  'sisällysluettelo', 'indikaattori', 'yksikkö', 'lähde', 'kehitys', 'torstai', 'joulukuu', 'joulukuuta',
];

describe.each(['sv', 'en'] as const)('no Finnish label in the %s documents', (lang) => {
  it.each(FILES)('%s', async (name) => {
    const rendered = (await renderExample(lang)).get(name)!;
    const text = name.endsWith('.ics') ? icsText(rendered) : rendered;
    const own = withoutInputs(text, inputStrings(EXAMPLE));
    const finnish = finnishWords();
    const leaked = [...new Set(words(own).filter((w) => finnish.has(w)))];
    expect(leaked, `Finnish words in ${lang}/${name} outside the input texts:\n${own}`).toEqual([]);
    // the check itself works: the Finnish document is full of these words
    if (name === 'plan.md') {
      const fi = withoutInputs((await renderExample('fi')).get(name)!, inputStrings(EXAMPLE));
      expect(words(fi).filter((w) => finnish.has(w)).length).toBeGreaterThan(20);
    }
  });
});

describe.each(LANGS)('the HTML documents of plans/example in %s', (lang) => {
  it('declare their language', async () => {
    const prepared = await prepareWorkspace(exampleIn(lang));
    const { files } = await render(prepared.merged!, { formats: ['html'] });
    for (const name of ['plan.html', 'agenda.html']) {
      const html = String(files.find((f) => f.name === name)?.content);
      expect(html, name).toMatch(new RegExp(`<html[^>]*\\blang="${lang}"`));
    }
  });
});
