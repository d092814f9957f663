// Parsing an input file's text as YAML 1.2 (core schema) into plain data and the positions of
// its values. Plain block YAML, as inputs are written, takes the fast path (fast-yaml.ts); anything
// else goes through `yaml`, whose errors and warnings become diagnostics, and whose tree is walked
// for what must never become data (forbidden keys, too deep nesting, unknown aliases) before it
// is converted. Nothing here knows the schema, and no input can make this throw (SPEC 8).
import type { Document, Node as YamlNode, YAMLMap } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { load as yaml } from '../lazy/yaml.js';
import { DocumentPositions } from './document-positions.js';
import { fastParse } from './fast-yaml.js';
import { lineText, offsetPosition, type Position } from './positions.js';
import { reasonOf, type FileProblem } from './read.js';
import { badIndentation, closedQuote, findMistakes } from './yaml-advice.js';
import { tabHint } from './tab-advice.js';
import type { InputKind, SourceFile } from './types.js';

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
  monitoring: 'year',
};

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

/** YAML errors that leave a document whose data cannot be trusted to mean what was written. */
function isFatal(code: string): boolean {
  return code !== 'DUPLICATE_KEY';
}

/** One file's diagnostics as they are found; one without a place of its own points at the first line. */
class Report {
  readonly diagnostics: Diagnostic[] = [];
  /** the data cannot be trusted: it is not converted */
  fatal = false;
  /** nesting beyond MAX_DEPTH has been reported */
  tooDeep = false;
  /** where the first alias is written, for the diagnostic of an alias bomb */
  firstAlias: number | undefined;

  constructor(readonly source: SourceFile) {}

  at(offset: number): Position {
    return offsetPosition(this.source, offset);
  }

  private split: string[] | undefined;
  /** the file's lines without their line ends, split once (only a file with a tab asks) */
  get lines(): string[] {
    return (this.split ??= this.source.text.split('\n').map((l) => l.replace(/\r$/, '')));
  }

  /** lines with a tab in their indentation: the parser's follow-ups there are only noise */
  private readonly tabbed = new Set<number>();

  push(init: FileProblem): void {
    const line = init.line ?? 1;
    if (init.code === 'yaml-tab') this.tabbed.add(line);
    else if (init.code.startsWith('yaml-') && this.tabbed.has(line)) return;
    this.diagnostics.push(diagnostic({ file: this.source.file, source: lineText(this.source, init.line ?? 1), ...init }));
  }
}

/** Parse `source.text` into `source.data` and `source.positions`; returns the diagnostics. */
export function parseSource(source: SourceFile): Diagnostic[] {
  const report = new Report(source);
  if (source.text.trim() === '') {
    report.push({ code: 'empty-file', id: 'file.empty', hintId: 'file.empty.hint' });
    return report.diagnostics;
  }
  if (reportMistakes(report)) return report.diagnostics;
  // The fast path builds only the data and its positions (issue 7); what it does not handle goes
  // through yaml, which reports the problems.
  const fast = fastParse(source.text);
  if (fast) {
    for (const start of fast.lineStarts) source.lineCounter.addNewLine(start);
    source.data = fast.data;
    source.positions = fast.positions;
    return report.diagnostics;
  }
  const doc = parseDocument(report);
  if (doc && checkRoot(doc, report) && walkTree(doc, report) && !report.fatal && !report.tooDeep) toData(doc, report);
  return report.diagnostics;
}

/**
 * The common mistakes of hand-written YAML, explained in plain words on the right line (issue 13
 * item 4). True when one of them is an error: the data is then not what was meant, and the file is
 * reported with these alone (and its tabs), so that no schema error repeats the same mistake in
 * other words. Runs before parsing, so the lines are taken from the text itself.
 */
function reportMistakes(report: Report): boolean {
  const mistakes = findMistakes(report.source.text);
  if (mistakes.length === 0) return false;
  const lines = report.source.text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (const m of mistakes) report.push({ ...m, source: lines[m.line - 1] ?? '' });
  if (mistakes.every((m) => m.severity === 'warning')) return false;
  lines.forEach((text, i) => {
    const tab = leadingTab(text);
    if (tab >= 0) report.push({ code: 'yaml-tab', id: 'yaml.tab', ...tabHint(lines, i), line: i + 1, column: tab + 1, source: text });
  });
  return true;
}

/** The file's first document with its syntax problems reported, or undefined when there is none. */
function parseDocument(report: Report): Document.Parsed | undefined {
  const { source } = report;
  let docs: ReturnType<ReturnType<typeof yaml>['parseAllDocuments']>;
  try {
    docs = yaml().parseAllDocuments(source.text, { lineCounter: source.lineCounter, ...PARSE_OPTIONS });
  } catch (err) {
    // the parser reports problems as errors; it throws only when nesting exhausts the stack
    report.push(thrown(err));
    return undefined;
  }

  if (!Array.isArray(docs) || docs.length === 0) {
    // nothing but comments, or only errors outside any document
    const stream = docs as { errors?: { code: string; message: string; pos: [number, number] }[] };
    for (const e of stream.errors ?? []) {
      report.push({ code: 'yaml-syntax', id: 'yaml.syntax', args: { detail: e.message }, hintId: 'yaml.syntax.hint', ...report.at(e.pos[0]) });
    }
    if (report.diagnostics.length === 0) report.push({ code: 'empty-file', id: 'file.empty', hintId: 'file.empty.hint' });
    return undefined;
  }

  const doc = docs[0]! as Document.Parsed;
  source.positions = new DocumentPositions(doc);
  if (docs.length > 1) {
    const marker = findMarker(source.text, doc.range[1]);
    report.push({ code: 'yaml-multiple-documents', id: 'yaml.multiDoc', hintId: 'yaml.multiDoc.hint', ...report.at(marker ?? docs[1]!.range?.[0] ?? 0) });
  }
  reportErrors(doc, report);
  reportWarnings(doc, report);
  return doc;
}

function reportErrors(doc: Document.Parsed, report: Report): void {
  const { text } = report.source;
  // Tabs first: a tab in the indentation confuses the parser into follow-up errors on the same
  // lines, which would only hide the real cause.
  const tabLines = new Set<number>();
  for (const e of doc.errors) {
    if (e.code !== 'TAB_AS_INDENT') continue;
    const pos = report.at(e.pos[0]);
    if (tabLines.has(pos.line)) continue;
    tabLines.add(pos.line);
    report.push({ code: 'yaml-tab', id: 'yaml.tab', ...tabHint(report.lines, pos.line - 1), ...pos });
    report.fatal = true;
  }
  const syntaxLines = new Set<number>();
  // the parser's indentation errors often name the line before the mistake: find the line (issue 13)
  const INDENT_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
  const indent = tabLines.size === 0 && doc.errors.some((e) => INDENT_CODES.has(e.code)) ? badIndentation(text) : undefined;
  if (indent) {
    report.push({ ...indent, source: lineText(report.source, indent.line) });
    report.fatal = true;
  }
  for (const e of doc.errors) {
    if (e.code === 'TAB_AS_INDENT') continue;
    if (indent && (INDENT_CODES.has(e.code) || /Implicit map keys/.test(e.message))) continue;
    // The parser reports an unclosed bracket or quote where it gave up (the next line, or the
    // end of the file); the mistake is where the bracket or quote was opened, so point there.
    const opener = unclosedOpener(text, e.code, e.message, e.pos[0]);
    const pos = opener !== undefined ? report.at(opener) : lastTextBefore(report.source, report.at(e.pos[0]));
    if (isFatal(e.code)) report.fatal = true;
    if (/call stack/i.test(e.message)) {
      // the parser caught its own stack overflow: nesting far too deep
      if (!report.tooDeep) report.push({ code: 'yaml-too-deep', id: 'yaml.tooDeep', args: { max: MAX_DEPTH }, hintId: 'yaml.syntax.hint', ...pos });
      report.tooDeep = true;
      continue;
    }
    if (tabLines.has(pos.line) || syntaxLines.has(pos.line)) continue;
    const tab = leadingTab(pos.source);
    if (tab >= 0) {
      tabLines.add(pos.line);
      report.push({ code: 'yaml-tab', id: 'yaml.tab', ...tabHint(report.lines, pos.line - 1), ...pos, column: tab + 1 });
      continue;
    }
    syntaxLines.add(pos.line);
    if (opener !== undefined && e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
      report.push({
        code: 'yaml-unclosed-quote',
        id: 'yaml.unclosedQuote',
        args: { example: closedQuote(pos.source, pos.column) },
        hintId: 'yaml.example.hint',
        ...pos,
      });
      continue;
    }
    report.push({ code: 'yaml-syntax', id: 'yaml.syntax', args: { detail: e.message }, hintId: 'yaml.syntax.hint', ...pos });
  }
}

function reportWarnings(doc: Document.Parsed, report: Report): void {
  for (const w of doc.warnings) {
    const pos = report.at(w.pos[0]);
    if (w.code === 'TAG_RESOLVE_FAILED') {
      // yaml only warns about an unknown tag and keeps the plain value; for us a tag is an error
      const tag = /^![^\s,\]}]*/.exec(report.source.text.slice(w.pos[0]))?.[0] ?? w.message.replace(/^Unresolved tag: /, '');
      report.push({ code: 'yaml-tag', id: 'yaml.tag', args: { tag }, hintId: 'yaml.tag.hint', ...pos });
    } else {
      report.push({ severity: 'warning', code: 'yaml-syntax', id: 'yaml.syntax', args: { detail: w.message }, hintId: 'yaml.syntax.hint', ...pos });
    }
  }
}

/** Whether the document is a mapping, as every input must be; reports what it is instead. */
function checkRoot(doc: Document.Parsed, report: Report): boolean {
  const { isMap, isScalar } = yaml();
  const root = doc.contents;
  if (report.fatal && !isMap(root)) return false;
  if (root === null || (isScalar(root) && root.value === null)) {
    report.push({ code: 'empty-file', id: 'file.empty', hintId: 'file.empty.hint' });
    return false;
  }
  if (isMap(root)) return true;
  const pos = report.at(root.range?.[0] ?? 0);
  const snippet = pos.source.slice(pos.column - 1).trim();
  report.push({
    code: 'yaml-not-mapping',
    id: 'yaml.notMapping',
    args: { found: `\`${snippet.length > 40 ? snippet.slice(0, 39) + '…' : snippet}\``, example: EXAMPLE_KEY[report.source.kind] },
    hintId: 'yaml.notMapping.hint',
    ...pos,
  });
  return false;
}

/**
 * Walk the syntax tree before anything becomes JavaScript: a forbidden key is reported and
 * dropped (so the rest of the file can still be checked), and converting can never reach a
 * prototype. This covers keys inside `<<` values and anchored nodes, which are walked where
 * they are written. False when the walk itself failed.
 */
function walkTree(doc: Document.Parsed, report: Report): boolean {
  const { isAlias, isCollection, isMap, isScalar, visit } = yaml();
  const at = (node: { range?: readonly number[] | null } | null | undefined) => report.at(node?.range?.[0] ?? 0);
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
      report.push({ code: 'duplicate-key', id: 'yaml.duplicateKey', args: { key: name }, hintId: 'yaml.duplicateKey.hint', ...at(key) });
    }
  };
  try {
    visit(doc, {
      Collection(_key, node, path) {
        if (isMap(node)) reportDuplicateKeys(node);
        // a real input nests a few levels; hundreds are an attack on the stack of every later stage
        if (path.filter((p) => isCollection(p)).length < MAX_DEPTH) return undefined;
        if (report.tooDeep) return visit.BREAK;
        report.push({ code: 'yaml-too-deep', id: 'yaml.tooDeep', args: { max: MAX_DEPTH }, hintId: 'yaml.syntax.hint', ...at(node) });
        report.tooDeep = true;
        return visit.BREAK;
      },
      Pair(_key, pair) {
        const key = pair.key as YamlNode | null;
        if (isCollection(key) || isAlias(key)) {
          // a collection as a key is no property name; an alias could resolve to anything,
          // including a forbidden name
          report.push({ code: 'yaml-syntax', id: 'yaml.complexKey', hintId: 'yaml.syntax.hint', ...at(key) });
          report.fatal = true;
          return visit.REMOVE;
        }
        const name = isScalar(key) ? key.value : key;
        if (typeof name === 'string' && FORBIDDEN_KEYS.has(name)) {
          report.push({ code: 'forbidden-key', id: 'yaml.forbiddenKey', args: { key: name }, hintId: 'yaml.forbiddenKey.hint', ...at(isScalar(key) ? key : null) });
          return visit.REMOVE;
        }
        return undefined;
      },
      Alias(_key, alias) {
        report.firstAlias ??= alias.range?.[0] ?? 0;
        if (!alias.resolve(doc)) {
          report.push({ code: 'yaml-syntax', id: 'yaml.unknownAlias', args: { name: alias.source }, hintId: 'yaml.syntax.hint', ...at(alias) });
          report.fatal = true;
        }
      },
    });
  } catch (err) {
    report.push(thrown(err));
    return false;
  }
  return true;
}

/** The walked document as plain data, with at most MAX_ALIAS_COUNT aliases expanded. */
function toData(doc: Document.Parsed, report: Report): void {
  try {
    report.source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      report.push({ code: 'yaml-alias-bomb', id: 'yaml.aliasBomb', hintId: 'yaml.aliasBomb.hint', ...report.at(report.firstAlias ?? 0) });
    } else {
      report.push(thrown(err));
    }
  }
}

/** A diagnostic for what the YAML library threw: too deep a nesting, or (a bug) anything else. */
function thrown(err: unknown): FileProblem {
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
