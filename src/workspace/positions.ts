// Positions in an input file: line, column and line text for diagnostics, and where each value of
// the parsed data is written. A file is parsed either by the fast path (fast-yaml.ts, with its
// small position tree, tree-positions.ts) or by `yaml` (its Document, document-positions.ts); both
// answer the same two questions through `NodePositions`, so nothing after the load stage needs to
// know which parser read the file (issue 17).
import type { LineCounter } from './line-counter.js';

/** The path of a value in the parsed data: mapping keys and list indexes. */
export type DataPath = readonly (string | number)[];

/**
 * Where the nodes of a parsed file are written: implemented by the fast path's position tree
 * (tree-positions.ts) and by yaml's Document (document-positions.ts).
 */
export interface NodePositions {
  /**
   * Offset of the node at `path`, or, when the path does not exist (a missing key), of its nearest
   * existing ancestor. `which: 'key'` gives the key of the last mapping entry on the path; for list
   * entries and the root it is the node itself.
   */
  offsetOf(path: DataPath, which: 'key' | 'value'): number;
  /** The keys of the mapping at `path` in the order they are written, or undefined when there is none. */
  keysOf(path: DataPath): string[] | undefined;
}

/** What positions are computed from: a SourceFile (types.ts), named here so that this module does not import it. */
export interface Located {
  text: string;
  lineCounter: LineCounter;
  positions?: NodePositions;
}


export interface Position {
  line: number;
  column: number;
  /** the text of the line, without its line ending */
  source: string;
}

// The line last asked for, per file: diagnostics come in runs on one line, and finding the end
// of a long line is a scan of it (a file whose one 4.7 MB line has 400 000 unknown keys asked
// for that line 400 000 times, issue 12)
const lastLine = new WeakMap<Located, { line: number; text: string }>();

/** The text of a 1-based line of the file. */
export function lineText(src: Located, line: number): string {
  const cached = lastLine.get(src);
  if (cached?.line === line) return cached.text;
  const starts = src.lineCounter.lineStarts;
  const start = starts.length === 0 ? 0 : (starts[line - 1] ?? src.text.length);
  let end = src.text.indexOf('\n', start);
  if (end < 0) end = src.text.length;
  // the CR by its code: `replace(/\r$/)` scans the whole line
  if (end > start && src.text.charCodeAt(end - 1) === 13) end--;
  const text = src.text.slice(start, end);
  lastLine.set(src, { line, text });
  return text;
}

/** Line, column and line text of a character offset. */
export function offsetPosition(src: Located, offset: number): Position {
  if (src.lineCounter.lineStarts.length === 0) return { line: 1, column: offset + 1, source: lineText(src, 1) };
  const { line, col } = src.lineCounter.linePos(offset);
  const l = Math.max(1, line);
  return { line: l, column: Math.max(1, col), source: lineText(src, l) };
}

/** Where a value (or its key) is written; the start of the file when the file was not parsed. */
export function positionOf(src: Located, path: DataPath, which: 'key' | 'value'): Position {
  return offsetPosition(src, src.positions?.offsetOf(path, which) ?? 0);
}

/** The keys of the mapping at `path` in the order they are written, or undefined when there is none. */
export function writtenKeys(src: Located, path: DataPath): string[] | undefined {
  return src.positions?.keysOf(path);
}
