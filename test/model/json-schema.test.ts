// The JSON Schemas come from the zod schemas; schema/*.json must be regenerated when they change.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaFileName, serializeSchema, SCHEMA_NAMES } from '../../src/model/json-schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type Json = Record<string, unknown>;

/** Every property schema anywhere in `schema`, with its path. */
function properties(schema: unknown, at = '$'): [string, Json][] {
  if (!schema || typeof schema !== 'object') return [];
  const out: [string, Json][] = [];
  const s = schema as Json;
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, prop] of Object.entries(value as Json)) {
        out.push([`${at}.${name}`, prop as Json]);
        out.push(...properties(prop, `${at}.${name}`));
      }
    } else if (value && typeof value === 'object') {
      out.push(...properties(value, `${at}/${key}`));
    }
  }
  return out;
}

describe('JSON Schemas', () => {
  const schemas = jsonSchemas();

  it('schema/*.json are up to date (run `node scripts/gen-schema.mjs`)', () => {
    for (const name of SCHEMA_NAMES) {
      const file = path.join(ROOT, 'schema', schemaFileName(name));
      expect(readFileSync(file, 'utf8'), `${file} is stale`).toBe(serializeSchema(schemas[name]));
    }
  });

  it('scripts/gen-schema.mjs --check agrees', () => {
    // throws (exit 1) when a file would change
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-schema.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  it.each(SCHEMA_NAMES)('%s: draft 2020-12 with $id and title', (name) => {
    const s = schemas[name] as Json;
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // where it is published, per version (issue 13 item 2)
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(s.$id).toBe(`https://unpkg.com/lnhs@${version}/schema/${name}.schema.json`);
    expect(s.title).toMatch(/^lnhs /);
    expect(s.type).toBe('object');
    expect(s.additionalProperties).toBe(false);
  });

  it.each(SCHEMA_NAMES)('%s: every field is described in Finnish and English', (name) => {
    const props = properties(schemas[name]);
    expect(props.length).toBeGreaterThan(3);
    for (const [where, prop] of props) {
      expect(prop.description, where).toMatch(/^.+ — .+$/);
      expect(prop.markdownDescription, where).toMatch(/^.+\n\n\*.+\*$/);
    }
  });

  it('the board schema knows the SWOT quadrants and item forms', () => {
    const board = schemas.board as Json;
    const swot = (board.properties as Json).swot as Json;
    expect(Object.keys(swot.properties as Json)).toEqual(['strengths', 'weaknesses', 'opportunities', 'threats']);
    expect((board.required as string[])).toEqual(['board']);
    expect(JSON.stringify(swot)).toContain('"additionalProperties":false');
  });

  it('defaults are optional in the schema people write against', () => {
    const plan = schemas.plan as Json;
    expect(plan.required).toEqual(['municipalities', 'period']);
    expect(((plan.properties as Json).language as Json).default).toBe('fi');
    expect(((plan.properties as Json).kind as Json).enum).toEqual(['municipality', 'county', 'joint']);
  });

  it('the meeting schema accepts an unquoted 17:00, which YAML 1.2 reads as text', () => {
    const meeting = schemas.meeting as Json;
    const start = (meeting.properties as Json).start as Json;
    expect(start.type).toBe('string');
    expect(new RegExp(start.pattern as string).test('17:00')).toBe(true);
    expect(new RegExp(start.pattern as string).test('25:00')).toBe(false);
  });
});
