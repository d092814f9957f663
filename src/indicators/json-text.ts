// JSON text with positions, for `lnhs indicators import` (issue 3 item 4): where a syntax error
// is and what it is in words a person can act on, where each element of the top-level array
// starts (so a broken row is reported on its line), and a value named as a diagnostic names it.
// Split from import.ts (issue 17).
import { diagnostic, type Diagnostic } from '../diagnostics.js';

/** A JSON value, with its text when it was given as text (for positions). */
export type Parsed = { ok: true; value: unknown; text?: string } | { ok: false };

/**
 * `json` parsed when it is text (a byte order mark dropped), as it is otherwise; a syntax error is a
 * diagnostic at its place (`metadata`: of the metadata file, with that file's code and hint).
 */
export function parseJson(json: unknown, file: string, diagnostics: Diagnostic[], metadata = false): Parsed {
  if (typeof json !== 'string') return { ok: true, value: json };
  const text = json.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text), text };
  } catch (error) {
    // V8's messages differ between Node versions and do not always give a position, so the
    // place and the wording come from our own scan of the text
    const found = jsonError(text) ?? { offset: 0, detail: firstLine(error instanceof Error ? error.message : String(error)) };
    diagnostics.push(
      diagnostic({
        code: metadata ? 'sotkanet-metadata' : 'json-syntax',
        file,
        ...position(text, found.offset),
        id: 'indicators.json',
        args: { detail: found.detail },
        hintId: metadata ? 'indicators.metadata.hint' : 'indicators.json.hint',
      }),
    );
    return { ok: false };
  }
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '') ?? s).trim();
}

/** A value as the diagnostics name it: "an array", "the text \"…\"", "number 3". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Offset of the first character that is not white space. */
export function firstNonSpace(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/** 1-based line and column of `offset` in `text`, and the source line for the caret display. */
export function position(text: string | undefined, offset: number | undefined): { line: number; column: number; source?: string } {
  if (text === undefined || offset === undefined) return { line: 1, column: 1 };
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const source = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  // a minified export is one long line: show no source rather than megabytes of it
  return { line, column: clamped - lineStart + 1, ...(source.length <= 200 ? { source } : {}) };
}

/** Offsets where each element of the top-level JSON array starts (the text is valid JSON). */
export function topLevelElementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && c !== ']' && !/\s/.test(c)) {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = c === '[';
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return offsets;
}

/**
 * Where JSON text first goes wrong, and how, in words a person can act on; undefined when the
 * scan finds nothing wrong. Run only after JSON.parse failed.
 */
export function jsonError(text: string): { offset: number; detail: string } | undefined {
  let i = 0;
  class Stop {
    constructor(
      readonly offset: number,
      readonly detail: string,
    ) {}
  }
  const fail = (detail?: string): never => {
    if (i >= text.length) throw new Stop(i, 'unexpected end of the file');
    throw new Stop(i, detail ?? `unexpected ${JSON.stringify(text[i])}`);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail('the text in quotes does not end');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('a backslash that starts no valid escape');
      } else if (c < ' ') fail(c === '\n' ? 'a line break inside quotes' : 'a control character inside quotes');
      else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (depth: number): void => {
    if (depth > 1000) fail('too deeply nested');
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        space();
        if (c === '{') {
          if (text[i] !== '"') fail('expected a key in double quotes');
          string();
          space();
          if (text[i] !== ':') fail('expected `:` after the key');
          i++;
        }
        value(depth + 1);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return;
        }
        fail(`expected \`,\` or \`${close}\``);
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail();
  };
  try {
    value(0);
    space();
    if (i < text.length) fail('more text after the end of the JSON value');
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, detail: error.detail };
    throw error;
  }
}
