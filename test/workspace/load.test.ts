import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { positionOf } from '../../src/workspace/positions.js';
import { decodeUtf8, firstInvalidUtf8, MAX_FILE_BYTES } from '../../src/workspace/read.js';
import { testdir } from '../helpers/testdir.js';
import { PLAN } from '../validate/workspace.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bad');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

/** A workspace with a valid plan and `content` as boards/perusturva.yaml. */
async function loadBoard(content: string | Buffer) {
  const dir = testdir({ 'plan.yaml': PLAN, 'boards/perusturva.yaml': content });
  const loaded = await loadWorkspace(dir);
  const file = path.join(dir, 'boards', 'perusturva.yaml');
  return { dir, loaded, file, board: loaded.boards[0]!, diagnostics: loaded.diagnostics };
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found, `diagnostics: ${diagnostics.map((d) => d.code).join(', ')}`).toHaveLength(1);
  return found[0]!;
}

/** Every diagnostic of loading has a place, the source line and a hint. */
function expectComplete(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.file).toBeTruthy();
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.source).toBeTypeOf('string');
    expect(d.hint, d.code).toBeTruthy();
    expect(d.message).not.toMatch(/\{\w+\}/);
    expect(d.hint).not.toMatch(/\{\w+\}/);
  }
}

describe('finding the files', () => {
  it('finds plan, boards in file-name order (.yaml and .yml), meeting, indicators and templates', async () => {
    const dir = testdir({
      'plan.yaml': PLAN,
      'boards/vapaa-aika.yaml': 'board: {id: vapaa-aika, name: V}\n',
      'boards/koulutus.yml': 'board: {id: koulutus, name: K}\n',
      'boards/perusturva.yaml': 'board: {id: perusturva, name: P}\n',
      'boards/README.md': 'not a board',
      'meeting.yaml': 'date: 2026-10-14\n',
      'indicators.yml': 'indicators: []\n',
      'templates/plan.md.hbs': '{{title}}',
    });
    const loaded = await loadWorkspace(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.dir).toBe(dir);
    expect(loaded.plan?.file).toBe(path.join(dir, 'plan.yaml'));
    expect(loaded.plan?.rel).toBe('plan.yaml');
    expect(loaded.boards.map((b) => b.rel)).toEqual(['boards/koulutus.yml', 'boards/perusturva.yaml', 'boards/vapaa-aika.yaml']);
    expect(loaded.boards.every((b) => b.kind === 'board')).toBe(true);
    expect(loaded.boards[1]!.file).toBe(path.join(dir, 'boards', 'perusturva.yaml'));
    expect(loaded.meeting?.data).toEqual({ date: '2026-10-14' });
    expect(loaded.indicators?.rel).toBe('indicators.yml');
    expect(loaded.templatesDir).toBe(path.resolve(dir, 'templates'));
    expect(path.isAbsolute(loaded.templatesDir!)).toBe(true);
  });

  it('keeps the folder as the user gave it in file names', async () => {
    const dir = testdir({ 'ws/plan.yaml': PLAN, 'ws/boards/a.yaml': 'board: {id: a, name: A}\n' });
    const relative = path.relative(process.cwd(), path.join(dir, 'ws'));
    const loaded = await loadWorkspace(relative);
    expect(loaded.plan?.file).toBe(path.join(relative, 'plan.yaml'));
    expect(loaded.templatesDir).toBeUndefined();
  });

  it('reports a missing folder', async () => {
    const dir = path.join(testdir({}), 'nope');
    const loaded = await loadWorkspace(dir);
    const d = only(loaded.diagnostics, 'no-workspace');
    expect(d).toMatchObject({ severity: 'error', file: dir, line: 1, column: 1 });
    expect(d.message).toContain(dir);
    expectComplete(loaded.diagnostics);
  });

  it('reports a missing plan.yaml and missing boards at the expected paths', async () => {
    const dir = testdir({ 'README.md': 'x' });
    const loaded = await loadWorkspace(dir);
    expect(only(loaded.diagnostics, 'no-plan')).toMatchObject({ file: path.join(dir, 'plan.yaml'), line: 1 });
    expect(only(loaded.diagnostics, 'no-boards')).toMatchObject({ file: path.join(dir, 'boards'), line: 1 });
    expect(loaded.plan).toBeUndefined();
    expectComplete(loaded.diagnostics);
  });

  it('reports an empty boards folder', async () => {
    const dir = testdir({ 'plan.yaml': PLAN, 'boards/': '' });
    const loaded = await loadWorkspace(dir);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['no-boards']);
  });
});

describe('bad input (SPEC 8): a diagnostic with file and line, never a throw', () => {
  it('malformed YAML', async () => {
    const { diagnostics, file, board } = await loadBoard(fixture('malformed.yaml'));
    // the unclosed quote is named at the quote, in plain words (issue 13 item 4)
    const d = diagnostics.find((x) => x.code === 'yaml-unclosed-quote')!;
    expect(d).toMatchObject({ severity: 'error', file, line: 3, column: 9 });
    expect(d.message).toMatch(/^The quote that starts here is not closed/);
    expect(board.data).toBeUndefined();
    expectComplete(diagnostics);
  });

  it('an unclosed flow list at the end points at the last line with text', async () => {
    const { diagnostics } = await loadBoard('board:\n  id: a\nswot: [\n\n');
    const d = diagnostics.find((x) => x.code === 'yaml-syntax')!;
    expect(d.line).toBe(3);
    expect(d.source).toBe('swot: [');
  });

  it.each([
    ['empty', ''],
    ['white space only', '  \n\n\t\n'],
    ['comments only', fixture('comments-only.yaml')],
    ['a bare document marker', '---\n'],
    ['null', '~\n'],
  ])('an empty file: %s', async (_name, content) => {
    const { diagnostics, file } = await loadBoard(content);
    expect(only(diagnostics, 'empty-file')).toMatchObject({ severity: 'error', file, line: 1, column: 1 });
    expect(diagnostics.find((d) => d.code === 'empty-file')!.hint).toBeTruthy();
  });

  it('a byte-order mark is removed and positions stay right', async () => {
    const { diagnostics, board } = await loadBoard(fixture('bom.yaml'));
    expect(diagnostics).toEqual([]);
    expect(board.text.startsWith('board:')).toBe(true);
    expect(board.data).toEqual({ board: { id: 'perusturva', name: 'Perusturvalautakunta', colour: 'x' } });
    expect(positionOf(board, ['board'], 'key')).toEqual({ line: 1, column: 1, source: 'board:' });
    expect(positionOf(board, ['board', 'colour'], 'key')).toEqual({ line: 4, column: 3, source: '  colour: x' });
  });

  it('CRLF line endings keep line numbers right', async () => {
    const { diagnostics, board } = await loadBoard(fixture('crlf.yaml'));
    expect(diagnostics).toEqual([]);
    expect(positionOf(board, ['swot', 'weeknesses'], 'key')).toEqual({ line: 5, column: 3, source: '  weeknesses:' });
    expect(positionOf(board, ['swot', 'weeknesses', 0], 'value')).toEqual({ line: 6, column: 7, source: '    - Pitkät jonot' });
  });

  it('CRLF: a duplicate key is reported on its own line', async () => {
    const { diagnostics } = await loadBoard('board:\r\n  id: a\r\n  name: A\r\n  id: b\r\n');
    expect(only(diagnostics, 'duplicate-key')).toMatchObject({ line: 4, column: 3, source: '  id: b' });
  });

  it('a tab used for indentation', async () => {
    const { diagnostics, file, board } = await loadBoard(fixture('tabs.yaml'));
    const tabs = diagnostics.filter((d) => d.code === 'yaml-tab');
    expect(tabs.length).toBeGreaterThanOrEqual(1);
    expect(tabs[0]).toMatchObject({ severity: 'error', file, line: 2, column: 1, source: '\tid: perusturva' });
    expect(tabs[0]!.message).toMatch(/tab/i);
    // the tab is the cause: no follow-up syntax errors on the same lines
    expect(diagnostics.filter((d) => d.code === 'yaml-syntax' && (d.line === 2 || d.line === 3))).toEqual([]);
    expect(board.data).toBeUndefined();
  });

  it('a tab inside a nested list', async () => {
    const { diagnostics } = await loadBoard('board:\n  id: a\nswot:\n  strengths:\n\t- x\n');
    expect(diagnostics[0]).toMatchObject({ code: 'yaml-tab', line: 5, column: 1 });
  });

  it('bytes that are not UTF-8', async () => {
    const { diagnostics, file, board } = await loadBoard(fixture('latin1.yaml'));
    const d = only(diagnostics, 'encoding');
    expect(d).toMatchObject({ severity: 'error', file, line: 6, column: 10 });
    expect(d.message).toContain('0xE4');
    expect(d.source).toBe('    - Hyv\uFFFD neuvola');
    expect(d.hint).toMatch(/UTF-8/);
    expect(board.data).toBeUndefined();
  });

  it('duplicate keys', async () => {
    const { diagnostics, file } = await loadBoard(fixture('duplicate-key.yaml'));
    const d = only(diagnostics, 'duplicate-key');
    expect(d).toMatchObject({ severity: 'error', file, line: 4, column: 3 });
    expect(d.message).toContain('`id`');
  });

  // yaml shares an anchor's value between its aliases, so the bomb costs nothing until a later
  // stage walks the data (validation, merge, JSON output): what protects them is that the load
  // reports it and hands on no data. No stopwatch here: a timed assertion fails on a loaded
  // machine, and speed is the bench's job.
  it('a YAML alias bomb', async () => {
    const { diagnostics, file, board } = await loadBoard(fixture('alias-bomb.yaml'));
    expect(only(diagnostics, 'yaml-alias-bomb')).toMatchObject({ severity: 'error', file, line: 3 });
    expect(board.data).toBeUndefined();
  });

  it('a few aliases are fine', async () => {
    const { diagnostics, board } = await loadBoard('x: &who Perusturva\nboard:\n  id: a\n  name: *who\n');
    expect(diagnostics).toEqual([]);
    expect((board.data as { board: { name: string } }).board.name).toBe('Perusturva');
  });

  it('an alias without its anchor', async () => {
    const { diagnostics } = await loadBoard('board:\n  id: a\n  name: *nobody\n');
    expect(only(diagnostics, 'yaml-syntax')).toMatchObject({ line: 3, column: 9 });
  });

  it('a file over 5 MiB is not parsed', async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 'a');
    const { diagnostics, file, board } = await loadBoard(big);
    const d = only(diagnostics, 'file-too-large');
    expect(d).toMatchObject({ severity: 'error', file, line: 1, column: 1 });
    expect(d.message).toContain('5.0 MiB');
    expect(board.text).toBe('');
    expect(board.positions).toBeUndefined();
  });

  it('a file of exactly 5 MiB is read', async () => {
    const content = Buffer.alloc(MAX_FILE_BYTES, ' ');
    content.write('board: {id: a, name: A}\n');
    const { diagnostics } = await loadBoard(content);
    expect(diagnostics.filter((d) => d.code === 'file-too-large')).toEqual([]);
  });

  it('several documents', async () => {
    const { diagnostics, board } = await loadBoard(fixture('multi-doc.yaml'));
    expect(only(diagnostics, 'yaml-multiple-documents')).toMatchObject({ line: 4, column: 1, source: '---' });
    expect((board.data as { board: { id: string } }).board.id).toBe('perusturva');
  });

  it.each([
    ['!!python/object', fixture('python-tag.yaml'), '!!python/object/apply:os.system', 1],
    ['!foo', 'board:\n  id: !foo a\n', '!foo', 2],
    ['!!binary', 'board:\n  name: !!binary aGVsbG8=\n', '!!binary', 2],
    ['!!timestamp', 'submitted: !!timestamp 2026-01-01\n', '!!timestamp', 1],
  ])('a custom tag %s is an error', async (_name, content, tag, line) => {
    const { diagnostics } = await loadBoard(content);
    const d = only(diagnostics, 'yaml-tag');
    expect(d).toMatchObject({ severity: 'error', line });
    expect(d.message).toContain(tag);
  });

  it('standard tags are fine', async () => {
    const { diagnostics, board } = await loadBoard('board:\n  id: !!str a\n  name: A\n');
    expect(diagnostics).toEqual([]);
    expect(board.data).toEqual({ board: { id: 'a', name: 'A' } });
  });

  it('a root that is not a mapping', async () => {
    const { diagnostics } = await loadBoard(fixture('list-root.yaml'));
    const d = only(diagnostics, 'yaml-not-mapping');
    expect(d).toMatchObject({ line: 1, column: 1 });
    expect(d.message).toContain('`- perusturva`');
    expect(d.hint).toContain('`board:`');
    const scalar = await loadBoard('just some text\n');
    expect(only(scalar.diagnostics, 'yaml-not-mapping').message).toContain('`just some text`');
  });

  it('YAML 1.1 merge keys and booleans are not interpreted', async () => {
    const { board } = await loadBoard('%YAML 1.1\n---\nbase: &b {name: A}\nboard:\n  <<: *b\n  id: yes\n');
    expect(board.data).toEqual({ base: { name: 'A' }, board: { '<<': { name: 'A' }, id: 'yes' } });
  });

  it.each([
    ['flow lists', (n: number) => 'board: ' + '['.repeat(n) + ']'.repeat(n) + '\n'],
    ['block mappings', (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' x\n'],
  ])('deeply nested %s', async (_name, make) => {
    for (const n of [100, 3000]) {
      const { diagnostics, board } = await loadBoard(make(n));
      expect(diagnostics.map((d) => d.code), String(n)).toEqual(['yaml-too-deep']);
      expect(board.data).toBeUndefined();
    }
    const shallow = await loadBoard(make(20));
    expect(shallow.diagnostics).toEqual([]);
  });

  it('collects the problems of every file', async () => {
    const dir = testdir({
      'plan.yaml': 'municipalities: [Akaa\n',
      'boards/a.yaml': 'board:\n\tid: a\n',
      'boards/b.yaml': '',
      'meeting.yaml': 'a: 1\na: 2\n',
      'indicators.yaml': '- x\n',
    });
    const loaded = await loadWorkspace(dir);
    expect(new Set(loaded.diagnostics.map((d) => d.file))).toEqual(
      new Set(['plan.yaml', 'boards/a.yaml', 'boards/b.yaml', 'meeting.yaml', 'indicators.yaml'].map((f) => path.join(dir, f))),
    );
    expectComplete(loaded.diagnostics);
  });
});

describe('keys that could reach a prototype', () => {
  it('rejects __proto__, constructor and prototype at the key, and pollutes nothing', async () => {
    const { diagnostics, file, board } = await loadBoard(fixture('proto.yaml'));
    const forbidden = diagnostics.filter((d) => d.code === 'forbidden-key');
    expect(forbidden.map((d) => [d.line, d.column, d.args?.key])).toEqual([
      [4, 1, '__proto__'],
      [7, 3, 'constructor'],
    ]);
    expect(forbidden.every((d) => d.severity === 'error' && d.file === file)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // the rest of the file is still there to be checked
    expect(board.data).toEqual({ board: { id: 'perusturva', name: 'Perusturvalautakunta' }, swot: {} });
    expect(Object.getPrototypeOf(board.data)).toBe(Object.prototype);
  });

  it('finds them inside anchors used by merge keys', async () => {
    const { diagnostics } = await loadBoard(fixture('merge-proto.yaml'));
    expect(only(diagnostics, 'forbidden-key')).toMatchObject({ line: 2, column: 3 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds quoted and flow-style keys', async () => {
    const { diagnostics } = await loadBoard('board: {id: a, "prototype": 1}\nx: [{constructor: 2}]\n');
    expect(diagnostics.filter((d) => d.code === 'forbidden-key').map((d) => [d.line, d.column])).toEqual([
      [1, 16],
      [2, 6],
    ]);
  });

  it('a key like __proto__ in plan.yaml is caught too', async () => {
    const dir = testdir({ 'plan.yaml': PLAN + '__proto__: {polluted: true}\n', 'boards/a.yaml': 'board: {id: a, name: A}\n' });
    const loaded = await loadWorkspace(dir);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['forbidden-key']);
    expect(Object.hasOwn(loaded.plan!.data as object, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('positionOf', () => {
  it('finds keys and values, and falls back to the nearest ancestor', async () => {
    const { board } = await loadBoard('board:\n  id: a\n  name: A\nswot:\n  strengths:\n    - Yksi\n    - text: Kaksi\n      id: K\n');
    expect(positionOf(board, ['board', 'name'], 'key')).toMatchObject({ line: 3, column: 3 });
    expect(positionOf(board, ['board', 'name'], 'value')).toMatchObject({ line: 3, column: 9 });
    expect(positionOf(board, ['swot', 'strengths', 1], 'value')).toMatchObject({ line: 7, column: 7 });
    expect(positionOf(board, ['swot', 'strengths', 1, 'id'], 'value')).toMatchObject({ line: 8, column: 11, source: '      id: K' });
    // a missing key: its parent
    expect(positionOf(board, ['swot', 'threats'], 'key')).toMatchObject({ line: 4, column: 1 });
    expect(positionOf(board, ['board', 'municipality'], 'key')).toMatchObject({ line: 1, column: 1 });
    expect(positionOf(board, [], 'key')).toMatchObject({ line: 1, column: 1 });
  });

  it('gives line 1 for a file that could not be parsed', async () => {
    const { board } = await loadBoard(fixture('latin1.yaml'));
    expect(positionOf(board, ['board'], 'key')).toEqual({ line: 1, column: 1, source: '' });
  });
});

describe('UTF-8 decoding', () => {
  it('finds the first bad byte', () => {
    expect(firstInvalidUtf8(Buffer.from('aä€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc3]))).toBe(1); // truncated
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x80]))).toBe(1); // lone continuation
  });

  it('removes a BOM and reports line and column of a bad byte', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFa: ä'))).toBe('a: ä');
    expect(decodeUtf8(Buffer.concat([Buffer.from('a: 1\r\nb: ää'), Buffer.from([0xff]), Buffer.from('\r\n')]))).toEqual({
      byte: 'FF',
      line: 2,
      column: 6,
      source: 'b: ää\uFFFD',
    });
  });
});
