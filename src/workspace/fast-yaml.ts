// A fast path for the plain block YAML that input files are written in (issue 7): mappings with
// plain keys, lists, plain, quoted and block scalars, comments. It builds the data and a small tree
// of positions straight from the text, without yaml's syntax tree, its Document and `toJS` (at
// 50 boards × 1,000 items those were most of the time and, alive to the end, most of the memory).
//
// It gives up (returns undefined) on anything else: flow collections, anchors, aliases, tags,
// directives, several documents, multi-line plain or quoted scalars, escapes, tabs, CR, control
// characters, empty values, duplicate or forbidden keys, odd indentation, numbers other than plain
// integers and decimals. The caller then parses the file with `yaml` as before, so every
// diagnostic stays what it was; on what it accepts, the result is what `yaml` (core schema) gives.

import { PosMap, PosSeq, TreePositions, type PosNode } from './tree-positions.js';

export interface FastResult {
  data: Record<string, unknown>;
  positions: TreePositions;
  /** offsets where lines start (the second line onwards), as yaml's LineCounter records them */
  lineStarts: number[];
}

/** far less than parse.ts's limit: deeper files take the full parser, which reports it */
const MAX_DEPTH = 16;

class GiveUp {}
const GIVE_UP = new GiveUp();

/** a plain key, matched where it starts (sticky): letters, digits, `_` and `-`, or a decimal number */
const KEY = /[A-Za-z_][A-Za-z0-9_-]*|(?:0|[1-9][0-9]{0,8})(?=:)/y;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);
// anything that is not plain text for us: control characters (but \n), CR, tab, BOM, C1 controls,
// lone surrogates are left to yaml as well
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// the tests of yaml's core schema tags (yaml/dist/schema/core, common/null.js)
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** characters a plain scalar may not start with, or that make it something else */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

interface Line {
  /** offset of the first character of the line */
  start: number;
  /** offset after the last character (before the newline) */
  end: number;
  /** number of leading spaces */
  indent: number;
  /** blank or only a comment */
  empty: boolean;
}

export function fastParse(text: string): FastResult | undefined {
  if (text.length === 0 || UNUSUAL.test(text)) return undefined;
  try {
    return new FastParser(text).parse();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

class FastParser {
  private readonly lines: Line[] = [];
  private readonly lineStarts: number[] = [0];
  /** index of the current line */
  private i = 0;
  /** nesting of collections */
  private depth = 0;

  constructor(private readonly text: string) {
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === 32) indent++;
      const first = text.charCodeAt(start + indent);
      const empty = start + indent === end || first === 35; /* # */
      if (!empty && indent === 0) {
        // directives, document markers
        const c = text[start];
        if (c === '%') giveUp();
        if ((c === '-' || c === '.') && (text.startsWith('---', start) || text.startsWith('...', start))) giveUp();
      }
      this.lines.push({ start, end, indent, empty });
      if (end >= n) break;
      start = end + 1;
      this.lineStarts.push(start);
    }
  }

  parse(): FastResult {
    this.skipEmpty();
    const line = this.lines[this.i];
    if (!line || line.indent !== 0) giveUp();
    const positions = new PosMap(line.start);
    const data = this.map(0, line.start, positions);
    this.skipEmpty();
    if (this.i < this.lines.length) giveUp();
    return { data, positions: new TreePositions(positions), lineStarts: this.lineStarts };
  }

  private skipEmpty(): void {
    while (this.i < this.lines.length && this.lines[this.i]!.empty) this.i++;
  }

  /** The next line with content, or undefined at the end. */
  private peek(): Line | undefined {
    this.skipEmpty();
    return this.lines[this.i];
  }

  /**
   * A block mapping whose keys are at column `col`; its first key starts at `at` on the current
   * line (which may be a list item's line).
   */
  private map(col: number, at: number, pos: PosMap): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) giveUp();
    const data: Record<string, unknown> = {};
    for (;;) {
      const { text } = this;
      const line = this.lines[this.i]!;
      KEY.lastIndex = at;
      const m = KEY.exec(text);
      if (!m) giveUp();
      const key = m[0];
      if (RESERVED_KEYS.has(key) || pos.entries.has(key)) giveUp();
      let p = at + key.length;
      if (text.charCodeAt(p) !== 58 /* : */) giveUp();
      p++;
      let value: unknown;
      let valuePos: PosNode;
      const rest = this.afterSpaces(p, line.end);
      if (rest === line.end || text.charCodeAt(rest) === 35) {
        if (rest !== line.end && rest === p) giveUp(); // `key:#`
        // the value is a block on the next lines, more indented than the key
        this.i++;
        const next = this.peek();
        if (!next || next.indent <= col) giveUp(); // null, or a list at the key's own column
        const first = next.start + next.indent;
        if (text.charCodeAt(first) === 45 /* - */ && this.isItemStart(first, next.end)) {
          const seq = new PosSeq(first);
          value = this.seq(next.indent, seq);
          valuePos = seq;
        } else {
          const inner = new PosMap(first);
          value = this.map(next.indent, first, inner);
          valuePos = inner;
        }
      } else {
        if (rest === p) giveUp(); // `key:value` is not a mapping entry
        valuePos = rest;
        value = this.scalarOrBlock(rest, line, col);
      }
      data[key] = value;
      pos.entries.set(key, { key: at, value: valuePos });
      const next = this.peek();
      if (!next || next.indent < col) {
        this.depth--;
        return data;
      }
      if (next.indent > col) giveUp();
      at = next.start + col;
      if (text.charCodeAt(at) === 45 && this.isItemStart(at, next.end)) giveUp(); // a list item among keys
    }
  }

  /** A block list whose dashes are at column `col`, starting on the current line. */
  private seq(col: number, pos: PosSeq): unknown[] {
    if (++this.depth > MAX_DEPTH) giveUp();
    const data: unknown[] = [];
    const { text } = this;
    for (;;) {
      const line = this.lines[this.i]!;
      const dash = line.start + col;
      if (!this.isItemStart(dash, line.end)) giveUp();
      const at = this.afterSpaces(dash + 1, line.end);
      if (at === line.end || text.charCodeAt(at) === 35) giveUp(); // `-` with the item on the next lines
      const c = text.charCodeAt(at);
      if (c === 45 && this.isItemStart(at, line.end)) giveUp(); // `- - x`
      const itemCol = at - line.start;
      if (this.isMapEntry(at, line.end)) {
        const inner = new PosMap(at);
        data.push(this.map(itemCol, at, inner));
        pos.items.push(inner);
      } else {
        if (c === 124 || c === 62) giveUp(); // a block scalar as a list item
        data.push(this.scalarOrBlock(at, line, col));
        pos.items.push(at);
      }
      const next = this.peek();
      if (!next || next.indent < col) {
        this.depth--;
        return data;
      }
      if (next.indent > col) giveUp();
    }
  }

  private isItemStart(at: number, end: number): boolean {
    if (this.text.charCodeAt(at) !== 45) return false;
    return at + 1 === end || this.text.charCodeAt(at + 1) === 32;
  }

  /** Whether the text at `at` reads `key:` followed by a space or the end of the line. */
  private isMapEntry(at: number, end: number): boolean {
    KEY.lastIndex = at;
    const m = KEY.exec(this.text);
    if (!m || at + m[0].length > end) return false;
    const p = at + m[0].length;
    if (this.text.charCodeAt(p) !== 58) return false;
    return p + 1 === end || this.text.charCodeAt(p + 1) === 32;
  }

  private afterSpaces(p: number, end: number): number {
    while (p < end && this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  /**
   * A scalar starting at `at` on the current line, of an entry whose parent is at column
   * `parentCol`; moves past it (a block scalar's lines included).
   */
  private scalarOrBlock(at: number, line: Line, parentCol: number): unknown {
    const { text } = this;
    const c = text[at]!;
    let value: unknown;
    if (c === '|' || c === '>') {
      return this.blockScalar(at, line, parentCol);
    }
    if (c === '"' || c === "'") {
      const close = c === '"' ? this.doubleQuoted(at, line.end) : this.singleQuoted(at, line.end);
      value = close.value;
      const after = this.afterSpaces(close.end, line.end);
      if (after !== line.end && !(text.charCodeAt(after) === 35 && after > close.end)) giveUp();
    } else {
      if (INDICATOR_START.test(c)) giveUp();
      let raw = text.slice(at, line.end);
      const hash = raw.indexOf(' #');
      let end = hash >= 0 ? hash : raw.length;
      while (end > 0 && raw.charCodeAt(end - 1) === 32) end--; // spaces only: yaml keeps other white space
      if (end < raw.length) raw = raw.slice(0, end);
      if (raw.includes(': ') || raw.endsWith(':')) giveUp();
      value = plainValue(raw);
    }
    this.i++;
    // a continuation line of a multi-line scalar (or an error) follows: leave it to yaml
    const next = this.peek();
    if (next && next.indent > parentCol) giveUp();
    return value;
  }

  private doubleQuoted(at: number, end: number): { value: string; end: number } {
    const close = this.text.indexOf('"', at + 1);
    if (close < 0 || close >= end) giveUp();
    const value = this.text.slice(at + 1, close);
    if (value.includes('\\')) giveUp();
    return { value, end: close + 1 };
  }

  private singleQuoted(at: number, end: number): { value: string; end: number } {
    let p = at + 1;
    let value = '';
    for (;;) {
      const q = this.text.indexOf("'", p);
      if (q < 0 || q >= end) giveUp();
      value += this.text.slice(p, q);
      if (this.text.charCodeAt(q + 1) === 39 && q + 1 < end) {
        value += "'";
        p = q + 2;
        continue;
      }
      return { value, end: q + 1 };
    }
  }

  /** `|`, `|-`, `>`, `>-` with the indentation of the first line; nothing unusual inside. */
  private blockScalar(at: number, line: Line, parentCol: number): string {
    const { text, lines } = this;
    const header = text.slice(at, line.end);
    const m = /^([|>])(-?)(?: +#.*)?$/.exec(header);
    if (!m) giveUp();
    const folded = m[1] === '>';
    const strip = m[2] === '-';
    this.i++;
    // content: lines more indented than the parent, and blank lines among them
    const first = lines[this.i];
    if (!first || first.indent === first.end - first.start || first.indent <= parentCol) giveUp(); // empty, or a leading blank line
    const indent = first.indent;
    const parts: string[] = [];
    let j = this.i;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const blank = l.indent === l.end - l.start;
      if (blank) {
        if (l.indent > indent) giveUp(); // spaces that would be content
        parts.push('');
        continue;
      }
      if (l.indent < indent) {
        if (l.indent > parentCol) giveUp();
        break;
      }
      if (l.indent > indent && folded) giveUp(); // more-indented lines keep their breaks
      parts.push(text.slice(l.start + indent, l.end));
    }
    // trailing blank lines belong to the chomping, not the content
    let last = parts.length;
    while (last > 0 && parts[last - 1] === '') last--;
    const content = parts.slice(0, last);
    this.i = j;
    let value: string;
    if (!folded) value = content.join('\n');
    else {
      value = '';
      let blanks = 0;
      for (let k = 0; k < content.length; k++) {
        const part = content[k]!;
        if (part === '') {
          blanks++;
          continue;
        }
        if (k > 0) value += blanks > 0 ? '\n'.repeat(blanks) : ' ';
        blanks = 0;
        value += part;
      }
    }
    if (!strip && content.length > 0) value += '\n';
    return value;
  }
}

/** A plain scalar as the core schema reads it (yaml's own tests of its tags); gives up on nulls and on numbers other than decimal integers and fractions. */
function plainValue(raw: string): unknown {
  const c = raw.charCodeAt(0);
  // only these can start a special value: digits, sign, dot, ~, n N t T f F
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || /^[nNtTfF]/.test(raw))) return raw;
  if (BOOL.test(raw)) return raw[0] === 't' || raw[0] === 'T';
  if (INT.test(raw)) return parseInt(raw, 10);
  if (FLOAT.test(raw)) return parseFloat(raw);
  if (NULL.test(raw) || INT_OCT.test(raw) || INT_HEX.test(raw) || FLOAT_NAN.test(raw) || FLOAT_EXP.test(raw)) giveUp();
  return raw;
}
