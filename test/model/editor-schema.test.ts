// What an editor with the YAML language server does with the committed schemas (issue 4): it
// follows each file's `# yaml-language-server: $schema=…` line and checks the file with a JSON
// Schema draft 2020-12 validator. Ajv stands in for the editor here, so the schemas an editor
// sees must accept every valid input and reject the mistakes the validator reports.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function inputFiles(workspace: string): string[] {
  const dir = path.join(root, workspace);
  const files = ['plan.yaml', 'meeting.yaml', 'indicators.yaml'].filter((f) => existsSync(path.join(dir, f)));
  const boards = readdirSync(path.join(dir, 'boards')).map((f) => `boards/${f}`);
  // the yearly follow-up (issue 16)
  const monitoring = existsSync(path.join(dir, 'monitoring')) ? readdirSync(path.join(dir, 'monitoring')).map((f) => `monitoring/${f}`) : [];
  return [...files, ...boards, ...monitoring].map((f) => path.join(dir, f));
}

function schemaFor(file: string): { schemaPath: string; schema: object } {
  const first = readFileSync(file, 'utf8').split('\n')[0]!;
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(match, `${file} starts with a schema line`).not.toBeNull();
  const schemaPath = path.resolve(path.dirname(file), match![1]!);
  return { schemaPath, schema: JSON.parse(readFileSync(schemaPath, 'utf8')) as object };
}

function validator() {
  // strict: false — the schemas carry `markdownDescription`, an editor extension keyword;
  // formats (date, email) are checked by lnhs itself, as most editors only hint at them.
  return new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
}

describe('the committed JSON Schemas, as an editor uses them', () => {
  for (const workspace of ['plans/example', 'test/fixtures/joint']) {
    for (const file of inputFiles(workspace)) {
      const rel = path.relative(root, file);
      it(`${rel} points at a committed schema that accepts it`, () => {
        const { schemaPath, schema } = schemaFor(file);
        expect(path.relative(root, schemaPath)).toMatch(/^schema\/(plan|board|meeting|indicators|monitoring)\.schema\.json$/);
        const validate = validator().compile(schema);
        const ok = validate(parse(readFileSync(file, 'utf8')));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      });
    }
  }

  it('rejects a Finnish status and a progress above 100 in a monitoring file (issue 16)', () => {
    const { schema } = schemaFor(path.join(root, 'plans/example/monitoring/2027.yaml'));
    const validate = validator().compile(schema);
    const ok = { year: 2027, actions: [{ goal: 'lukuinto', action: 'kirjastoauto', status: 'delayed', progress: 30 }] };
    expect(validate(ok), JSON.stringify(validate.errors)).toBe(true);
    const bad = { year: 2027, actions: [{ goal: 'lukuinto', action: 'kirjastoauto', status: 'viivästynyt', progress: 130 }] };
    expect(validate(bad)).toBe(false);
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(problems).toEqual(expect.arrayContaining(['/actions/0/status enum', '/actions/0/progress maximum']));
  });

  it('rejects a misspelt quadrant and a wrong type in a board file', () => {
    const { schema } = schemaFor(path.join(root, 'plans/example/boards/sivistys.yaml'));
    const validate = validator().compile(schema);
    const board = {
      board: { id: 'sivistys', name: 'Sivistyslautakunta' },
      swot: { weeknesses: ['Kiusaaminen on lisääntynyt.'], strengths: 'ei lista' },
    };
    expect(validate(board)).toBe(false);
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
    expect(problems.some((p) => p.includes('additionalProperties') && p.includes('weeknesses'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/swot/strengths type'))).toBe(true);
  });

  it('offers completion for every key of a board file, with Finnish and English help', () => {
    const { schema } = schemaFor(path.join(root, 'plans/example/boards/sivistys.yaml'));
    const props = (schema as { properties: Record<string, { description?: string }> }).properties;
    expect(Object.keys(props).sort()).toEqual(['board', 'contact', 'goals', 'submitted', 'swot', 'vision'].sort());
    for (const [key, prop] of Object.entries(props)) {
      expect(prop.description, key).toMatch(/ — /); // "suomeksi — in English"
    }
  });
});
