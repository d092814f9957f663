// Zod issues → diagnostics with positions and messages people understand: "Unknown key
// `weeknesses`. Did you mean `weaknesses`?" instead of "Unrecognized key". Unions are resolved to
// the branch the input was meant for (a mapping item is checked as a mapping, not as text).
import type { z } from 'zod';
import { diagnostic, type Diagnostic, type DiagnosticInit } from '../diagnostics.js';
import type { MessageId } from '../messages/index.js';
import { MARK } from '../model/schema.js';
import { ACTION_STATUSES, statusOfWord } from '../model/monitoring-types.js';
import { positionOf } from '../workspace/positions.js';
import type { SourceFile } from '../workspace/types.js';
import { suggest } from './did-you-mean.js';

type Path = (string | number)[];

// Unknown keys of one mapping reported one by one; the rest are one diagnostic that counts them.
// 400 000 unknown keys on one line took 21 s and 1.3 GB as 400 000 diagnostics (issue 12), and
// nobody reads past the first hundred.
export const UNKNOWN_KEYS_SHOWN = 100;
type Issue = z.core.$ZodIssue;

/** Diagnostics for the issues of parsing `src.data` with `schema`. */
export function issuesToDiagnostics(src: SourceFile, schema: z.ZodType, issues: readonly Issue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const emit: Emit = (init, at, which) => {
    const pos = positionOf(src, at, which);
    const key = `${init.code}|${pos.line}|${pos.column}|${init.id}|${JSON.stringify(init.args ?? {})}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(diagnostic({ file: src.file, ...pos, ...init }));
  };
  // the value as written: YAML reads `17.30` as the number 17.3, and the message needs the text
  emit.written = (at) => {
    const pos = positionOf(src, at, 'value');
    return /^[^\s#,\]}]+/.exec(pos.source.slice(pos.column - 1))?.[0];
  };
  for (const issue of issues) mapIssue(issue, [], src.data, schema, emit);
  return out;
}

type Emit = ((init: Omit<DiagnosticInit, 'file' | 'line' | 'column' | 'source'>, at: Path, which: 'key' | 'value') => void) & {
  written?: (at: Path) => string | undefined;
};

/** `20.9.2026` → `2026-09-20`, when it is a real date written the Finnish way (issue 13). */
export function finnishDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `17.30` (or `17,30`, `17.00`, written as YAML reads a number) → `17:30`. */
export function finnishTime(written: string | undefined): string | undefined {
  const m = /^(\d{1,2})[.,](\d{2})$/.exec(written ?? '');
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

function mapIssue(issue: Issue, prefix: Path, data: unknown, schema: z.ZodType, emit: Emit): void {
  const path: Path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  const { found, value, parent } = lookup(data, path);
  const key = path.length ? String(path[path.length - 1]) : '';
  // a list entry has no key of its own: name it by its place, `strengths[2]`
  const label = typeof path[path.length - 1] === 'number' ? dotted(path) : key;

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    const shown = issue.keys.length > UNKNOWN_KEYS_SHOWN ? issue.keys.slice(0, UNKNOWN_KEYS_SHOWN) : issue.keys;
    const rest = issue.keys.length - shown.length;
    for (const k of shown) {
      const suggestion = suggest(k, allowed);
      emit(
        {
          code: 'unknown-key',
          id: 'schema.unknownKey',
          args: { key: k },
          ...(suggestion
            ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } }
            : { hintId: 'schema.unknownKey.hint.allowed', hintArgs: { allowed: allowed.map((a) => `\`${a}\``).join(', ') } }),
        },
        [...path, k],
        'key',
      );
    }
    if (rest > 0) {
      const first = issue.keys[shown.length]!;
      emit(
        {
          code: 'unknown-key',
          id: 'schema.unknownKey.more',
          args: { count: rest, key: first },
          hintId: 'schema.unknownKey.hint.allowed',
          hintArgs: { allowed: allowed.map((a) => `\`${a}\``).join(', ') },
        },
        [...path, first],
        'key',
      );
    }
    return;
  }

  // A required key that is not there at all.
  if (!found && isPlainObject(parent) && path.length > 0) {
    emit({ code: 'missing-key', id: 'schema.required', args: { key }, hintId: 'schema.required.hint' }, path.slice(0, -1), 'key');
    return;
  }
  // `key:` with nothing after it, or an empty text where text is required.
  const emptyValue = value === null || (typeof value === 'string' && value.trim() === '');
  if (found && emptyValue && issue.code !== 'invalid_key') {
    emit({ code: 'schema', id: 'schema.empty', args: { key: label }, hintId: 'schema.empty.hint' }, path, 'key');
    return;
  }

  const mark = markOf(issue);
  if (mark) {
    mapMarked(mark, issue, path, value, emit);
    return;
  }

  switch (issue.code) {
    case 'invalid_union': {
      // the branches whose issues are not "wrong type at the top": those the input was meant for
      const meant = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (meant.length > 0) {
        const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
        for (const i of best) mapIssue(i, path, data, schema, emit);
        return;
      }
      const expected = new Set(issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected)));
      typeError(kindOfSet(expected), value, path, emit);
      return;
    }
    case 'invalid_type':
      typeError(kindOf(issue.expected), value, path, emit);
      return;
    case 'invalid_value':
      emit(
        {
          code: 'schema',
          id: 'schema.enum',
          args: { value: raw(value), allowed: issue.values.map((v) => `\`${String(v)}\``).join(', ') },
        },
        path,
        'value',
      );
      return;
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') {
        emit({ code: 'schema', id: 'schema.tooSmall', args: { min: Number(issue.minimum) } }, path, 'key');
      } else {
        emit({ code: 'schema', id: 'schema.min', args: { value: show(value), min: Number(issue.minimum) } }, path, 'value');
      }
      return;
    case 'too_big':
      emit({ code: 'schema', id: 'schema.max', args: { value: show(value), max: Number(issue.maximum) } }, path, 'value');
      return;
    case 'invalid_key': {
      // a record key that fails its own check (a theme id, a year of an indicator)
      const inner = issue.issues[0];
      const innerMark = inner ? markOf(inner) : undefined;
      if (innerMark) mapMarked(innerMark, inner!, path, key, emit, 'key');
      else emit({ code: 'schema', id: 'schema.invalid', args: { detail: inner?.message ?? issue.message } }, path, 'key');
      return;
    }
    case 'invalid_format':
      emit(
        { code: 'schema', id: 'schema.pattern', args: { value: raw(value), form: issue.pattern ?? issue.format } },
        path,
        'value',
      );
      return;
    default:
      emit({ code: 'schema', id: 'schema.invalid', args: { detail: issue.message } }, path, 'value');
  }
}

/** Checks of schema.ts that carry a marker of ours. */
function mapMarked(mark: string, issue: Issue, path: Path, value: unknown, emit: Emit, which: 'key' | 'value' = 'value'): void {
  const v = raw(value);
  const plain = (code: string, id: MessageId, hintId?: MessageId) =>
    emit({ code, id, args: { value: v }, ...(hintId ? { hintId } : {}) }, path, which);
  switch (mark) {
    case MARK.date: {
      const iso = finnishDate(value);
      if (iso) return emit({ code: 'invalid-date', id: 'schema.date.finnish', args: { value: v, iso }, hintId: 'schema.date.finnish.hint' }, path, which);
      return plain('invalid-date', 'schema.date', 'schema.date.hint');
    }
    case MARK.dateRange:
      return plain('invalid-date', 'schema.dateRange', 'schema.date.hint');
    case MARK.time: {
      // 17.30 became the number 17.3, 1700 the number 1700; "17:30" is the string we want
      const written = typeof value === 'number' ? emit.written?.(path) : typeof value === 'string' ? value : undefined;
      const time = finnishTime(written);
      if (time) {
        return emit(
          { code: 'invalid-time', id: 'schema.time.finnish', args: { value: written!, number: show(value), time }, hintId: 'schema.time.finnish.hint' },
          path,
          which,
        );
      }
      return typeof value === 'number'
        ? plain('invalid-time', 'schema.time.number', 'schema.time.hint')
        : plain('invalid-time', 'schema.time', 'schema.time.hint');
    }
    case MARK.due: {
      const iso = finnishDate(value);
      if (iso) return emit({ code: 'invalid-date', id: 'schema.date.finnish', args: { value: v, iso }, hintId: 'schema.date.finnish.hint' }, path, which);
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? plain('invalid-date', /^(?:19\d{2}|2[01]\d{2}|2200)-/.test(value) ? 'schema.date' : 'schema.dateRange', 'schema.date.hint')
        : plain('schema', 'schema.due', 'schema.due.hint');
    }
    case MARK.year:
      if (issue.code === 'invalid_type' && typeof value !== 'number' && typeof value !== 'string') {
        return typeError('integer', value, path, emit);
      }
      return plain('schema', 'schema.year', 'schema.year.hint');
    case MARK.boardId:
      if (typeof value !== 'string') return typeError('text', value, path, emit);
      return plain('schema', 'schema.boardId', 'schema.boardId.hint');
    case MARK.itemId:
      if (typeof value !== 'string') return typeError('text', value, path, emit);
      return plain('schema', 'schema.itemId', 'schema.itemId.hint');
    case MARK.email:
      if (typeof value !== 'string') return typeError('text', value, path, emit);
      return plain('schema', 'schema.email');
    case MARK.status: {
      // issue 16: a status in Finnish, Swedish or plain English gets its key; a typo the closest key
      if (typeof value !== 'string') return typeError('text', value, path, emit);
      const allowed = ACTION_STATUSES.map((s) => `\`${s}\``).join(', ');
      const key = statusOfWord(value) ?? suggest(value, ACTION_STATUSES);
      return emit(
        {
          code: 'unknown-status',
          id: 'schema.status',
          args: { value: v, allowed },
          ...(key === undefined
            ? {}
            : statusOfWord(value) !== undefined
              ? { hintId: 'schema.status.hint.word', hintArgs: { value: v, key } }
              : { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion: key } }),
        },
        path,
        which,
      );
    }
    default:
      return plain('schema', 'schema.invalid');
  }
}

type Kind = 'text' | 'number' | 'integer' | 'boolean' | 'list' | 'mapping' | 'textOrList' | 'textOrMapping';

const TYPE_MESSAGES: Record<Kind, [MessageId, MessageId]> = {
  text: ['schema.type.text', 'schema.type.text.hint'],
  number: ['schema.type.number', 'schema.type.number.hint'],
  integer: ['schema.type.integer', 'schema.type.integer.hint'],
  boolean: ['schema.type.boolean', 'schema.type.boolean.hint'],
  list: ['schema.type.list', 'schema.type.list.hint'],
  mapping: ['schema.type.mapping', 'schema.type.mapping.hint'],
  textOrList: ['schema.type.textOrList', 'schema.type.textOrList.hint'],
  textOrMapping: ['schema.type.textOrMapping', 'schema.type.textOrMapping.hint'],
};

function typeError(kind: Kind, value: unknown, path: Path, emit: Emit): void {
  const [id, hintId] = TYPE_MESSAGES[kind];
  emit({ code: 'schema', id, args: { found: show(value) }, hintId }, path, 'value');
}

function kindOf(expected: string): Kind {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'nan':
      return 'number';
    case 'int':
    case 'bigint':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'array':
    case 'tuple':
    case 'set':
      return 'list';
    default:
      return 'mapping';
  }
}

function kindOfSet(expected: Set<string>): Kind {
  const kinds = new Set([...expected].map(kindOf));
  if (kinds.size === 1) return [...kinds][0]!;
  if (kinds.has('text') && kinds.has('list')) return 'textOrList';
  if (kinds.has('text') && kinds.has('mapping')) return 'textOrMapping';
  return 'text';
}

function markOf(issue: Issue): string | undefined {
  return issue.message.startsWith('lnhs:') ? issue.message : undefined;
}

/**
 * The value as the user wrote it, short, in a form that reads the same in every language:
 * text in quotes, numbers as they are, a list as `[…]` and a mapping as `{…}`.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/g, ' ').trim();
    return JSON.stringify(oneLine.length > 40 ? oneLine.slice(0, 39) + '…' : oneLine);
  }
  if (Array.isArray(value)) return '[…]';
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') return '{…}';
  return String(value);
}

/** `swot.strengths[2]` */
function dotted(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Like `show`, but text without quotes, for messages that put the value in backticks. */
function raw(value: unknown): string {
  if (typeof value !== 'string') return show(value);
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? oneLine.slice(0, 39) + '…' : oneLine;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lookup(data: unknown, path: Path): { found: boolean; value: unknown; parent: unknown } {
  let parent: unknown = undefined;
  let value: unknown = data;
  for (const segment of path) {
    parent = value;
    if (Array.isArray(value) && typeof segment === 'number') {
      if (segment >= value.length) return { found: false, value: undefined, parent };
      value = value[segment];
    } else if (isPlainObject(value) && Object.hasOwn(value, segment)) {
      value = value[String(segment)];
    } else {
      return { found: false, value: undefined, parent };
    }
  }
  return { found: true, value, parent };
}

// ---- the allowed keys at a path, for "did you mean" ---------------------------------------------

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) {
      s = def.innerType;
    } else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** Of a union, the option that can hold `segment` (a number: a list; a key: an object). */
function choose(schema: z.ZodType, wantsObject: boolean): z.ZodType {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type !== 'union' || !def.options) return s;
  for (const option of def.options) {
    const t = defOf(unwrap(option)).type;
    if (wantsObject ? t === 'object' || t === 'record' : t === 'array') return unwrap(option);
  }
  return s;
}

/** The keys an object schema at `path` allows, in schema order. */
export function allowedKeys(schema: z.ZodType, path: Path): string[] {
  let s: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!s) return [];
    const def = defOf(choose(s, typeof segment !== 'number'));
    if (def.type === 'object' && def.shape) s = def.shape[String(segment)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
  }
  if (!s) return [];
  const def = defOf(choose(s, true));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
