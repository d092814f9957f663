// Damage to valid YAML, as fast-check arbitraries: each operation takes its position as a
// number that is reduced modulo the text's length, so any operation applies to any file and
// fast-check can shrink a failure to the smallest damage that causes it.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExampleCopy } from '../ci/example.js';

export type Damage =
  | { op: 'flipByte'; at: number; bit: number }
  | { op: 'cutLine'; line: number }
  | { op: 'truncate'; at: number }
  | { op: 'indent'; line: number; delta: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'swapValue'; line: number; value: string }
  | { op: 'tag'; line: number; tag: string }
  | { op: 'anchorAlias'; anchorLine: number; aliasLine: number; name: string }
  | { op: 'mergeKey'; line: number; what: string }
  | { op: 'secondDocument'; line: number }
  | { op: 'bom' }
  | { op: 'crlf'; all: boolean; line: number }
  | { op: 'tab'; line: number }
  | { op: 'insertBytes'; at: number; bytes: readonly number[] }
  | { op: 'insertText'; at: number; text: string }
  | { op: 'forbiddenKey'; line: number; key: string }
  | { op: 'deepNesting'; line: number; depth: number };

const nat = fc.nat({ max: 1_000_000 });

export const VALUES = ['[1, 2]', '{a: 1}', '123', '-1.5e9', 'true', 'null', '~', '""', "''", '- x', '|', '>-', '[', '{', '"open', '@x', '`x`', '%x', '0x1F', '.inf', '2026-13-45', '*x'];
export const TAGS = ['!!binary', '!foo', '!!python/object:os.system', '!!set', '!!timestamp', '!!str', '!!int', '!!map', '!!seq', '!<tag:yaml.org,2002:str>', '!!js/function', '!'];

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ op: fc.constant('flipByte' as const), at: nat, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('cutLine' as const), line: nat }),
  fc.record({ op: fc.constant('truncate' as const), at: nat }),
  fc.record({ op: fc.constant('indent' as const), line: nat, delta: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: nat }),
  fc.record({ op: fc.constant('swapValue' as const), line: nat, value: fc.constantFrom(...VALUES) }),
  fc.record({ op: fc.constant('tag' as const), line: nat, tag: fc.constantFrom(...TAGS) }),
  fc.record({ op: fc.constant('anchorAlias' as const), anchorLine: nat, aliasLine: nat, name: fc.constantFrom('a', 'b', 'x') }),
  fc.record({ op: fc.constant('mergeKey' as const), line: nat, what: fc.constantFrom('*a', '{polluted: yes}', '[*a, *b]', '{__proto__: {polluted: yes}}', '*nowhere') }),
  fc.record({ op: fc.constant('secondDocument' as const), line: nat }),
  fc.record({ op: fc.constant('bom' as const) }),
  fc.record({ op: fc.constant('crlf' as const), all: fc.boolean(), line: nat }),
  fc.record({ op: fc.constant('tab' as const), line: nat }),
  fc.record({
    op: fc.constant('insertBytes' as const),
    at: nat,
    bytes: fc.constantFrom([0x00], [0xff], [0xc3, 0x28], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xe2, 0x82]),
  }),
  fc.record({ op: fc.constant('insertText' as const), at: nat, text: fc.constantFrom('{', '[', '"', "'", ':', ': ', '#', '|', '>', '%', '@', '`', '&', '*', '!', '? ', '- ', '\u2028', '\u0085', '\r', '\t', '\\', '\u0000') }),
  fc.record({ op: fc.constant('forbiddenKey' as const), line: nat, key: fc.constantFrom('__proto__', 'constructor', 'prototype', '"__proto__"', "'constructor'") }),
  fc.record({ op: fc.constant('deepNesting' as const), line: nat, depth: fc.constantFrom(65, 70, 300) }),
);

const pick = <T>(list: readonly T[], n: number): number => (list.length === 0 ? 0 : n % list.length);

/** Apply the damage to the file's bytes. Text operations work on its lines as decoded. */
export function applyDamage(input: Buffer, d: Damage): Buffer {
  if (d.op === 'flipByte') {
    if (input.length === 0) return input;
    const out = Buffer.from(input);
    const i = d.at % out.length;
    out[i] = out[i]! ^ (1 << d.bit);
    return out;
  }
  if (d.op === 'truncate') return input.subarray(0, d.at % (input.length + 1));
  if (d.op === 'insertBytes') {
    const i = d.at % (input.length + 1);
    return Buffer.concat([input.subarray(0, i), Buffer.from(d.bytes), input.subarray(i)]);
  }
  if (d.op === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), input]);

  const text = input.toString('latin1'); // byte-preserving; the edits below insert ASCII or encode their own
  const lines = text.split('\n');
  const at = (n: number) => pick(lines, n);
  const indentOf = (line: string) => /^ */.exec(line)![0];
  const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
  const join = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');
  switch (d.op) {
    case 'cutLine':
      lines.splice(at(d.line), 1);
      return join(lines);
    case 'indent': {
      const i = at(d.line);
      const line = lines[i]!;
      lines[i] = d.delta >= 0 ? ' '.repeat(d.delta) + line : line.slice(Math.min(-d.delta, indentOf(line).length));
      return join(lines);
    }
    case 'duplicateLine': {
      const i = at(d.line);
      lines.splice(i, 0, lines[i]!);
      return join(lines);
    }
    case 'swapValue': {
      const i = at(d.line);
      lines[i] = lines[i]!.replace(/^(\s*(?:- )?[^\s:#][^:#]*:)( .*)?$/, `$1 ${d.value}`).replace(/^(\s*- )(?![^:]*: ).*$/, `$1${d.value}`);
      return join(lines);
    }
    case 'tag': {
      const i = at(d.line);
      lines[i] = lines[i]!.replace(/^(\s*(?:- )?[^\s:#][^:#]*: |\s*- )/, `$1${d.tag} `);
      return join(lines);
    }
    case 'anchorAlias': {
      const a = at(d.anchorLine);
      const b = at(d.aliasLine);
      lines[a] = lines[a]!.replace(/^(\s*(?:- )?[^\s:#][^:#]*:)( |$)/, `$1 &${d.name}$2`);
      lines[b] = lines[b]!.replace(/^(\s*(?:- )?[^\s:#][^:#]*:)( .*)?$/, `$1 *${d.name}`);
      return join(lines);
    }
    case 'mergeKey': {
      const i = at(d.line);
      lines.splice(i, 0, `${indentOf(lines[i]!)}<<: ${d.what}`);
      return join(lines);
    }
    case 'secondDocument': {
      const i = at(d.line);
      lines.splice(i, 0, '---');
      return join(lines);
    }
    case 'crlf':
      if (d.all) return join(lines.map((l) => l + '\r'));
      lines[at(d.line)] += '\r';
      return join(lines);
    case 'tab': {
      const i = at(d.line);
      lines[i] = lines[i]!.replace(/^( +)/, (s) => '\t'.repeat(Math.max(1, s.length / 2)));
      if (!lines[i]!.startsWith('\t')) lines[i] = '\t' + lines[i];
      return join(lines);
    }
    case 'insertText': {
      const i = d.at % (text.length + 1);
      return Buffer.from(text.slice(0, i) + utf8(d.text) + text.slice(i), 'latin1');
    }
    case 'forbiddenKey': {
      const i = at(d.line);
      lines.splice(i, 0, `${indentOf(lines[i]!)}${d.key}: {polluted: yes}`);
      return join(lines);
    }
    case 'deepNesting': {
      const i = at(d.line);
      lines.splice(i, 0, `${indentOf(lines[i]!)}deep: ${'['.repeat(d.depth)}${']'.repeat(d.depth)}`);
      return join(lines);
    }
  }
}

// ---- a workspace to damage ---------------------------------------------------------------------

export const INPUTS = [
  'plan.yaml',
  'meeting.yaml',
  'indicators.yaml',
  'boards/sivistys.yaml',
  'boards/tekninen.yaml',
  'boards/vapaa-aika.yaml',
  // the yearly follow-up (issue 16)
  'monitoring/2027.yaml',
  'monitoring/2028.yaml',
];

/** Which file, and what happens to it. */
export const scenario = fc.record({
  file: fc.constantFrom(...INPUTS),
  damages: fc.array(damage, { minLength: 1, maxLength: 3 }),
});
export type Scenario = { file: string; damages: Damage[] };

/** A copy of the example whose files are damaged one at a time, the previous one restored first. */
export class Patient {
  readonly originals = new Map<string, Buffer>();
  private damaged: string | undefined;
  constructor(readonly copy: ExampleCopy) {
    for (const rel of INPUTS) this.originals.set(rel, readFileSync(this.file(rel)));
  }
  file(rel: string): string {
    return path.join(this.copy.ws, ...rel.split('/'));
  }
  apply(s: Scenario): void {
    if (this.damaged) writeFileSync(this.file(this.damaged), this.originals.get(this.damaged)!);
    writeFileSync(this.file(s.file), s.damages.reduce((bytes, d) => applyDamage(bytes, d), this.originals.get(s.file)!));
    this.damaged = s.file;
  }
}
