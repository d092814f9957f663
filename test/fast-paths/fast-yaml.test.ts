// The fast path for plain block YAML (src/workspace/fast-yaml.ts, issue 7) must give exactly what
// yaml gives wherever it does not give up: the same data (key order included), the same line
// starts and, for every value and key, the same position. Checked on the example, the fixtures, a
// generated workspace, hand-written edge cases, and many seeded random mutations of them.
import { findMistakes } from '../../src/workspace/yaml-advice.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastParse } from '../../src/workspace/fast-yaml.js';
import { DocumentPositions } from '../../src/workspace/document-positions.js';
import { parseSource } from '../../src/workspace/parse.js';
import { positionOf, writtenKeys } from '../../src/workspace/positions.js';
import type { SourceFile } from '../../src/workspace/types.js';
import { rng } from '../helpers/rng.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-fast-yaml-'));
beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-large.mjs'), tmp, '--boards', '3', '--items', '200'], { stdio: 'ignore' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function source(text: string): SourceFile {
  return { kind: 'board', file: 'x.yaml', rel: 'x.yaml', text, lineCounter: new LineCounter() };
}

/** every path of the data, with each list index and key */
function paths(data: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(data)) data.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) paths(v, [...prefix, k], out);
  return out;
}

/** Compares the fast path with yaml on `text`; returns whether the fast path took it. */
function check(text: string, label: string): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  // a text with a common mistake (yaml-advice.ts, issue 13) is reported before either path runs
  if (findMistakes(text).length > 0) return false;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, schema: 'core', merge: false, resolveKnownTags: false, logLevel: 'error' });
  expect(Array.isArray(docs) && docs.length === 1, `${label}: one document`).toBe(true);
  const doc = (docs as unknown as { errors: unknown[]; warnings: unknown[]; toJS(): unknown }[])[0]!;
  expect(doc.errors, `${label}: yaml finds no error`).toEqual([]);
  expect(doc.warnings, `${label}: yaml finds no warning`).toEqual([]);
  const expected = doc.toJS();
  expect(fast.data, label).toStrictEqual(expected);
  expect(JSON.stringify(fast.data), `${label}: key order`).toBe(JSON.stringify(expected));
  expect(fast.lineStarts, `${label}: line starts`).toEqual(lineCounter.lineStarts);
  // positions through parse.ts: the tree (fast) against the Document (slow), behind one interface
  const viaTree = source(text);
  expect(parseSource(viaTree), label).toEqual([]);
  expect(viaTree.positions, label).toBeDefined();
  const viaDoc = source(text);
  viaDoc.positions = new DocumentPositions(docs[0] as ConstructorParameters<typeof DocumentPositions>[0]);
  for (const l of lineCounter.lineStarts) viaDoc.lineCounter.addNewLine(l);
  for (const p of [...paths(expected), ['missing'], ['swot', 'missing', 3], [0]]) {
    for (const which of ['key', 'value'] as const) {
      expect(positionOf(viaTree, p, which), `${label}: ${which} of ${p.join('.')}`).toEqual(positionOf(viaDoc, p, which));
    }
    expect(writtenKeys(viaTree, p), `${label}: keys of ${p.join('.')}`).toEqual(writtenKeys(viaDoc, p));
  }
  return true;
}


const SNIPPETS = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", '|', '>', '|-', '>-', '\n', '\n\n', '\n  ', '1', '0.5', '2026-01-01', 'true', 'null', '~', '&a', '*a', '!t', '[', '{', '---', '\\', 'x: y', '__proto__: 1', '\t', '\r'];

function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const n = 1 + Math.floor(random() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(random() * lines.length);
    const line = lines[i] ?? '';
    const r = random();
    if (r < 0.2) lines.splice(i, 1);
    else if (r < 0.35) lines.splice(i, 0, line);
    else if (r < 0.5) lines[i] = ' '.repeat(Math.floor(random() * 3)) + line;
    else if (r < 0.6) lines[i] = line.replace(/^ {1,2}/, '');
    else {
      const at = Math.floor(random() * (line.length + 1));
      const s = SNIPPETS[Math.floor(random() * SNIPPETS.length)]!;
      lines[i] = line.slice(0, at) + s + line.slice(at);
    }
  }
  return lines.join('\n');
}

const EDGE_CASES = [
  'a: 1\n',
  'a: 1',
  'a: -0\nb: +5\nc: 007\nd: 12.50\ne: 2026-09-25\nf: true\ng: False\nh: 3 lasta\n',
  'a: |\n  x\n  y\nb: >-\n  p\n\n  q\n  r\nc:\n  - x\n  - k: v\n    l: "q"\nd:\n  e: 1\n',
  'a: >\n  one\n  two\n\n\n  three  \n\n\nb: x\n',
  'a: |-\n  one\n    more\n  # not a comment\n\nb: x # comment\nc: "q" # c\n',
  'a: |\n  x\n# a comment\nb: y\n',
  'a:\n  - id: x\n    text: "Lorem: ipsum"\n  - \'it\'\'s\'\n  -   spaced\n',
  'a: x#y\nb: C# and F#\nc: "a # b"\n',
  '# only a comment first\n\n\na:   b   \n\n',
  'themes:\n  b: B\n  a: A\n  2024: v\n  "1": q\n',
  'values:\n  2024: 1\n  2023: 2.5\n',
  'a:\n    - x\n    - y\nb:\n - z\n',
  'a: b\n  c\n',
  'a:\n- x\n',
  'a:\nb: 1\n',
  'a: "x\n  y"\n',
  'a: [1, 2]\n',
  'a: 1\na: 2\n',
  'a: x: y\n',
  'a: |+\n  x\n\n',
  'a: |2\n   x\n',
  'a: >\n  x\n    more\n  y\n',
  'a: |\n\n  x\n',
  'a: "\\u00e4"\n',
  '- a\n- b\n',
  'a: 0x1F\nb: 1e3\nc: .5\nd: .inf\n',
  'a:\n  b:\n    c:\n      d: 1\n  e: 2\n',
  'a: ä\nö: 1\n',
  'a:\n  - x\n   - y\n',
  'a:\n  - x\n  y: 1\n',
  'a: x\u00a0\nb: \u00a0y\nc: x\u2028y\nd: \u3000\n',
  'a: "x"y\nb: \'q\' #c\n',
  'a: foo:\n',
  'a: x\u00a0 #c\n',
  'a:\n  - b\n  -\n  - c\n',
  'k: v\n\n# trailing comment\n',
  'k: |\n  text\n\n\n',
  'k: >-\n  text\n   \nl: 1\n',
];

/**
 * Every scalar form of the YAML 1.2 core schema (10.3.2), and near misses, each in a document of
 * its own (issue 17): in a document with other forms, one form the fast path gives up on (`0x1F`)
 * sent the whole document to yaml, and the other forms (`1e3`) were never compared. `fast` says
 * whether the fast path must take the form, so that the comparison really happens.
 */
const CORE_SCALARS: { form: string; fast: boolean }[] = [
  // null: the fast path leaves every null to yaml
  ...['null', 'Null', 'NULL', '~'].map((form) => ({ form, fast: false })),
  ...['nULL', 'nul', 'None', '~~'].map((form) => ({ form, fast: true })),
  // booleans
  ...['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].map((form) => ({ form, fast: true })),
  ...['tRUE', 'fALSE', 'TrUe', 'yes', 'no', 'on', 'off', 'y', 'n', 't', 'f'].map((form) => ({ form, fast: true })),
  // integers: decimal in the fast path, octal and hexadecimal through yaml
  ...['0', '7', '-0', '+0', '-7', '+7', '007', '-007', '123456789', '9007199254740993'].map((form) => ({ form, fast: true })),
  ...['0o17', '0o0', '0x1F', '0xff', '0x0'].map((form) => ({ form, fast: false })),
  ...['0O17', '0X1F', '0o8', '0xG', '0b101', '1_000', '1,000', '- 1', '0x', '0o'].map((form) => ({ form, fast: !form.startsWith('- ') })),
  // floats: fractions in the fast path, exponents and the special values through yaml
  ...['1.5', '-1.5', '+1.5', '.5', '-.5', '1.', '-1.', '12.50', '0.0', '-0.0'].map((form) => ({ form, fast: true })),
  ...['1e3', '1E3', '-1e3', '1e+3', '1e-3', '1.5e3', '.5e3', '1.e3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN'].map((form) => ({ form, fast: false })),
  ...['e3', '1e', '1e3.5', '.', '+', '-.', '.e3', 'inf', '.Nan', '.iNF', '1.5.5', '--1', '+-1'].map((form) => ({ form, fast: true })),
];

describe('each scalar form of the YAML 1.2 core schema, in a document of its own', () => {
  for (const { form, fast } of CORE_SCALARS) {
    it(`${JSON.stringify(form)} ${fast && !form.startsWith('-') ? 'takes the fast path' : 'goes to yaml'}, as a value and as a list item, with yaml's value`, () => {
      // a plain scalar that starts with `-` could be a list item: the fast path leaves it to yaml
      const taken = fast && !form.startsWith('-');
      expect(check(`a: ${form}\n`, form), `${JSON.stringify(form)} as a value: taken by the fast path`).toBe(taken);
      const item = `a:\n  - ${form}\n`;
      expect(check(item, item), `${JSON.stringify(form)} as a list item: taken by the fast path`).toBe(taken);
      // quoted, every form is a string, and the fast path takes it
      for (const quoted of [`"${form}"`, `'${form}'`]) expect(check(`a: ${quoted}\n`, quoted)).toBe(true);
    });
  }
});

describe('the fast YAML path', () => {
  it('gives what yaml gives on hand-written edge cases', () => {
    let taken = 0;
    EDGE_CASES.forEach((text, i) => {
      if (check(text, `edge case ${i}: ${JSON.stringify(text)}`)) taken++;
    });
    expect(taken).toBeGreaterThan(10);
  });

  it('takes the example and a generated workspace, with the same data and positions', () => {
    const files = [...yamlFiles(path.join(root, 'plans', 'example')), ...yamlFiles(tmp)];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const taken = check(text, file);
      if (/boards[\\/]/.test(file)) expect(taken, `${file} takes the fast path`).toBe(true);
    }
  });

  it('gives what yaml gives, or gives up, on fixtures and on random mutations', () => {
    const corpus = [
      ...[...yamlFiles(path.join(root, 'plans', 'example')), ...yamlFiles(path.join(root, 'test', 'fixtures'))].map((f) =>
        readFileSync(f, 'utf8').replace(/^\uFEFF/, ''),
      ),
      // a generated board cut to its first 120 lines, so that the mutations stay fast
      readFileSync(path.join(tmp, 'boards', 'lautakunta-001.yaml'), 'utf8').split('\n').slice(0, 120).join('\n'),
      readFileSync(path.join(tmp, 'plan.yaml'), 'utf8'),
    ];
    corpus.forEach((text, i) => check(text, `corpus ${i}`));
    const random = rng(Number(process.env.LNHS_FAST_YAML_SEED ?? 7));
    let taken = 0;
    for (let round = 0; round < Number(process.env.LNHS_FAST_YAML_ROUNDS ?? 1500); round++) {
      const base = round % 3 === 0 ? EDGE_CASES[round % EDGE_CASES.length]! : corpus[round % corpus.length]!;
      const text = mutate(base, random);
      if (check(text, `mutation ${round}: ${JSON.stringify(text.slice(0, 2000))}`)) taken++;
    }
    expect(taken).toBeGreaterThan(100);
  });
});
