// The generated fast path of the schema check (src/model/fast-schema.generated.ts, issue 7) must
// give exactly what `schema.safeParse(data, { jitless: true })` gives wherever it accepts a file —
// the same values, defaults and trims, the same keys in the same order — and must accept nothing
// that zod rejects. Checked on the example, the fixtures, a generated workspace and many seeded
// random mutations of their data; on schemas of the test's own for the constructs schema.ts does
// not use; and the generator must refuse what it does not mirror. validate() must then take the
// fast path for a valid workspace without loading zod, and nothing the CLI's validate and generate
// reach statically may import zod or schema.ts.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { rng } from '../helpers/rng.js';
import { testdir } from '../helpers/testdir.js';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/lazy/zod-check.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lazy/zod-check.js')>();
  return {
    load: () => {
      calls.n++;
      return real.load();
    },
  };
});

const { fastBoard, fastIndicators, fastMeeting, fastPlan } = await import('../../src/model/fast-schema.generated.js');
const { FAST_ENTRIES, generateFunctions, generateModule, UnsupportedSchemaError } = await import('../../src/model/fast-schema-gen.js');
const { boardSchema, indicatorsSchema, meetingSchema, planSchema } = await import('../../src/model/schema.js');
const { loadSource, loadWorkspace } = await import('../../src/workspace/load.js');
const { validate } = await import('../../src/validate/index.js');

const root = path.resolve(import.meta.dirname, '..', '..');
const example = path.join(root, 'plans', 'example');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-fast-schema-'));
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-large.mjs'), tmp, '--boards', '3', '--items', '60'], { stdio: 'ignore' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Kind = 'plan' | 'board' | 'meeting' | 'indicators';
const KINDS: Record<Kind, { fast: (data: unknown) => unknown; schema: z.ZodType }> = {
  plan: { fast: fastPlan, schema: planSchema },
  board: { fast: fastBoard, schema: boardSchema },
  meeting: { fast: fastMeeting, schema: meetingSchema },
  indicators: { fast: fastIndicators, schema: indicatorsSchema },
};

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function kindOf(file: string): Kind {
  const base = path.basename(file).replace(/\.ya?ml$/, '');
  return base === 'plan' || base === 'meeting' || base === 'indicators' ? base : 'board';
}

/** the data of a file, read with the project's loader (undefined when it does not parse) */
async function dataOf(file: string): Promise<unknown> {
  return (await loadSource(path.dirname(file), path.basename(file), kindOf(file))).source.data;
}

/**
 * The very same value: equal primitives by Object.is (-0 is not 0), the same prototypes, the same
 * own keys in the same order (undefined-valued ones included), the same property descriptors.
 */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k, i) => {
    if (k !== kb[i]) return false;
    const da = Object.getOwnPropertyDescriptor(a, k)!;
    const db = Object.getOwnPropertyDescriptor(b, k)!;
    return da.enumerable === db.enumerable && da.writable === db.writable && same(da.value, db.value);
  });
}

/** A deep copy that keeps prototypes (null ones too) and own keys such as `__proto__`. */
function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const out = Array.isArray(v) ? [] : Object.create(Object.getPrototypeOf(v));
  for (const k of Reflect.ownKeys(v)) {
    if (Array.isArray(v) && k === 'length') continue;
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    Object.defineProperty(out, k, { ...d, value: clone(d.value) });
  }
  return out;
}

/** zod and the fast path on `data`; returns whether the fast path took it. */
function compare(fast: (data: unknown) => unknown, schema: z.ZodType, data: unknown, label: string): boolean {
  const before = clone(data);
  const got = fast(data);
  expect(same(data, before), `${label}: the fast path leaves its input alone`).toBe(true);
  const want = schema.safeParse(data, { jitless: true });
  if (!want.success) {
    expect(got, `${label}: zod fails, so the fast path must`).toBeUndefined();
    return false;
  }
  if (got === undefined) return false;
  expect(got, label).toStrictEqual(want.data);
  expect(JSON.stringify(got), `${label}: JSON`).toBe(JSON.stringify(want.data));
  expect(same(got, want.data), `${label}: the same keys in the same order, -0 kept`).toBe(true);
  return true;
}

// ---- random mutations of valid data -------------------------------------------------------------

/** an object with an own, enumerable `__proto__` key, as JSON.parse makes it */
const protoObject = () => JSON.parse('{"__proto__": {"polluted": true}, "text": "x"}');

const VALUES: (() => unknown)[] = [
  ...[null, undefined, true, false, 0, -0, 1, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, 1899, 1900, 2200, 2201, 2027, 1e21].map((v) => () => v),
  ...['', ' ', '  x  ', 'x', '\t\n', 'ä', ' Åbo ', '\u00a0', '\u2028', '\ufeff', '😀', '\ud800', 'a\u0000b', 'x'.repeat(300)].map((v) => () => v),
  ...['2026-02-30', '2024-02-29', '2100-02-29', '2000-02-29', '2026-02-28', '2026-13-01', '2026-9-1', ' 2026-09-15', '2026-09-15T10:00', '0000-01-01'].map((v) => () => v),
  ...['17:00', '24:00', '23:59', '00:00', '7:00', '17:00:00', '17.00', ' 17:00', '１７:００'].map((v) => () => v),
  ...[1700, 17.5, '2027', '027', '20270', '1e3', '0x10', '12', '-1'].map((v) => () => v),
  ...['a@b.fi', 'a@b', 'a.b@c.fi', 'ä@b.fi', '.a@b.fi', 'a..b@c.fi', "o'brien@x.fi", 'a@-b.fi', 'a@b.c'].map((v) => () => v),
  ...['perusturva', 'Perusturva', 'perus-turva', 'perus--turva', '-x', 'x_y', 'x y', 'teema_1', 'teema-ä'].map((v) => () => v),
  ...['municipality', 'county', 'joint', 'Joint', 'fi', 'sv', 'en', 'FI', 'toString', '__proto__', 'constructor'].map((v) => () => v),
  () => [],
  () => [''],
  () => ['x'],
  () => [' x ', 'y'],
  () => [null],
  () => [undefined],
  () => ({}),
  () => ({ text: 'x' }),
  () => ({ text: '  x  ', id: 'a', theme: 'b', note: 'n' }),
  () => ({ text: ' ' }),
  () => ({ text: 'x', id: 'a b' }),
  () => ({ 2024: 1, 2023: 2.5 }),
  () => ({ '2024': '1' }),
  () => ({ title: 'x', actions: [] }),
  () => ({ start: 2025, end: 2028 }),
  () => Object.assign(Object.create(null), { text: 'x' }),
  () => Object.assign(Object.create(null), { x: 'y' }),
  protoObject,
  () => new Date(0),
];

const KEYS = ['typo', 'Title', 'text', 'id', 'name', 'note', 'theme', 'title', 'vision', 'values', 'boards', 'sections', 'kind', 'end', '', ' ', '2024', '0', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 'ä'];

interface Place {
  parent: Record<string | number, unknown> | unknown[];
  key: string | number;
}

/** every place in the data that holds a value (the root has none) */
function places(data: unknown, out: Place[] = []): Place[] {
  if (Array.isArray(data)) {
    data.forEach((v, i) => {
      out.push({ parent: data, key: i });
      places(v, out);
    });
  } else if (data !== null && typeof data === 'object') {
    for (const k of Object.keys(data)) {
      out.push({ parent: data as Record<string, unknown>, key: k });
      places((data as Record<string, unknown>)[k], out);
    }
  }
  return out;
}

function containers(data: unknown, out: unknown[] = []): unknown[] {
  if (data !== null && typeof data === 'object') {
    out.push(data);
    for (const v of Object.values(data)) containers(v, out);
  }
  return out;
}

function setOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(data: unknown, random: () => number): unknown {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const copy = clone(data);
  const n = random() < 0.6 ? 1 : 2 + Math.floor(random() * 2);
  for (let step = 0; step < n; step++) {
    const all = places(copy);
    if (all.length === 0) break;
    const { parent, key } = pick(all);
    const value = (parent as Record<string | number, unknown>)[key];
    const r = random();
    const set = (v: unknown) => setOwn(parent as object, String(key), v);
    if (r < 0.2) {
      set(pick(VALUES)());
    } else if (r < 0.28) {
      // remove the key, or the list entry
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key];
    } else if (r < 0.38) {
      // an extra key on some mapping, often an own __proto__ (zod skips it in a record)
      const target = pick(containers(copy).filter((c) => !Array.isArray(c)));
      if (target) setOwn(target as object, random() < 0.3 ? '__proto__' : pick(KEYS), pick(VALUES)());
    } else if (r < 0.55 && typeof value === 'string') {
      // text changes, most of them still valid text
      const s = value;
      set(pick([` ${s}`, `${s}  `, ` \t${s}\n`, '', '   ', s.toUpperCase(), `${s}ä😀`, s.slice(0, 1), `${s}-x`, s.replace(/-/g, '')]));
    } else if (r < 0.62 && typeof value === 'number') {
      set(pick([value + 1, value - 1, value * 1000, -value, value + 0.5, String(value), -0]));
    } else if (r < 0.72) {
      // present, but undefined
      set(undefined);
    } else if (r < 0.8) {
      // list ↔ single value ↔ mapping
      set(Array.isArray(value) ? (value.length ? value[0] : {}) : random() < 0.5 ? [value] : { 0: value });
    } else if (r < 0.87 && !Array.isArray(parent)) {
      // rename the key
      const target = parent as Record<string, unknown>;
      delete target[key];
      setOwn(target, pick(KEYS.concat(['2026', 'teema', 'x-y', String(key).toUpperCase(), ` ${String(key)}`])), value);
    } else if (r < 0.93 && Array.isArray(value)) {
      // more or fewer entries, duplicates
      set(random() < 0.5 ? [...value, ...value] : value.slice(0, Math.floor(random() * value.length)));
    } else {
      // a value from another place of the same file
      const other = pick(all);
      set(clone((other.parent as Record<string | number, unknown>)[other.key]));
    }
  }
  return copy;
}

describe('the fast path of the schema check', () => {
  it('is what the generator makes now', () => {
    const committed = readFileSync(path.join(root, 'src', 'model', 'fast-schema.generated.ts'), 'utf8');
    expect(committed === generateModule(), 'src/model/fast-schema.generated.ts is stale: run `npm run gen:fast-schema`').toBe(true);
  });

  it('scripts/gen-fast-schema.mjs --check agrees', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-fast-schema.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  });

  it('takes every file of the example, the joint fixture and a generated workspace, with zod\'s result', async () => {
    const files = [...yamlFiles(example).filter((f) => !f.includes(`${path.sep}out${path.sep}`)), ...yamlFiles(path.join(root, 'test', 'fixtures', 'joint')), ...yamlFiles(tmp)];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const { fast, schema } = KINDS[kindOf(file)];
      const data = await dataOf(file);
      expect(schema.safeParse(data, { jitless: true }).success, `${file} is valid`).toBe(true);
      expect(compare(fast, schema, data, file), `${file} takes the fast path`).toBe(true);
    }
  });

  it('gives zod\'s result or fails, on every fixture against every schema', async () => {
    let parsed = 0;
    for (const file of yamlFiles(path.join(root, 'test', 'fixtures'))) {
      const data = await dataOf(file);
      if (data === undefined) continue;
      parsed++;
      for (const [kind, { fast, schema }] of Object.entries(KINDS)) compare(fast, schema, data, `${file} as ${kind}`);
    }
    expect(parsed).toBeGreaterThan(10);
  });

  it('gives zod\'s result exactly when zod succeeds, on hand-made edge cases', async () => {
    const base: Record<Kind, unknown> = {
      plan: await dataOf(path.join(example, 'plan.yaml')),
      board: await dataOf(path.join(example, 'boards', 'perusturva.yaml')),
      meeting: await dataOf(path.join(example, 'meeting.yaml')),
      indicators: await dataOf(path.join(example, 'indicators.yaml')),
    };
    type Data = Record<string, any>;
    const nullProto = (entries: Record<string, unknown>) => Object.assign(Object.create(null), entries);
    const CASES: [Kind, string, (d: Data) => void][] = [
      ['plan', 'language absent: the default', (d) => delete d.language],
      ['plan', 'language undefined: the default', (d) => (d.language = undefined)],
      ['plan', 'kind null', (d) => (d.kind = null)],
      ['plan', 'a steering member\'s name present but undefined', (d) => (d.steering_group[0].name = undefined)],
      ['plan', 'title undefined', (d) => (d.title = undefined)],
      ['plan', 'municipalities padded', (d) => (d.municipalities = ['  Järvilahti \n'])],
      ['plan', 'municipalities empty', (d) => (d.municipalities = [])],
      ['plan', 'municipalities with a hole', (d) => (d.municipalities = [, 'x'])],
      ['plan', 'a municipality of spaces', (d) => (d.municipalities = [' \u3000 '])],
      ['plan', 'period 2200.0', (d) => (d.period.end = 2200.0)],
      ['plan', 'period 1900.5', (d) => (d.period.start = 1900.5)],
      ['plan', 'period -0', (d) => (d.period.start = -0)],
      ['plan', 'period "2027"', (d) => (d.period.start = '2027')],
      ['plan', 'themes without a prototype', (d) => (d.themes = nullProto({ a: ' A ', b_2: 'B' }))],
      ['plan', 'themes with an own __proto__', (d) => (d.themes = JSON.parse('{"a": "A", "__proto__": {"x": 1}, "b": "B"}'))],
      ['plan', 'themes with a key of spaces', (d) => (d.themes = { ' a': 'A' })],
      ['plan', 'themes with numeric keys', (d) => (d.themes = { b: 'B', 2: 'two', 1: 'one' })],
      ['plan', 'themes with an empty label', (d) => (d.themes = { a: ' ' })],
      ['plan', 'themes a list', (d) => (d.themes = ['a'])],
      ['plan', 'themes a Map', (d) => (d.themes = new Map())],
      ['plan', 'approval a Date', (d) => (d.approval = new Date(0))],
      ['plan', 'approval an empty list', (d) => (d.approval = [])],
      ['plan', 'approval inherits an unknown key', (d) => (d.approval = Object.create({ typo: 1 }))],
      ['plan', 'approval on a leap day', (d) => (d.approval = { council: '2024-02-29', boards: '2000-02-29' })],
      ['plan', 'approval on 2100-02-29', (d) => (d.approval = { council: '2100-02-29' })],
      ['plan', 'approval on 2026-02-30', (d) => (d.approval = { council: '2026-02-30' })],
      ['plan', 'approval on 2026-04-31', (d) => (d.approval = { council: '2026-04-31' })],
      ['plan', 'sections with toString', (d) => (d.sections = { toString: 'x' })],
      ['plan', 'an own __proto__ at the top', (d) => setOwn(d, '__proto__', {})],
      ['plan', 'constructor at the top', (d) => (d.constructor = 'x')],
      ['board', 'contact name present but undefined', (d) => (d.contact.name = undefined)],
      ['board', 'contact email undefined', (d) => (d.contact.email = undefined)],
      ['board', 'contact email with an apostrophe', (d) => (d.contact.email = "o'brien@jarvilahti.example")],
      ['board', 'contact email with ä', (d) => (d.contact.email = 'ä@jarvilahti.example')],
      ['board', 'contact email with a one-letter top-level domain', (d) => (d.contact.email = 'a@b.c')],
      ['board', 'board id with two hyphens', (d) => (d.board.id = 'perus--turva')],
      ['board', 'board name padded', (d) => (d.board.name = '\tPerusturvalautakunta  ')],
      ['board', 'vision a list', (d) => (d.vision = [' a ', 'b'])],
      ['board', 'vision an empty list', (d) => (d.vision = [])],
      ['board', 'vision a list with a blank', (d) => (d.vision = ['a', ' '])],
      ['board', 'a SWOT item padded, as text', (d) => (d.swot.strengths[1] = '  x  ')],
      ['board', 'a SWOT item padded, as a mapping', (d) => (d.swot.strengths[0].text = '  x  ')],
      ['board', 'a SWOT item with a note undefined', (d) => (d.swot.strengths[0].note = undefined)],
      ['board', 'a SWOT item with an unknown key', (d) => (d.swot.strengths[0].typo = 1)],
      ['board', 'a SWOT item without a prototype', (d) => (d.swot.strengths[0] = nullProto({ text: 'x' }))],
      ['board', 'quadrants undefined', (d) => (d.swot = { strengths: undefined })],
      ['board', 'swot an empty list', (d) => (d.swot = [])],
      ['board', 'due 2027', (d) => (d.goals[0].actions[0].due = 2027)],
      ['board', 'due "2027"', (d) => (d.goals[0].actions[0].due = '2027')],
      ['board', 'due 2027.5', (d) => (d.goals[0].actions[0].due = 2027.5)],
      ['board', 'due 2027-05-01', (d) => (d.goals[0].actions[0].due = '2027-05-01')],
      ['board', 'due 2027-02-30', (d) => (d.goals[0].actions[0].due = '2027-02-30')],
      ['board', 'due " 2027"', (d) => (d.goals[0].actions[0].due = ' 2027')],
      ['board', 'goal actions absent', (d) => delete d.goals[0].actions],
      ['meeting', 'start 23:59', (d) => (d.start = '23:59')],
      ['meeting', 'start 24:00', (d) => (d.start = '24:00')],
      ['meeting', 'start 7:00', (d) => (d.start = '7:00')],
      ['meeting', 'start 17:00:00', (d) => (d.start = '17:00:00')],
      ['meeting', 'start 1020 (17:00 as a sexagesimal number)', (d) => (d.start = 1020)],
      ['meeting', 'a section number 2^53', (d) => (d.sections.perusturva = 2 ** 53)],
      ['meeting', 'a section number 2^53 - 1', (d) => (d.sections.perusturva = 2 ** 53 - 1)],
      ['meeting', 'a section number 0', (d) => (d.sections.perusturva = 0)],
      ['meeting', 'sections with an own __proto__', (d) => (d.sections = JSON.parse('{"__proto__": 1, "koulutus": 2}'))],
      ['meeting', 'sections without a prototype', (d) => (d.sections = nullProto({ koulutus: 2 }))],
      ['meeting', 'an item duration 2^53', (d) => (d.items[0].duration = 2 ** 53)],
      ['meeting', 'an item duration 1.5', (d) => (d.items[0].duration = 1.5)],
      ['meeting', 'an item with boards undefined', (d) => (d.items[0].boards = undefined)],
      ['indicators', 'a value Infinity', (d) => (d.indicators[0].values['2021'] = Infinity)],
      ['indicators', 'a value -Infinity', (d) => (d.indicators[0].values['2021'] = -Infinity)],
      ['indicators', 'a value NaN', (d) => (d.indicators[0].values['2021'] = NaN)],
      ['indicators', 'a value -0', (d) => (d.indicators[0].values['2021'] = -0)],
      ['indicators', 'a value 1e21', (d) => (d.indicators[0].values['2021'] = 1e21)],
      ['indicators', 'a value "8.1"', (d) => (d.indicators[0].values['2021'] = '8.1')],
      ['indicators', 'values with an own __proto__', (d) => (d.indicators[0].values = JSON.parse('{"2020": 1, "__proto__": "x"}'))],
      ['indicators', 'values without a prototype', (d) => (d.indicators[0].values = nullProto({ 2020: 1 }))],
      ['indicators', 'values with a year of five digits', (d) => (d.indicators[0].values = { 20201: 1 })],
      ['indicators', 'values with a symbol key', (d) => (d.indicators[0].values = { 2020: 1, [Symbol('s')]: 2 })],
      ['indicators', 'values with a hidden key', (d) => (d.indicators[0].values = Object.defineProperty({ 2020: 1 }, 'x', { value: 1 }))],
      ['indicators', 'an empty list', (d) => (d.indicators = [])],
    ];
    for (const [kind, label, change] of CASES) {
      const data = clone(base[kind]) as Data;
      change(data);
      const { fast, schema } = KINDS[kind];
      const valid = schema.safeParse(data, { jitless: true }).success;
      expect(compare(fast, schema, data, `${kind}: ${label}`), `${kind}: ${label} takes the fast path exactly when valid`).toBe(valid);
    }
  });

  // LNHS_FAST_SCHEMA_ROUNDS=200000 for a longer run by hand (about half a millisecond per round)
  const rounds = Number(process.env.LNHS_FAST_SCHEMA_ROUNDS ?? 3000);
  it('gives zod\'s result or fails, on seeded random mutations of valid files', { timeout: Math.max(30_000, rounds) }, async () => {
    const bases: { kind: Kind; data: unknown }[] = [];
    for (const file of [...yamlFiles(example).filter((f) => !f.includes(`${path.sep}out${path.sep}`)), ...yamlFiles(path.join(root, 'test', 'fixtures', 'joint')), ...yamlFiles(tmp)]) {
      bases.push({ kind: kindOf(file), data: await dataOf(file) });
    }
    const random = rng(Number(process.env.LNHS_FAST_SCHEMA_SEED ?? 7));
    let taken = 0;
    let valid = 0;
    for (let round = 0; round < rounds; round++) {
      const base = bases[round % bases.length]!;
      const data = mutate(base.data, random);
      // mostly against the schema of its own kind, sometimes against another
      const kind = random() < 0.9 ? base.kind : (Object.keys(KINDS) as Kind[])[Math.floor(random() * 4)]!;
      const { fast, schema } = KINDS[kind];
      if (schema.safeParse(data, { jitless: true }).success) valid++;
      if (compare(fast, schema, data, `mutation ${round} of a ${base.kind} as ${kind}`)) taken++;
    }
    // exact: every valid mutation takes the fast path, none of the invalid ones
    expect(taken).toBe(valid);
    expect(taken).toBeGreaterThan(rounds / 5);
    if (process.env.LNHS_FAST_SCHEMA_ROUNDS) console.log(`fast-schema: ${rounds} mutations, ${taken} took the fast path`);
  });
});

// ---- constructs that schema.ts does not use (yet) -----------------------------------------------

/** The generated functions for `schemas`, compiled here. */
function compile(schemas: Record<string, z.ZodType>): Record<string, (data: unknown) => unknown> {
  const entries = Object.entries(schemas).map(([name, schema]) => ({ name, schema, type: 'unknown' }));
  const { code } = transformSync(generateFunctions(entries), { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as Record<string, (data: unknown) => unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

describe('the generator', () => {
  it('mirrors nullable, literal, boolean, defaults, optional defaults, lengths, unions in order, stripping objects and record keys', () => {
    const schema = z.object({
      a: z.string().nullable(),
      b: z.literal(['x', 1, true, null]).optional(),
      c: z.boolean().default(false),
      d: z.string().min(3).max(5),
      e: z.array(z.number().gt(0).lt(10)).min(1).max(2).optional(),
      f: z.union([z.string().trim().min(2), z.string(), z.number()]).optional(),
      g: z.string().default('d').optional(),
      h: z.int32().nullable().default(7),
      i: z.strictObject({ k: z.email().optional() }).nullable().optional(),
      j: z.record(z.string().trim().regex(/^[a-c]+$/), z.number().nullable()).optional(),
      k: z.enum(['a', 'b']).nullable().optional(),
      l: z.iso.time({ precision: -1 }).or(z.iso.date()).optional(),
      m: z.float32().optional(),
      n: z.uint32().optional(),
    });
    const { fastX } = compile({ fastX: schema });
    // per key: values zod accepts, then values it rejects
    const pools: Record<string, [unknown[], unknown[]]> = {
      a: [['x', null, ''], [undefined, 1]],
      b: [['x', 1, true, null, undefined], ['y', 0, false, -0 + 2]],
      c: [[true, false, undefined], [null, 'true', 0]],
      d: [['abc', 'abcde', '😀😀😀', 'a😀b', '\ud800\ud800\ud800', '😀😀😀😀😀'], ['ab', 'abcdef', '😀😀', '😀😀😀😀😀😀', '😀a', 'abcd\ud800\ud800']],
      e: [[[1], [9.5], [1, 2], undefined], [[0], [10], [1, 2, 3], [], [NaN], [-0], ['1']]],
      f: [[' x ', ' x', 'xy ', '', ' ', 3, -0, undefined, 'ab'], [null, true]],
      g: [['s', undefined], [null, 1]],
      h: [[1, -2147483648, 2147483647, null, undefined, -0], [2147483648, 1.5, '1']],
      i: [[{}, { k: 'a@b.fi' }, { k: undefined }, null, undefined], [{ k: 'a@b' }, { z: 1 }, [], protoObject()]],
      j: [[{}, { a: 1 }, { ' a ': 1 }, { a: null }, { a: 1, ' a': 2 }, JSON.parse('{"__proto__": "x", "b": 1}'), { ' __proto__ ': null, a: 1 }, Object.assign(Object.create(null), { b: 2 }), undefined], [{ d: 1 }, { a: 'x' }, { ' ': 1 }, [], protoObject()]],
      k: [['a', 'b', null, undefined], ['c', 'A']],
      l: [['17:00', '2026-02-28', undefined], ['2026-02-29', '25:00', 1700]],
      m: [[1.5, 3.4e38, -0, undefined], [3.5e38, -3.5e38, Infinity]],
      n: [[0, 4294967295, undefined], [-1, 4294967296, 1.5]],
    };
    const random = rng(11);
    let taken = 0;
    for (let round = 0; round < 4000; round++) {
      const data: Record<string, unknown> = {};
      for (const [key, [good, bad]] of Object.entries(pools)) {
        if (random() < 0.25) continue;
        const pool = random() < 0.06 ? bad : good;
        data[key] = clone(pool[Math.floor(random() * pool.length)]);
      }
      if (random() < 0.1) data.extra = 1;
      if (random() < 0.05) setOwn(data, '__proto__', 1);
      if (compare(fastX!, schema, data, `synthetic ${round}: ${JSON.stringify(data)}`)) taken++;
    }
    expect(taken).toBeGreaterThan(1000);
  });

  it('refuses what it does not mirror, naming where', () => {
    const recursive: z.ZodType = z.object({
      get child() {
        return recursive.optional();
      },
    });
    const unsupported: Record<string, z.ZodType> = {
      url: z.url(),
      'string().url()': z.string().url(),
      refine: z.string().refine((s) => s !== 'x'),
      transform: z.string().transform((s) => s.length),
      toLowerCase: z.string().toLowerCase(),
      overwrite: z.string().overwrite((s) => s.trim()),
      lazy: z.lazy(() => z.string()),
      looseObject: z.looseObject({ a: z.string() }),
      catchall: z.object({ a: z.string() }).catchall(z.number()),
      discriminatedUnion: z.discriminatedUnion('t', [z.object({ t: z.literal('a') }), z.object({ t: z.literal('b') })]),
      tuple: z.tuple([z.string()]),
      date: z.date(),
      multipleOf: z.number().multipleOf(2),
      coerce: z.coerce.number(),
      datetime: z.iso.datetime(),
      startsWith: z.string().startsWith('a'),
      length: z.string().length(2),
      changingDefault: z.number().default(() => Math.random()),
      objectDefault: z.object({}).default({}),
      enumKeys: z.record(z.enum(['a', 'b']), z.string()),
      bigint: z.literal(1n),
      recursive,
    };
    for (const [name, schema] of Object.entries(unsupported)) {
      expect(() => generateFunctions([{ name: 'fastX', schema: z.object({ x: schema }), type: 'unknown' }]), name).toThrow(UnsupportedSchemaError);
    }
    expect(() => generateFunctions([{ name: 'fastX', schema: z.object({ x: z.string() }), type: 'unknown' }])).not.toThrow();
    expect(() => generateFunctions([{ name: 'fastX', schema: z.object({ x: z.url() }), type: 'unknown' }])).toThrow(/at x is not mirrored/);
    expect(FAST_ENTRIES.map((e) => e.name)).toEqual(['fastPlan', 'fastBoard', 'fastMeeting', 'fastIndicators']);
  });
});

// ---- validate() with the fast path ----------------------------------------------------------------

describe('validate() and zod', () => {
  beforeEach(() => {
    calls.n = 0;
  });

  it('does not load zod for the example workspace', async () => {
    const loaded = await loadWorkspace(example);
    expect(validate(loaded).model).toBeDefined();
    expect(calls.n).toBe(0);
  });

  it('loads zod for an invalid file, and its diagnostics are those of zod', async () => {
    const ws = path.join(testdir({}), 'ws');
    cpSync(example, ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    writeFileSync(path.join(ws, 'meeting.yaml'), 'date: 2026-02-30\nstart: "17:00"\nplace: Valtuustosali\ntypo: 1\n');
    const result = validate(await loadWorkspace(ws));
    expect(calls.n).toBeGreaterThan(0);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['invalid-date', 1],
      ['unknown-key', 4],
    ]);
  });

  it('reaches neither zod nor schema.ts statically from validate, the pipeline and the CLI commands validate and generate', () => {
    const entries = ['src/validate/index.ts', 'src/pipeline.ts', 'src/cli/main.ts', 'src/cli/commands/validate.ts', 'src/cli/commands/generate.ts'];
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = entries.map((e) => path.join(root, e));
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // static imports and re-exports that load the module; `import type` and `import()` do not
      for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?'([^']+)';/gm)) {
        const spec = m[1]!;
        if (!spec.startsWith('.')) {
          packages.add(spec);
          continue;
        }
        const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
        // src/lazy/: a lazy require in the build (see src/lazy/marked.ts)
        if (path.dirname(target) === path.join(root, 'src', 'lazy')) continue;
        queue.push(target);
      }
    }
    expect(seen.has(path.join(root, 'src', 'model', 'fast-schema.generated.ts'))).toBe(true);
    expect(seen.has(path.join(root, 'src', 'model', 'schema.ts'))).toBe(false);
    expect(seen.has(path.join(root, 'src', 'validate', 'zod-check.ts'))).toBe(false);
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
  });
});
