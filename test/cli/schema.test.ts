// `lnhs schema [plan|board|meeting|indicators] [--out DIR]` (issue 4 item 6): JSON Schema draft
// 2020-12, a Finnish and an English description on every field, the same bytes as schema/*.json.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SCHEMA_DIR = fileURLToPath(new URL('../../schema', import.meta.url));
const NAMES = ['plan', 'board', 'meeting', 'indicators', 'monitoring'] as const;

type Json = { [key: string]: unknown };

/** Every property schema in `schema`, with its path, wherever it is nested (items, anyOf, …). */
function properties(schema: unknown, at = '#'): { path: string; schema: Json }[] {
  const found: { path: string; schema: Json }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Json;
    if (typeof obj.properties === 'object' && obj.properties !== null) {
      for (const [key, value] of Object.entries(obj.properties as Json)) found.push({ path: `${where}/properties/${key}`, schema: value as Json });
    }
    for (const [key, value] of Object.entries(obj)) walk(value, `${where}/${key}`);
  };
  walk(schema, at);
  return found;
}

// The English half of a description has no Finnish letters outside its quoted examples
// ("Perusturvalautakunta"); the Finnish half is another text, and most Finnish halves have them.
const unquoted = (s: string) => s.replace(/"[^"]*"/g, '');
const FINNISH_LETTERS = /[äöÄÖ]/;

describe('lnhs schema', () => {
  it('prints one schema, draft 2020-12, the same bytes as the committed file', async () => {
    for (const name of NAMES) {
      const r = await runCli(['schema', name]);
      expect(r.code, name).toBe(0);
      const schema = JSON.parse(r.stdout) as Json;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      expect(r.stdout).toBe(readFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`), 'utf8'));
    }
  });

  it('describes every field of every schema in Finnish and in English', async () => {
    const finnish: string[] = [];
    for (const name of NAMES) {
      const schema = JSON.parse((await runCli(['schema', name])).stdout) as Json;
      const props = properties(schema);
      expect(props.length, name).toBeGreaterThan(name === 'indicators' || name === 'monitoring' ? 5 : 10);
      for (const { path: where, schema: prop } of props) {
        const description = prop.description;
        expect(typeof description, `${name} ${where}`).toBe('string');
        const [fi, en, ...rest] = (description as string).split(' — ');
        expect(rest, `${name} ${where}: one Finnish and one English half`).toEqual([]);
        expect(fi?.trim(), `${name} ${where}`).toBeTruthy();
        expect(en?.trim(), `${name} ${where}`).toBeTruthy();
        expect(fi, `${name} ${where}`).not.toBe(en);
        expect(fi!.trim().toLowerCase(), `${name} ${where}`).not.toBe(en!.trim().toLowerCase());
        expect(unquoted(en!), `${name} ${where} English: ${en}`).not.toMatch(FINNISH_LETTERS);
        finnish.push(fi!);
        // the YAML language server shows markdownDescription when it is there: both languages too
        if (prop.markdownDescription !== undefined) {
          expect(prop.markdownDescription).toContain(fi!.trim());
          expect(prop.markdownDescription).toContain(en!.trim());
        }
      }
    }
    expect(finnish.filter((fi) => FINNISH_LETTERS.test(unquoted(fi))).length / finnish.length).toBeGreaterThan(0.3);
  });

  it('has the board fields a secretary edits, with their rules', async () => {
    const board = JSON.parse((await runCli(['schema', 'board'])).stdout) as Json;
    const props = properties(board);
    const id = props.find((p) => p.path === '#/properties/board/properties/id')!.schema;
    expect(id.description).toMatch(/^Lautakunnan tunnus.* — Board id/);
    expect(id.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    for (const quadrant of ['strengths', 'weaknesses', 'opportunities', 'threats']) {
      expect(props.some((p) => p.path.endsWith(`/properties/${quadrant}`)), quadrant).toBe(true);
    }
    expect(board.additionalProperties).toBe(false);
  });

  it('prints all five, keyed by name, without a name', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const all = JSON.parse(r.stdout) as Record<string, Json>;
    expect(Object.keys(all)).toEqual([...NAMES]);
    for (const name of NAMES) expect(all[name]).toEqual(JSON.parse(readFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')));
  });

  it('--out DIR writes the five files, identical to schema/*.json', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'lnhs-schema-'));
    const r = await runCli(['schema', '--out', 'schemas'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const written = readdirSync(path.join(cwd, 'schemas')).sort();
    expect(written).toEqual(NAMES.map((n) => `${n}.schema.json`).sort());
    for (const file of written) {
      expect(readFileSync(path.join(cwd, 'schemas', file), 'utf8'), file).toBe(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
      expect(r.stderr).toContain(path.join('schemas', file));
    }
    const one = await runCli(['schema', 'meeting', '--out', 'one'], { cwd });
    expect(one.code).toBe(0);
    expect(readdirSync(path.join(cwd, 'one'))).toEqual(['meeting.schema.json']);
  });

  it('exits 2 on an unknown schema name and names the valid ones', async () => {
    const r = await runCli(['schema', 'boards']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown schema "boards"');
    expect(r.stderr).toContain('plan, board, meeting, indicators');
  });
});
