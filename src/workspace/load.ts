// The load stage: find the workspace's input files, read them with size and encoding checks,
// and parse them as YAML with positions. Nothing here knows the schema; every problem becomes a
// diagnostic with file, line and column, and no input can make this throw (SPEC 8).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { load as yaml } from '../lazy/yaml.js';
import { diagnostic, type Diagnostic, type DiagnosticInit } from '../diagnostics.js';
import { fastParse, isPosMap, isPosSeq, type PosMap, type PosNode } from './fast-yaml.js';
import { LineCounter } from './line-counter.js';
import type { InputKind, LoadedWorkspace, SourceFile } from './types.js';

/** Inputs are a few hundred kilobytes at most; anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Keys that could reach an object's prototype when converted to JavaScript (SPEC 8, eleventy-utils#8). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Nesting of lists and mappings; inputs need about six levels. */
export const MAX_DEPTH = 64;

/** Aliases a document may expand; a "billion laughs" file exceeds it at once. */
const MAX_ALIAS_COUNT = 100;

/** A first key to suggest when a file is not a mapping. */
const EXAMPLE_KEY: Record<InputKind, string> = {
  plan: 'municipalities',
  board: 'board',
  meeting: 'date',
  indicators: 'indicators',
};

export interface LoadOptions {
  /** the folder as the user named it, for messages (`dir` itself may have been made absolute) */
  label?: string;
}

export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const loaded: LoadedWorkspace = { dir, boards: [], diagnostics: [] };
  const label = options.label ?? dir;
  const problems = loaded.diagnostics;

  const top = await listDir(dir);
  if (!top) {
    problems.push(
      diagnostic({ code: 'no-workspace', file: dir, source: '', id: 'workspace.notFound', args: { dir: label }, hintId: 'workspace.noPlan.hint' }),
    );
    return loaded;
  }

  const planName = pick(top.files, 'plan');
  const meetingName = pick(top.files, 'meeting');
  const indicatorsName = pick(top.files, 'indicators');
  const boardsDir = top.dirs.has('boards') ? await listDir(path.join(dir, 'boards')) : undefined;
  const boardNames = [...(boardsDir?.files ?? [])]
    .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  // read in parallel; diagnostics are collected in a fixed order below
  const [plan, meeting, indicators, ...boards] = await Promise.all([
    planName ? loadSource(dir, planName, 'plan') : undefined,
    meetingName ? loadSource(dir, meetingName, 'meeting') : undefined,
    indicatorsName ? loadSource(dir, indicatorsName, 'indicators') : undefined,
    ...boardNames.map((name) => loadSource(dir, `boards/${name}`, 'board')),
  ]);

  // one push per diagnostic: `push(...list)` overflows the stack when a file has 100 000 of them
  if (plan) {
    loaded.plan = plan.source;
    for (const d of plan.diagnostics) problems.push(d);
  } else {
    problems.push(
      diagnostic({
        code: 'no-plan',
        file: path.join(dir, 'plan.yaml'),
        source: '',
        id: 'workspace.noPlan',
        args: { dir: label },
        hintId: 'workspace.noPlan.hint',
      }),
    );
  }
  for (const board of boards) {
    if (!board) continue;
    loaded.boards.push(board.source);
    for (const d of board.diagnostics) problems.push(d);
  }
  if (loaded.boards.length === 0) {
    problems.push(
      diagnostic({ code: 'no-boards', file: path.join(dir, 'boards'), source: '', id: 'workspace.noBoards', hintId: 'workspace.noBoards.hint' }),
    );
  }
  if (meeting) {
    loaded.meeting = meeting.source;
    for (const d of meeting.diagnostics) problems.push(d);
  }
  if (indicators) {
    loaded.indicators = indicators.source;
    for (const d of indicators.diagnostics) problems.push(d);
  }
  if (top.dirs.has('templates')) loaded.templatesDir = path.resolve(dir, 'templates');
  return loaded;
}

interface Listing {
  files: Set<string>;
  dirs: Set<string>;
}

/** Regular files and folders of `dir` (following symbolic links); undefined when it is no folder. */
async function listDir(dir: string): Promise<Listing | undefined> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) return undefined;
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  const files = new Set<string>();
  const dirs = new Set<string>();
  await Promise.all(
    names.map(async (name) => {
      try {
        const s = await stat(path.join(dir, name));
        if (s.isFile()) files.add(name);
        else if (s.isDirectory()) dirs.add(name);
      } catch {
        // a dangling link is no input
      }
    }),
  );
  return { files, dirs };
}

/** `name.yaml`, else `name.yml`. */
function pick(files: Set<string>, name: string): string | undefined {
  return files.has(`${name}.yaml`) ? `${name}.yaml` : files.has(`${name}.yml`) ? `${name}.yml` : undefined;
}

interface Loaded {
  source: SourceFile;
  diagnostics: Diagnostic[];
}

/** Read, decode and parse one input file. Exported for tests and for `indicators import`. */
export async function loadSource(dir: string, rel: string, kind: InputKind): Promise<Loaded> {
  const file = path.join(dir, ...rel.split('/'));
  const source: SourceFile = { kind, file, rel, text: '', lineCounter: new LineCounter() };
  const fail = (init: Omit<DiagnosticInit, 'file'>): Loaded => ({
    source,
    diagnostics: [diagnostic({ file, source: '', ...init })],
  });

  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) return fail(tooLarge(size));
    bytes = await readFile(file);
  } catch (err) {
    return fail({ code: 'file-unreadable', id: 'file.unreadable', args: { reason: reasonOf(err) }, hintId: 'file.unreadable.hint' });
  }
  // the file may have grown between stat and read
  if (bytes.byteLength > MAX_FILE_BYTES) return fail(tooLarge(bytes.byteLength));

  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== 'string') {
    return fail({
      code: 'encoding',
      id: 'file.encoding',
      args: { byte: decoded.byte },
      hintId: 'file.encoding.hint',
      line: decoded.line,
      column: decoded.column,
      source: decoded.source,
    });
  }
  source.text = decoded;
  return { source, diagnostics: parseSource(source) };
}

function tooLarge(size: number): Omit<DiagnosticInit, 'file'> {
  return {
    code: 'file-too-large',
    id: 'file.tooLarge',
    args: { size: (size / (1024 * 1024)).toFixed(1) },
    hintId: 'file.tooLarge.hint',
  };
}

function reasonOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

// ---- decoding ---------------------------------------------------------------------------------

interface EncodingProblem {
  byte: string;
  line: number;
  column: number;
  source: string;
}

/**
 * The text without its byte-order mark, or where the first byte that is not UTF-8 is. The fatal
 * decoder does the work; only on failure do we scan for the position it does not report.
 */
export function decodeUtf8(bytes: Uint8Array): string | EncodingProblem {
  try {
    // ignoreBOM: false (the default) removes a leading BOM
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    let lineEnd = bytes.indexOf(0x0a, offset);
    if (lineEnd < 0) lineEnd = bytes.length;
    const lenient = new TextDecoder('utf-8');
    const before = lenient.decode(bytes.subarray(lineStart, offset));
    return {
      byte: bytes[offset]!.toString(16).toUpperCase().padStart(2, '0'),
      line,
      column: before.length + 1,
      source: lenient.decode(bytes.subarray(lineStart, lineEnd)).replace(/\r$/, ''),
    };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const cont = b[i + k];
      if (cont === undefined || cont < 0x80 || cont > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

// ---- parsing ----------------------------------------------------------------------------------

/** YAML errors that leave a document whose data cannot be trusted to mean what was written. */
function isFatal(code: string): boolean {
  return code !== 'DUPLICATE_KEY';
}

const PARSE_OPTIONS = {
  prettyErrors: false,
  // duplicate keys are found in the walk below: yaml's own check compares each key with all
  // before it, and a mapping of 200 000 keys (well under 5 MiB) took minutes (issue 5)
  uniqueKeys: false,
  // YAML 1.2 core even under a `%YAML 1.1` directive: no `<<` merges, no yes/no booleans,
  // and no !!binary / !!timestamp / !!set (they would not be plain data)
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  logLevel: 'error',
} as const;

/** Parse `source.text` into `source.doc` and `source.data`; returns the diagnostics. */
export function parseSource(source: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { text, lineCounter, file } = source;
  const at = (offset: number) => offsetPosition(source, offset);
  // a diagnostic without a place of its own points at the first line
  const push = (init: Omit<DiagnosticInit, 'file'>) =>
    out.push(diagnostic({ file, source: lineText(source, init.line ?? 1), ...init }));

  if (text.trim() === '') {
    push({ code: 'empty-file', id: 'file.empty', hintId: 'file.empty.hint' });
    return out;
  }

  // Plain block YAML, as inputs are written, takes a fast path that builds only the data and its
  // positions; the syntax tree is then made only if something asks for `source.doc` (issue 7).
  // Anything the fast path does not handle goes through yaml below, which reports the problems.
  const fast = fastParse(text);
  if (fast) {
    for (const start of fast.lineStarts) lineCounter.addNewLine(start);
    source.data = fast.data;
    source.positions = fast.positions;
    let lazy: Document.Parsed | undefined;
    Object.defineProperty(source, 'doc', {
      get: () => (lazy ??= yaml().parseAllDocuments(text, PARSE_OPTIONS)[0] as Document.Parsed),
      set: (value: Document.Parsed | undefined) => {
        lazy = value;
      },
      enumerable: true,
      configurable: true,
    });
    return out;
  }

  const { isAlias, isCollection, isMap, isScalar, parseAllDocuments, visit } = yaml();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { lineCounter, ...PARSE_OPTIONS });
  } catch (err) {
    // the parser reports problems as errors; it throws only when nesting exhausts the stack
    push(thrown(err));
    return out;
  }

  if (!Array.isArray(docs) || docs.length === 0) {
    // nothing but comments, or only errors outside any document
    const stream = docs as { errors?: { code: string; message: string; pos: [number, number] }[] };
    for (const e of stream.errors ?? []) {
      push({ code: 'yaml-syntax', id: 'yaml.syntax', args: { detail: e.message }, hintId: 'yaml.syntax.hint', ...at(e.pos[0]) });
    }
    if (out.length === 0) push({ code: 'empty-file', id: 'file.empty', hintId: 'file.empty.hint' });
    return out;
  }

  const doc = docs[0]! as Document.Parsed;
  source.doc = doc;
  let fatal = false;
  let tooDeep = false;

  if (docs.length > 1) {
    const second = docs[1]!;
    const marker = findMarker(text, doc.range[1]);
    push({ code: 'yaml-multiple-documents', id: 'yaml.multiDoc', hintId: 'yaml.multiDoc.hint', ...at(marker ?? second.range?.[0] ?? 0) });
  }

  // Tabs first: a tab in the indentation confuses the parser into follow-up errors on the same
  // lines, which would only hide the real cause.
  const tabLines = new Set<number>();
  for (const e of doc.errors) {
    if (e.code !== 'TAB_AS_INDENT') continue;
    const pos = at(e.pos[0]);
    if (tabLines.has(pos.line)) continue;
    tabLines.add(pos.line);
    push({ code: 'yaml-tab', id: 'yaml.tab', hintId: 'yaml.tab.hint', ...pos });
    fatal = true;
  }
  const syntaxLines = new Set<number>();
  for (const e of doc.errors) {
    if (e.code === 'TAB_AS_INDENT') continue;
    // The parser reports an unclosed bracket or quote where it gave up (the next line, or the
    // end of the file); the mistake is where the bracket or quote was opened, so point there.
    const opener = unclosedOpener(text, e.code, e.message, e.pos[0]);
    const pos = opener !== undefined ? at(opener) : lastTextBefore(source, at(e.pos[0]));
    if (isFatal(e.code)) fatal = true;
    if (/call stack/i.test(e.message)) {
      // the parser caught its own stack overflow: nesting far too deep
      if (!tooDeep) push({ code: 'yaml-too-deep', id: 'yaml.tooDeep', args: { max: MAX_DEPTH }, hintId: 'yaml.syntax.hint', ...pos });
      tooDeep = true;
      continue;
    }
    if (tabLines.has(pos.line) || syntaxLines.has(pos.line)) continue;
    const tab = leadingTab(pos.source);
    if (tab >= 0) {
      tabLines.add(pos.line);
      push({ code: 'yaml-tab', id: 'yaml.tab', hintId: 'yaml.tab.hint', ...pos, column: tab + 1 });
      continue;
    }
    syntaxLines.add(pos.line);
    push({ code: 'yaml-syntax', id: 'yaml.syntax', args: { detail: e.message }, hintId: 'yaml.syntax.hint', ...pos });
  }
  for (const w of doc.warnings) {
    const pos = at(w.pos[0]);
    if (w.code === 'TAG_RESOLVE_FAILED') {
      // yaml only warns about an unknown tag and keeps the plain value; for us a tag is an error
      const tag = /^![^\s,\]}]*/.exec(text.slice(w.pos[0]))?.[0] ?? w.message.replace(/^Unresolved tag: /, '');
      push({ code: 'yaml-tag', id: 'yaml.tag', args: { tag }, hintId: 'yaml.tag.hint', ...pos });
    } else {
      push({
        severity: 'warning',
        code: 'yaml-syntax',
        id: 'yaml.syntax',
        args: { detail: w.message },
        hintId: 'yaml.syntax.hint',
        ...pos,
      });
    }
  }

  const root = doc.contents;
  if (fatal && !isMap(root)) return out;
  if (root === null || (isScalar(root) && root.value === null)) {
    push({ code: 'empty-file', id: 'file.empty', hintId: 'file.empty.hint' });
    return out;
  }
  if (!isMap(root)) {
    const pos = at(root.range?.[0] ?? 0);
    const snippet = pos.source.slice(pos.column - 1).trim();
    push({
      code: 'yaml-not-mapping',
      id: 'yaml.notMapping',
      args: { found: `\`${snippet.length > 40 ? snippet.slice(0, 39) + '…' : snippet}\``, example: EXAMPLE_KEY[source.kind] },
      hintId: 'yaml.notMapping.hint',
      ...pos,
    });
    return out;
  }

  // Walk the syntax tree before anything becomes JavaScript: a forbidden key is reported and
  // dropped (so the rest of the file can still be checked), and converting can never reach a
  // prototype. This covers keys inside `<<` values and anchored nodes, which are walked where
  // they are written.
  let firstAlias: number | undefined;
  // One set per mapping: linear, where comparing each key with all before it is quadratic.
  // Keys are compared as the property names they become, so `1` and "1" clash as well.
  const reportDuplicateKeys = (map: YAMLMap) => {
    const seen = new Set<string>();
    for (const pair of map.items) {
      const key = pair.key as YamlNode | null;
      if (!isScalar(key)) continue;
      const name = String(key.value);
      if (!seen.has(name)) {
        seen.add(name);
        continue;
      }
      push({ code: 'duplicate-key', id: 'yaml.duplicateKey', args: { key: name }, hintId: 'yaml.duplicateKey.hint', ...at(key.range?.[0] ?? 0) });
    }
  };
  try {
    visit(doc, {
      Collection(_key, node, path) {
        if (isMap(node)) reportDuplicateKeys(node);
        // a real input nests a few levels; hundreds are an attack on the stack of every later stage
        if (path.filter((p) => isCollection(p)).length < MAX_DEPTH) return undefined;
        if (tooDeep) return visit.BREAK;
        push({ code: 'yaml-too-deep', id: 'yaml.tooDeep', args: { max: MAX_DEPTH }, hintId: 'yaml.syntax.hint', ...at(node.range?.[0] ?? 0) });
        tooDeep = true;
        return visit.BREAK;
      },
      Pair(_key, pair) {
        const key = pair.key as YamlNode | null;
        if (isCollection(key)) {
          push({ code: 'yaml-syntax', id: 'yaml.complexKey', hintId: 'yaml.syntax.hint', ...at(key.range?.[0] ?? 0) });
          fatal = true;
          return visit.REMOVE;
        }
        const name = isScalar(key) ? key.value : isAlias(key) ? undefined : key;
        if (typeof name === 'string' && FORBIDDEN_KEYS.has(name)) {
          push({
            code: 'forbidden-key',
            id: 'yaml.forbiddenKey',
            args: { key: name },
            hintId: 'yaml.forbiddenKey.hint',
            ...at(isScalar(key) ? (key.range?.[0] ?? 0) : 0),
          });
          return visit.REMOVE;
        }
        if (isAlias(key)) {
          // an alias as a key could resolve to anything, including a forbidden name
          push({ code: 'yaml-syntax', id: 'yaml.complexKey', hintId: 'yaml.syntax.hint', ...at(key.range?.[0] ?? 0) });
          fatal = true;
          return visit.REMOVE;
        }
        return undefined;
      },
      Alias(_key, alias) {
        const offset = alias.range?.[0] ?? 0;
        firstAlias ??= offset;
        if (!alias.resolve(doc)) {
          push({
            code: 'yaml-syntax',
            id: 'yaml.unknownAlias',
            args: { name: alias.source },
            hintId: 'yaml.syntax.hint',
            ...at(offset),
          });
          fatal = true;
        }
      },
    });
  } catch (err) {
    push(thrown(err));
    return out;
  }

  if (fatal || tooDeep) return out;
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      push({ code: 'yaml-alias-bomb', id: 'yaml.aliasBomb', hintId: 'yaml.aliasBomb.hint', ...at(firstAlias ?? 0) });
    } else {
      push(thrown(err));
    }
  }
  return out;
}

/** A diagnostic for what the YAML library threw: too deep a nesting, or (a bug) anything else. */
function thrown(err: unknown): Omit<DiagnosticInit, 'file'> {
  if (err instanceof RangeError) {
    return { code: 'yaml-too-deep', id: 'yaml.tooDeep', args: { max: MAX_DEPTH }, hintId: 'yaml.syntax.hint' };
  }
  return { code: 'yaml-syntax', id: 'yaml.syntax', args: { detail: reasonOf(err) }, hintId: 'yaml.syntax.hint' };
}

/** `pos`, or when its line is blank, the end of the nearest line above that has text. */
function lastTextBefore(src: SourceFile, pos: Position): Position {
  if (pos.source.trim() !== '') return pos;
  for (let line = pos.line - 1; line >= 1; line--) {
    const text = lineText(src, line);
    if (text.trim() !== '') return { line, column: text.trimEnd().length + 1, source: text };
  }
  return pos;
}

/** The 0-based index of a tab in the line's indentation, or -1. */
function leadingTab(line: string): number {
  const indent = /^[ \t]*/.exec(line)![0];
  return indent.indexOf('\t');
}

/** Offset of the first `---` document marker at or after `from`. */
function findMarker(text: string, from: number): number | undefined {
  const re = /^---(?=\s|$)/gm;
  re.lastIndex = Math.max(0, from);
  const m = re.exec(text);
  return m ? m.index : undefined;
}

// ---- positions --------------------------------------------------------------------------------

export interface Position {
  line: number;
  column: number;
  /** the text of the line, without its line ending */
  source: string;
}

/** The text of a 1-based line of the file. */
export function lineText(src: SourceFile, line: number): string {
  const starts = src.lineCounter.lineStarts;
  const start = starts.length === 0 ? 0 : (starts[line - 1] ?? src.text.length);
  let end = src.text.indexOf('\n', start);
  if (end < 0) end = src.text.length;
  return src.text.slice(start, end).replace(/\r$/, '');
}

/** Line, column and line text of a character offset. */
export function offsetPosition(src: SourceFile, offset: number): Position {
  if (src.lineCounter.lineStarts.length === 0) return { line: 1, column: offset + 1, source: lineText(src, 1) };
  const { line, col } = src.lineCounter.linePos(offset);
  const l = Math.max(1, line);
  return { line: l, column: Math.max(1, col), source: lineText(src, l) };
}

/**
 * Where a value (or its key) is written: the node at `path` (the walk of `doc.getIn(path, true)`,
 * done by hand to keep each mapping entry's key node), or, when the path does not exist (a
 * missing key), its nearest existing ancestor.
 * `which: 'key'` gives the key of the last mapping entry on the path; for list entries and the
 * root it is the node itself.
 */
export function positionOf(src: SourceFile, pathTo: readonly (string | number)[], which: 'key' | 'value'): Position {
  if (src.positions) return offsetPosition(src, treeOffset(src.positions, pathTo, which));
  const doc = src.doc;
  if (!doc) return { line: 1, column: 1, source: lineText(src, 1) };
  const { isAlias, isMap, isSeq } = yaml();
  let node: unknown = doc.contents;
  let best = startOf(node);
  for (const segment of pathTo) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    let nextKey: YamlNode | undefined;
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(segment));
      if (pair) {
        next = pair.value;
        nextKey = pair.key as YamlNode;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined && !nextKey) break;
    node = next;
    const keyStart = startOf(nextKey);
    const valueStart = startOf(next);
    best = which === 'key' ? (keyStart ?? valueStart ?? best) : (valueStart ?? keyStart ?? best);
  }
  return offsetPosition(src, best ?? 0);

  function startOf(n: unknown): number | undefined {
    const range = (n as YamlNode | null | undefined)?.range;
    return range ? range[0] : undefined;
  }
}

/** `positionOf` on the fast path's position tree: the same walk, the same fallbacks. */
function treeOffset(root: PosMap, pathTo: readonly (string | number)[], which: 'key' | 'value'): number {
  let node: PosNode | undefined = root;
  let best = root.start;
  for (const segment of pathTo) {
    let next: PosNode | undefined;
    let keyStart: number | undefined;
    if (isPosMap(node)) {
      const entry = node.entries.get(String(segment));
      if (entry) {
        next = entry.value;
        keyStart = entry.key;
      }
    } else if (isPosSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined) break;
    node = next;
    const valueStart = typeof next === 'number' ? next : next.start;
    best = which === 'key' ? (keyStart ?? valueStart) : valueStart;
  }
  return best;
}

/** The keys of the mapping at `pathTo` in the order they are written, or undefined when there is none. */
export function writtenKeys(src: SourceFile, pathTo: readonly (string | number)[]): string[] | undefined {
  if (src.positions) {
    let node: PosNode | undefined = src.positions;
    for (const segment of pathTo) {
      if (isPosMap(node)) node = node.entries.get(String(segment))?.value;
      else if (isPosSeq(node) && typeof segment === 'number') node = node.items[segment];
      else return undefined;
    }
    return isPosMap(node) ? [...node.entries.keys()] : undefined;
  }
  const node = src.doc?.getIn(pathTo, true) as { items?: { key?: { value?: unknown } }[] } | undefined;
  if (!node || !Array.isArray(node.items)) return undefined;
  return node.items.map((p) => String(p.key?.value));
}

/**
 * A mapping's entries by key, the first entry of each key, as `positionOf` walked them with
 * `find`: built once per mapping, since a file with thousands of unknown keys asks for each of
 * them, and scanning the mapping every time made that quadratic (minutes; issue 5). Documents are
 * not changed after `parseSource`, so the index stays right.
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    const { isPair, isScalar } = yaml();
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const value = isScalar(p.key) ? p.key.value : p.key;
      if (value === null || value === undefined) continue;
      const name = String(value);
      if (!index.has(name)) index.set(name, p as Pair);
    }
    pairIndex.set(map, index);
  }
  return index;
}

/**
 * Where the bracket or quote opens that a `Missing closing "quote` or `Flow sequence … must end
 * with a ]` error is about: the quote is the last one of its kind before the error (an unclosed
 * string swallows every later one); the bracket is the last one not closed before it.
 */
export function unclosedOpener(text: string, code: string, message: string, offset: number): number | undefined {
  const end = Math.min(offset, text.length);
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (code === 'MISSING_CHAR' && quote) {
    const at = text.lastIndexOf(quote[1]!, end - 1);
    return at >= 0 ? at : undefined;
  }
  const flow = /^Flow (sequence|map) .*end with a ([\]}])/.exec(message);
  if (flow) {
    const close = flow[2]!;
    const open = close === ']' ? '[' : '{';
    let depth = 0;
    for (let i = end - 1; i >= 0; i--) {
      const c = text[i];
      if (c === close) depth++;
      else if (c === open) {
        if (depth === 0) return i;
        depth--;
      }
    }
  }
  return undefined;
}
