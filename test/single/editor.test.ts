// The schemas in the real editor (issue 13 item 3): the YAML language server that VS Code's
// YAML extension runs, driven over LSP (stdio, JSON-RPC) as an editor drives it. On valid files
// (the example, a fresh `lnhs init`) it must find nothing; on broken files it must flag the same
// lines as `lnhs validate`, once per mistake, in Finnish and English; hover names the field;
// completion offers the enums, example dates and the snippets.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/version.js';
import { runCli } from '../helpers/cli.js';
import { YamlLanguageServer } from '../helpers/lsp.js';
import { testdir } from '../helpers/testdir.js';
import { BOARD_A, MEETING, PLAN } from './fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VERSION = packageVersion();
const URL_BASE = `https://unpkg.com/lnhs@${VERSION}/schema/`;
const line = (name: string) => `# yaml-language-server: $schema=${URL_BASE}${name}.schema.json\n`;

let server: YamlLanguageServer;
const requested: string[] = [];

beforeAll(async () => {
  // the published URL of this version is served from schema/, as unpkg would serve the package
  server = await YamlLanguageServer.start(ROOT, (url) => {
    requested.push(url);
    const m = /^https:\/\/unpkg\.com\/lnhs@([^/]+)\/schema\/([a-z]+\.schema\.json)$/.exec(url);
    if (!m || m[1] !== VERSION) return undefined;
    return readFileSync(path.join(ROOT, 'schema', m[2]!), 'utf8');
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function inputsOf(dir: string): string[] {
  const top = ['plan.yaml', 'meeting.yaml', 'indicators.yaml'].filter((f) => readdirSync(dir).includes(f));
  const boards = readdirSync(path.join(dir, 'boards')).filter((f) => f.endsWith('.yaml')).map((f) => `boards/${f}`);
  return [...top, ...boards].map((f) => path.join(dir, f));
}

describe('the YAML language server on valid files', () => {
  it('finds nothing wrong in the example workspace (year keys of indicators.yaml included)', async () => {
    const files = inputsOf(path.join(ROOT, 'plans', 'example'));
    expect(files.some((f) => f.endsWith('indicators.yaml'))).toBe(true);
    for (const file of files) {
      const found = await server.diagnose(file, readFileSync(file, 'utf8'));
      expect(found.map((d) => `${d.range.start.line + 1}: ${d.message}`), file).toEqual([]);
    }
  }, 120_000);

  it('finds nothing wrong in what lnhs init writes, loading the schemas from their published URL', async () => {
    const dir = testdir({});
    const r = await runCli(['init', '.', '--yes', '--municipality', 'Koskela', '--period', '2027-2030', '--board', 'opetus:Opetuslautakunta'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const file of inputsOf(dir)) {
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith(line(path.basename(file) === 'opetus.yaml' ? 'board' : path.basename(file, '.yaml')))).toBe(true);
      const found = await server.diagnose(file, text);
      expect(found.map((d) => d.message), file).toEqual([]);
    }
    expect(requested).toContain(`${URL_BASE}board.schema.json`);
  }, 120_000);
});

// Each mistake on its own line; `lnhs validate` and the editor must both flag exactly these lines.
const BROKEN: Record<string, { schema: string; text: string }> = {
  'boards/opetus.yaml': {
    schema: 'board',
    text: BOARD_A.replace('submitted: 2026-09-20', 'submitted: 20.9.2026') // Finnish date
      .replace('    - Oppilashuoltoon jonotetaan.', '    - 2025\n    - text: Oppilashuoltoon jonotetaan.\n      teema: tuki') // a number; an unknown key
      .replace('        due: 2028', '        due: ensi vuonna') // neither a year nor a date
      .replace('  email: sihteeri@koskela.example', '  email: sihteeri at koskela'), // no e-mail address
  },
  'meeting.yaml': {
    schema: 'meeting',
    text: MEETING.replace('start: "17:00"', 'start: 17.30').replace('  opetus: 40', '  Opetus: 40'),
  },
  'plan.yaml': {
    schema: 'plan',
    text: PLAN.replace('kind: municipality', 'kind: kunta'),
  },
};

describe('the YAML language server on broken files, beside lnhs validate', () => {
  for (const [rel, { schema, text }] of Object.entries(BROKEN)) {
    it(`${rel}: the same lines, one bilingual message per mistake`, async () => {
      const dir = testdir({ [rel]: line(schema) + text });
      const file = path.join(dir, rel);
      const found = await server.diagnose(file, readFileSync(file, 'utf8'));
      const editorLines = found.map((d) => d.range.start.line + 1).sort((a, b) => a - b);

      const r = await runCli(['validate', rel, '--format', 'json'], { cwd: dir });
      const lnhs = (JSON.parse(r.stdout) as { diagnostics: { line: number; severity: string }[] }).diagnostics;
      const lnhsLines = lnhs.filter((d) => d.severity === 'error').map((d) => d.line).sort((a, b) => a - b);

      expect(editorLines).toEqual(lnhsLines);
      expect(new Set(editorLines).size, 'one message per mistake').toBe(editorLines.length);
      for (const d of found) expect(d.message, d.message).toMatch(/^[^—]+ — [^—]+$/);
    }, 60_000);
  }

  it('tells a Finnish date and a time written with a dot what to write instead', async () => {
    const dir = testdir({ 'boards/x.yaml': line('board') + 'board: {id: x, name: X}\nsubmitted: 20.9.2026\n', 'meeting.yaml': line('meeting') + MEETING.replace('"17:00"', '17.30') });
    const board = await server.diagnose(path.join(dir, 'boards/x.yaml'), readFileSync(path.join(dir, 'boards/x.yaml'), 'utf8'));
    expect(board.map((d) => d.message)).toEqual([expect.stringContaining('2026-09-20')]);
    const meeting = await server.diagnose(path.join(dir, 'meeting.yaml'), readFileSync(path.join(dir, 'meeting.yaml'), 'utf8'));
    expect(meeting.map((d) => d.message)).toEqual([expect.stringContaining('"17:30"')]);
  }, 60_000);
});

describe('help while writing', () => {
  const dir = testdir({});
  const file = path.join(dir, 'boards', 'opetus.yaml');
  const text = line('board') + BOARD_A;

  it('names the field on hover, in Finnish and English, without "||" between alternatives', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    await server.diagnose(file, text);
    const lines = text.split('\n');
    const due = lines.findIndex((l) => l.includes('due: 2028'));
    const hover = await server.hover(file, due, lines[due]!.indexOf('due') + 1);
    expect(hover).toContain('#### Aikataulu (when)');
    expect(hover).not.toContain('||');
    const vision = lines.findIndex((l) => l.startsWith('vision:'));
    expect(await server.hover(file, vision, 2)).toMatch(/^#### Lautakunnan visioehdotus/);
    const action = lines.findIndex((l) => l.includes('- text: Kuraattori'));
    expect(await server.hover(file, action, lines[action]!.indexOf('text') + 1)).toContain('#### Toimenpide (action)');
  }, 60_000);

  it('completes enums and example dates, and offers snippets for a SWOT item and a goal', async () => {
    const planFile = path.join(dir, 'plan.yaml');
    const planText = line('plan') + 'kind: \nmunicipalities: [Koskela]\nperiod: {start: 2027, end: 2030}\n';
    writeFileSync(planFile, planText);
    await server.diagnose(planFile, planText);
    const kinds = (await server.complete(planFile, 1, 6)).map((c) => c.label);
    expect(kinds).toEqual(expect.arrayContaining(['municipality', 'county', 'joint']));

    const boardText = line('board') + 'board:\n  id: opetus\n  name: Opetus\nsubmitted: \nswot:\n  strengths:\n    - \ngoals:\n  - \n';
    writeFileSync(file, boardText);
    await server.diagnose(file, boardText);
    const dates = await server.complete(file, 4, 11);
    expect(dates.map((c) => c.label)).toContain('2026-09-20');
    const swot = await server.complete(file, 7, 6);
    expect(swot.map((c) => c.label)).toContain('SWOT-kohta tunnuksella (item with id)');
    const goals = await server.complete(file, 9, 4);
    expect(goals.map((c) => c.label)).toContain('Tavoite toimenpiteineen (goal with an action)');
  }, 60_000);
});
