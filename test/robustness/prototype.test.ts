// No input can change a prototype (SPEC 8, issue 5 item 6c; cf. 11ty/eleventy-utils#8): keys
// `__proto__`, `constructor` and `prototype` at any depth, in flow and block style, quoted,
// behind anchors and aliases and in merge keys, are rejected with a diagnostic; and names of
// Object.prototype's members used as ids or references are plain data.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, edit, type ExampleCopy } from '../ci/example.js';
import { INPUTS, Patient } from './damage.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
let before: Record<string, string[]>;

function ownKeys(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]),
  );
}

function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(ownKeys()).toEqual(before);
}

beforeAll(() => {
  before = ownKeys();
});
afterEach(() => {
  // repair whatever a failure polluted, so one failing test does not fail the others
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    for (const key of Reflect.ownKeys(proto)) if (!before[name]!.includes(String(key))) delete (proto as Record<PropertyKey, unknown>)[key];
  }
});

/** Append `text` to a file of the workspace. */
function append(ws: string, rel: string, text: string): void {
  const file = path.join(ws, ...rel.split('/'));
  writeFileSync(file, readFileSync(file, 'utf8') + text);
}

const KEYS: [string, (c: ExampleCopy) => void][] = [
  ['__proto__ at the top of plan.yaml', (c) => append(c.ws, 'plan.yaml', '__proto__:\n  polluted: yes\n')],
  ['constructor.prototype at the top of a board', (c) => append(c.ws, 'boards/sivistys.yaml', 'constructor:\n  prototype:\n    polluted: yes\n')],
  ['__proto__ and constructor as theme ids', (c) => edit(c.ws, 'plan.yaml', /^themes:\n/m, 'themes:\n  __proto__: Saastunut\n  constructor: Rakentaja\n')],
  ['prototype as a section id', (c) => edit(c.ws, 'plan.yaml', /^sections:\n/m, 'sections:\n  prototype: teksti\n')],
  [
    '__proto__ inside a SWOT item, deep in a list',
    (c) => edit(c.ws, 'boards/tekninen.yaml', /^ {2}strengths:\n/m, '  strengths:\n    - text: Hyvä asia\n      __proto__:\n        polluted: yes\n'),
  ],
  [
    'quoted "__proto__" in JSON-style flow mapping',
    (c) => edit(c.ws, 'meeting.yaml', /^chair: .*$/m, 'chair: {"__proto__": {"polluted": true}, "x": 1}'),
  ],
  ["'constructor' single-quoted in the indicators' values", (c) => edit(c.ws, 'indicators.yaml', /^ {6}2021: 7\.9$/m, "      'constructor': {prototype: {polluted: 1}}\n      2021: 7.9")],
  [
    'an anchored mapping with __proto__, used by an alias',
    (c) => edit(c.ws, 'meeting.yaml', /^sections:\n/m, 'x: &bad {__proto__: {polluted: yes}}\ny: *bad\nsections:\n'),
  ],
  [
    'a merge key with __proto__',
    (c) => edit(c.ws, 'boards/vapaa-aika.yaml', /^contact:\n/m, 'contact:\n  <<: {__proto__: {polluted: yes}}\n'),
  ],
  [
    'a merge key bringing in an anchored constructor',
    (c) => {
      edit(c.ws, 'boards/sivistys.yaml', /^contact:\n/m, 'base: &a\n  constructor: {prototype: {polluted: yes}}\ncontact:\n  <<: *a\n');
    },
  ],
  [
    '__proto__ twelve levels deep in a goal',
    (c) => append(c.ws, 'boards/sivistys.yaml', 'extra:\n' + Array.from({ length: 12 }, (_, i) => '  '.repeat(i + 1) + `l${i}:\n`).join('') + '  '.repeat(13) + '__proto__: {polluted: yes}\n'),
  ],
  ['a !!map tag around __proto__', (c) => append(c.ws, 'plan.yaml', 'x: !!map {__proto__: {polluted: yes}}\n')],
];

describe('keys that could reach a prototype', () => {
  for (const [name, damage] of KEYS) {
    it(`are rejected: ${name}`, async () => {
      const copy = copyExample();
      damage(copy);
      const r = await runCli(['generate', 'ws', '--out', 'out', '--format', 'md,html,json'], { cwd: copy.root });
      expectUnpolluted();
      expect(r.code, r.stderr).toBe(1);
      const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
      expect(codes).toContain('forbidden-key');
    });
  }

  it('anywhere a line can go, in any file (fast-check)', async () => {
    const patient = new Patient(copyExample());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...INPUTS),
        fc.nat(),
        fc.constantFrom('__proto__', 'constructor', 'prototype', '"__proto__"', "'prototype'", '? __proto__\n:'),
        fc.constantFrom('{polluted: yes}', '{prototype: {polluted: yes}}', '[{polluted: yes}]', '&p {polluted: yes}', '!!map {polluted: yes}'),
        async (file, line, key, value) => {
          const original = patient.originals.get(file)!;
          const lines = original.toString('utf8').split('\n');
          const at = line % lines.length;
          const indent = /^ */.exec(lines[at]!)![0];
          lines.splice(at, 0, `${indent}${key} ${value}`.replace(/^(\s*[^?\s][^ ]*) /, '$1: '));
          writeFileSync(patient.file(file), lines.join('\n'));
          const r = await runCli(['generate', 'ws', '--out', 'out'], { cwd: patient.copy.root });
          expectUnpolluted();
          expect([0, 1]).toContain(r.code);
          expect(r.stderr).not.toMatch(/internal error/);
          writeFileSync(patient.file(file), original);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe("names of Object.prototype's members as plain data", () => {
  it('an item with theme toString, not among the themes, is an unknown theme, not a function', async () => {
    const copy = copyExample();
    edit(copy.ws, 'boards/tekninen.yaml', /^ {2}strengths:\n/m, '  strengths:\n    - text: Uusi asia\n      theme: toString\n');
    edit(copy.ws, 'boards/sivistys.yaml', /^ {2}strengths:\n/m, '  strengths:\n    - text: Toinen asia\n      theme: hasOwnProperty\n');
    const r = await runCli(['validate', 'ws', '--format', 'json'], { cwd: copy.root });
    expectUnpolluted();
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'unknown-theme')).toHaveLength(2);
  });

  it('meeting boards and section numbers named after members are unknown boards', async () => {
    const copy = copyExample();
    edit(copy.ws, 'meeting.yaml', /^ {2}- vapaa-aika\n/m, '  - vapaa-aika\n  - tostring\n');
    edit(copy.ws, 'meeting.yaml', /^ {2}vapaa-aika: 54\n/m, '  vapaa-aika: 54\n  valueOf: 3\n  hasownproperty: 4\n');
    const r = await runCli(['validate', 'ws', '--format', 'json'], { cwd: copy.root });
    expectUnpolluted();
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['unknown-board', 'There is no board `tostring` in boards/.'],
      ['schema', '`valueOf` is not a valid board id.'],
      ['unknown-board', 'There is no board `hasownproperty` in boards/.'],
    ]);
  });

  it('ids, theme ids and texts named __proto__, constructor, toString merge and render as text', async () => {
    const copy = copyExample();
    edit(copy.ws, 'plan.yaml', /^themes:\n/m, 'themes:\n  tostring: toString\n');
    for (const board of ['sivistys', 'tekninen']) {
      edit(
        copy.ws,
        `boards/${board}.yaml`,
        /^ {2}strengths:\n/m,
        '  strengths:\n    - id: __proto__\n      text: constructor\n      theme: tostring\n    - id: constructor\n      text: __proto__\n    - toString\n    - valueOf\n',
      );
    }
    edit(copy.ws, 'boards/sivistys.yaml', /^goals:\n/m, 'goals:\n  - id: prototype\n    title: hasOwnProperty\n    actions:\n      - text: __defineGetter__\n');
    const r = await runCli(['generate', 'ws', '--out', 'out'], { cwd: copy.root });
    expectUnpolluted();
    expect(r.code, r.stderr).toBe(0);
    // Markdown escapes may put backslashes into `__proto__`; the words must be there as text
    const planMd = readFileSync(path.join(copy.root, 'out', 'plan.md'), 'utf8').replace(/\\/g, '');
    expect(planMd).not.toMatch(/function|\[native code\]|\[object Object\]/);
    for (const text of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__']) {
      expect(planMd, text).toContain(text);
    }
  });
});
