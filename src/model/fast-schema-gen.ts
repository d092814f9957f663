// The generator of src/model/fast-schema.generated.ts (issue 7): it walks the zod schemas of
// schema.ts and writes plain JavaScript that checks a file's data the way
// `schema.safeParse(data, { jitless: true })` does, without zod. A cold `lnhs validate` spent
// 15–20 ms building zod's schemas and parsing; with the generated checks a valid workspace never
// loads zod, and zod runs only for a file the fast path does not accept (every invalid file), so
// that its issues still become the diagnostics they always were.
//
// Each schema node becomes one function that returns the parsed value (defaults applied, trims
// applied, keys in zod's order) or the sentinel F. Every generated check is exact: it fails when,
// and only when, zod would report an issue for that node. That is what makes unions right (the
// first option that succeeds wins, as in zod) and the fast path a pure shortcut.
//
// Exactness is kept by refusing what is not mirrored: a node kind, a check, a string format, an
// overwrite function or a zod trait (a behaviour mixed into a schema) that this file does not know
// makes the generator throw, so a change of schema.ts cannot be skipped silently — the test that
// compares the committed file with the generator's output then fails until this file learns it.
// Mirrored from zod 4's sources (node_modules/zod/v4/core/schemas.js and checks.js):
//   object (strip or strict), array (min/max length), record (string keys), union, optional,
//   nullable, default (primitive values), string (trim; min/max length in code points; regex;
//   the pattern formats date, time and email), number and its formats (int, safeint…) with
//   min/max, boolean, enum, literal.
import * as z from 'zod';
import { boardSchema, indicatorsSchema, meetingSchema, planSchema } from './schema.js';

interface Internals {
  def: Record<string, any>;
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
}
interface Node {
  _zod: Internals;
}

/** The sources of zod's own functions that the generated code mirrors, read from zod itself. */
const TRIM = (z.string().trim() as unknown as Node)._zod.def.checks![0]._zod.def.tx.toString();
const LENGTH_WHEN = (z.string().min(1) as unknown as Node)._zod.def.checks![0]._zod.def.when.toString();

/** String formats whose whole check is a test of `def.pattern` (no check function of their own). */
const PATTERN_FORMATS = new Set(['$ZodISODate', '$ZodISOTime', '$ZodEmail']);

const BASE = ['$ZodType'];
const STRING = [...BASE, '$ZodString'];
const STRING_FORMAT = [...STRING, '$ZodStringFormat', '$ZodCheckStringFormat', '$ZodCheck'];
const NUMBER = [...BASE, '$ZodNumber'];
const NUMBER_FORMAT = [...NUMBER, '$ZodNumberFormat', '$ZodCheckNumberFormat', '$ZodCheck'];

export class UnsupportedSchemaError extends Error {
  constructor(path: string, what: string) {
    super(`fast-schema-gen: ${what} at ${path || '(root)'} is not mirrored; teach src/model/fast-schema-gen.ts (issue 7)`);
    this.name = 'UnsupportedSchemaError';
  }
}

/** zod's own traits of a schema or check (`$Zod…`); the classic API's wrappers add no behaviour. */
function coreTraits(n: Node): string[] {
  return [...n._zod.traits].filter((t) => t.startsWith('$')).sort();
}

function sameSet(a: string[], b: string[]): boolean {
  const sb = [...b].sort();
  return a.length === sb.length && a.every((t, i) => t === sb[i]);
}

/** A JavaScript literal for a primitive; ASCII only, as the bundle must be (scripts/build.mjs). */
function literal(value: unknown, path: string): string {
  if (typeof value === 'string') return ascii(JSON.stringify(value));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UnsupportedSchemaError(path, `the number ${value}`);
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'boolean' || value === null) return String(value);
  throw new UnsupportedSchemaError(path, `a ${typeof value} value`);
}

function ascii(source: string): string {
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

class Generator {
  private readonly consts: string[] = [];
  private readonly constNames = new Map<string, string>();
  private readonly fns: string[] = [];
  private readonly names = new Map<Node, string>();
  /** equal code, one function: schema.ts makes a fresh `z.string()` for every text field */
  private readonly bodies = new Map<string, string>();
  private readonly visiting = new Set<Node>();
  private readonly helpers = new Set<'isPlainObject' | 'cpLen' | 'each'>();

  /** A module-level constant (regular expression, key set), shared by equal sources. */
  private constant(prefix: string, source: string): string {
    let name = this.constNames.get(source);
    if (!name) {
      name = `${prefix}${this.constNames.size + 1}`;
      this.constNames.set(source, name);
      this.consts.push(`const ${name} = ${source};`);
    }
    return name;
  }

  private regex(re: RegExp): string {
    const name = this.constant('R', `/${ascii(re.source)}/${re.flags}`);
    // zod resets `lastIndex` before each test; only a global or sticky expression reads it
    return re.global || re.sticky ? `(${name}.lastIndex = 0, ${name}.test(v))` : `${name}.test(v)`;
  }

  /** The name of the function that checks `n` (made once per schema instance). */
  fn(n: Node, path: string): string {
    const known = this.names.get(n);
    if (known) return known;
    if (this.visiting.has(n)) throw new UnsupportedSchemaError(path, 'a recursive schema');
    this.visiting.add(n);
    const body = this.body(n, path).map((l) => `  ${l}`).join('\n');
    this.visiting.delete(n);
    let name = this.bodies.get(body);
    if (!name) {
      name = `c${this.bodies.size + 1}`;
      this.bodies.set(body, name);
      this.fns.push(`// ${path ? `first used at ${path}` : 'a whole file'}\nfunction ${name}(v: any): any {\n${body}\n}`);
    }
    this.names.set(n, name);
    return name;
  }

  code(): string {
    const helpers: string[] = [];
    if (this.helpers.has('isPlainObject')) {
      helpers.push(
        [
          '// zod\'s util.isPlainObject, which z.record() asks of its input',
          'function isPlainObject(o: any): boolean {',
          "  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;",
          '  const ctor = o.constructor;',
          '  if (ctor === undefined) return true;',
          "  if (typeof ctor !== 'function') return true;",
          '  const prot = ctor.prototype;',
          "  if (typeof prot !== 'object' || prot === null || Array.isArray(prot)) return false;",
          "  return Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf');",
          '}',
        ].join('\n'),
      );
    }
    if (this.helpers.has('cpLen')) {
      helpers.push(
        [
          '// zod measures a string\'s length in code points (util.codePointLength)',
          'function cpLen(s: string): number {',
          '  let count = s.length;',
          '  for (let i = 0; i < s.length - 1; i++) {',
          '    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {',
          '      count--;',
          '      i++;',
          '    }',
          '  }',
          '  return count;',
          '}',
        ].join('\n'),
      );
    }
    if (this.helpers.has('each')) {
      helpers.push(
        [
          '// a list: each entry checked, the results in a new list (as zod returns one)',
          'function each(v: any[], check: (entry: any) => any): any {',
          '  const n = v.length;',
          '  const o = new Array(n);',
          '  for (let i = 0; i < n; i++) {',
          '    const r = check(v[i]);',
          '    if (r === F) return F;',
          '    o[i] = r;',
          '  }',
          '  return o;',
          '}',
        ].join('\n'),
      );
    }
    return [...this.consts, ...helpers, ...this.fns].join('\n\n');
  }

  private body(n: Node, path: string): string[] {
    const { def } = n._zod;
    const traits = coreTraits(n);
    const kind = def.type as string;
    const expect = (wanted: string[]) => {
      if (!sameSet(traits, wanted)) throw new UnsupportedSchemaError(path, `a ${kind} with the traits ${traits.join(', ')}`);
    };
    if (kind !== 'string' && kind !== 'number' && kind !== 'array' && def.checks?.length) {
      throw new UnsupportedSchemaError(path, `checks on a ${kind}`);
    }
    switch (kind) {
      case 'string':
        return this.string(n, path, traits);
      case 'number':
        return this.number(n, path, traits);
      case 'boolean':
        expect([...BASE, '$ZodBoolean']);
        if (def.coerce) throw new UnsupportedSchemaError(path, 'coercion');
        return ["return typeof v === 'boolean' ? v : F;"];
      case 'enum':
      case 'literal': {
        expect([...BASE, kind === 'enum' ? '$ZodEnum' : '$ZodLiteral']);
        const values = [...n._zod.values!].map((v) => literal(v, path));
        return [`return ${this.constant('V', `new Set([${values.join(', ')}])`)}.has(v) ? v : F;`];
      }
      case 'object':
        expect([...BASE, '$ZodObject', '$ZodObjectJIT']);
        return this.object(n, path);
      case 'array': {
        expect([...BASE, '$ZodArray']);
        const lengths = this.lengthChecks(n, path, 'v.length', false);
        const element = this.fn(def.element, `${path}[]`);
        this.helpers.add('each');
        return ['if (!Array.isArray(v)) return F;', ...lengths, `return each(v, ${element});`];
      }
      case 'record':
        expect([...BASE, '$ZodRecord']);
        return this.record(n, path);
      case 'union': {
        expect([...BASE, '$ZodUnion']);
        const options = (def.options as Node[]).map((o, i) => this.fn(o, `${path}|${i}`));
        return ['let r;', ...options.map((o) => `if ((r = ${o}(v)) !== F) return r;`), 'return F;'];
      }
      case 'optional': {
        expect([...BASE, '$ZodOptional']);
        const inner = this.fn(def.innerType, path);
        // an optional around a default substitutes the default, and a failure of it becomes undefined
        const absent = def.innerType._zod.optin === 'defaulted' ? `{ const r = ${inner}(v); return r === F ? undefined : r; }` : 'return undefined;';
        return [`if (v === undefined) ${absent}`, `return ${inner}(v);`];
      }
      case 'nullable':
        expect([...BASE, '$ZodNullable']);
        return ['if (v === null) return null;', `return ${this.fn(def.innerType, path)}(v);`];
      case 'default': {
        expect([...BASE, '$ZodDefault']);
        // read twice: a default given as a function could make a new value each time
        const first = def.defaultValue;
        if (!Object.is(first, def.defaultValue)) throw new UnsupportedSchemaError(path, 'a default that changes');
        const value = literal(first, path);
        const inner = this.fn(def.innerType, path);
        return [`if (v === undefined) return ${value};`, `const r = ${inner}(v);`, `return r === F ? F : r === undefined ? ${value} : r;`];
      }
      default:
        throw new UnsupportedSchemaError(path, `the kind "${kind}"`);
    }
  }

  private string(n: Node, path: string, traits: string[]): string[] {
    const { def } = n._zod;
    if (def.coerce) throw new UnsupportedSchemaError(path, 'coercion');
    const lines = ["if (typeof v !== 'string') return F;"];
    if (traits.includes('$ZodCheck')) {
      // a string format is itself the first check (zod runs `[inst, ...checks]`)
      const format = traits.filter((t) => !STRING_FORMAT.includes(t));
      const known = format.length === 1 && PATTERN_FORMATS.has(format[0]!) && sameSet(traits, [...STRING_FORMAT, format[0]!]);
      if (!known || !(def.pattern instanceof RegExp) || def.when) {
        throw new UnsupportedSchemaError(path, `the string format ${def.format} (${traits.join(', ')})`);
      }
      lines.push(`if (!${this.regex(def.pattern)}) return F;`);
    } else if (!sameSet(traits, STRING)) {
      throw new UnsupportedSchemaError(path, `a string with the traits ${traits.join(', ')}`);
    }
    for (const check of (def.checks ?? []) as Node[]) {
      const c = check._zod.def;
      const kind = coreTraits(check).filter((t) => t !== '$ZodCheck' && t !== '$ZodCheckStringFormat');
      if (sameSet(kind, ['$ZodCheckOverwrite']) && !c.when && c.tx.toString() === TRIM) lines.push('v = v.trim();');
      else if (sameSet(kind, ['$ZodCheckRegex']) && !c.when) lines.push(`if (!${this.regex(c.pattern)}) return F;`);
      else if (sameSet(kind, ['$ZodCheckMinLength']) || sameSet(kind, ['$ZodCheckMaxLength'])) lines.push(...this.lengthCheck(check, path, 'v', true));
      else throw new UnsupportedSchemaError(path, `the string check ${c.check} (${coreTraits(check).join(', ')})`);
    }
    lines.push('return v;');
    return lines;
  }

  /** `min`/`max` of a string (in code points, as zod counts) or of a list. */
  private lengthCheck(check: Node, path: string, subject: string, isString: boolean): string[] {
    const c = check._zod.def;
    if (c.when?.toString() !== LENGTH_WHEN) throw new UnsupportedSchemaError(path, `a ${c.check} check with a condition of its own`);
    const len = isString ? `${subject}.length` : subject;
    if (c.check === 'min_length') {
      const m = literal(c.minimum, path);
      // a string of one or more UTF-16 units has at least one code point
      if (!isString || c.minimum <= 1) return [`if (${len} < ${m}) return F;`];
      this.helpers.add('cpLen');
      return [`if (cpLen(${subject}) < ${m}) return F;`];
    }
    const m = literal(c.maximum, path);
    if (!isString) return [`if (${len} > ${m}) return F;`];
    this.helpers.add('cpLen');
    return [`if (${len} > ${m} && cpLen(${subject}) > ${m}) return F;`];
  }

  private lengthChecks(n: Node, path: string, subject: string, isString: boolean): string[] {
    return ((n._zod.def.checks ?? []) as Node[]).flatMap((check) => {
      const kind = coreTraits(check);
      if (!sameSet(kind, ['$ZodCheck', '$ZodCheckMinLength']) && !sameSet(kind, ['$ZodCheck', '$ZodCheckMaxLength'])) {
        throw new UnsupportedSchemaError(path, `the list check ${check._zod.def.check}`);
      }
      return this.lengthCheck(check, path, subject, isString);
    });
  }

  private number(n: Node, path: string, traits: string[]): string[] {
    const { def } = n._zod;
    if (def.coerce) throw new UnsupportedSchemaError(path, 'coercion');
    // zod's $ZodNumber: a number that is neither NaN nor infinite
    const lines = ["if (typeof v !== 'number' || !Number.isFinite(v)) return F;"];
    if (sameSet(traits, NUMBER_FORMAT)) {
      const range = (z.core.util.NUMBER_FORMAT_RANGES as Record<string, [number, number] | undefined>)[def.format];
      if (!range) throw new UnsupportedSchemaError(path, `the number format ${def.format}`);
      const isInt = String(def.format).includes('int');
      // an integer format wants a safe integer, then its range; a float format, its range
      if (isInt) lines.push('if (!Number.isSafeInteger(v)) return F;');
      const [min, max] = range;
      if (min > (isInt ? Number.MIN_SAFE_INTEGER : -Number.MAX_VALUE)) lines.push(`if (v < ${literal(min, path)}) return F;`);
      if (max < (isInt ? Number.MAX_SAFE_INTEGER : Number.MAX_VALUE)) lines.push(`if (v > ${literal(max, path)}) return F;`);
    } else if (!sameSet(traits, NUMBER)) {
      throw new UnsupportedSchemaError(path, `a number with the traits ${traits.join(', ')}`);
    }
    for (const check of (def.checks ?? []) as Node[]) {
      const c = check._zod.def;
      const kind = coreTraits(check);
      const bound = typeof c.value === 'number' && !c.when ? literal(c.value, path) : undefined;
      if (bound !== undefined && sameSet(kind, ['$ZodCheck', '$ZodCheckGreaterThan'])) lines.push(`if (v ${c.inclusive ? '<' : '<='} ${bound}) return F;`);
      else if (bound !== undefined && sameSet(kind, ['$ZodCheck', '$ZodCheckLessThan'])) lines.push(`if (v ${c.inclusive ? '>' : '>='} ${bound}) return F;`);
      else throw new UnsupportedSchemaError(path, `the number check ${c.check} (${kind.join(', ')})`);
    }
    lines.push('return v;');
    return lines;
  }

  private object(n: Node, path: string): string[] {
    const { def } = n._zod;
    const shape = def.shape as Record<string, Node>;
    if (Object.getOwnPropertySymbols(shape).length) throw new UnsupportedSchemaError(path, 'a symbol key');
    const keys = Object.keys(shape);
    let strict = false;
    if (def.catchall !== undefined) {
      const c = def.catchall as Node;
      if (c._zod.def.type !== 'never' || !sameSet(coreTraits(c), [...BASE, '$ZodNever']) || c._zod.def.checks?.length) {
        throw new UnsupportedSchemaError(path, `an object with a catchall of ${c._zod.def.type}`);
      }
      strict = true;
    }
    const lines: string[] = [];
    let needsP = false;
    for (const key of keys) {
      // zod leaves a declared __proto__ out of the output (but it is not an unknown key either)
      if (key === '__proto__') continue;
      const el = shape[key]!;
      const child = this.fn(el, path ? `${path}.${key}` : key);
      const k = literal(key, path);
      const optin = el._zod.optin;
      const optionalOut = el._zod.optout === 'optional';
      // zod's handlePropertyResult, with what it knows of the key's schema folded in
      if (optin === 'optional' && optionalOut) {
        // absent: nothing at all; present (even as undefined): the value
        lines.push(`if (${k} in v) {`, `  if ((r = ${child}(v[${k}])) === F) return F;`, `  o[${k}] = r;`, '}');
      } else if (optin === undefined || (optin === 'defaulted' && !optionalOut)) {
        // required, or defaulted: the key is always in the output
        if (optin === undefined) lines.push(`if (!(${k} in v)) return F;`);
        lines.push(`if ((r = ${child}(v[${k}])) === F) return F;`, `o[${k}] = r;`);
      } else {
        // a default that may still be absent in the output, or an optional input that is not optional output
        needsP = true;
        lines.push(`p = ${k} in v;`, `r = ${child}(v[${k}]);`);
        // an absent key whose schema is optional on both sides: a failure is ignored
        lines.push(optionalOut ? 'if (r === F) { if (p) return F; }' : 'if (r === F) return F;');
        lines.push(`${optionalOut ? 'else ' : ''}if (r !== undefined || p) o[${k}] = r;`);
      }
    }
    if (strict) {
      // strictObject: any other key, __proto__ included, is an unrecognized key
      lines.push(`for (const k in v) if (!${this.constant('K', `new Set([${keys.map((k) => literal(k, path)).join(', ')}])`)}.has(k)) return F;`);
    }
    const locals = lines.length ? [needsP ? 'let r, p;' : 'let r;'] : [];
    return ["if (typeof v !== 'object' || v === null || Array.isArray(v)) return F;", 'const o: any = {};', ...locals, ...lines, 'return o;'];
  }

  private record(n: Node, path: string): string[] {
    const { def } = n._zod;
    const keyType = def.keyType as Node;
    if (def.mode !== undefined || def.partial !== undefined || keyType._zod.def.type !== 'string' || keyType._zod.values) {
      throw new UnsupportedSchemaError(path, 'a record other than z.record(<string schema>, …)');
    }
    this.helpers.add('isPlainObject');
    const keyFn = this.fn(keyType, `${path}{key}`);
    const valueFn = this.fn(def.valueType, `${path}{}`);
    // zod's $ZodRecord for keys that are not an enumeration: every own enumerable key is checked,
    // an own __proto__ is skipped; a numeric key's retry as a number cannot pass a string schema
    return [
      'if (!isPlainObject(v)) return F;',
      'const o: any = {};',
      'for (const k of Reflect.ownKeys(v)) {',
      "  if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;",
      `  const key = ${keyFn}(k);`,
      '  if (key === F) return F;',
      "  if (key === '__proto__') continue;",
      `  const r = ${valueFn}(v[k]);`,
      '  if (r === F) return F;',
      '  o[key] = r;',
      '}',
      'return o;',
    ];
  }
}

export interface FastEntry {
  /** the exported function's name, e.g. `fastPlan` */
  name: string;
  schema: z.ZodType;
  /** TypeScript type of its result, e.g. `PlanInput` */
  type: string;
}

/**
 * The checking functions for `entries`, as TypeScript source without imports (the test of
 * fast-schema also compiles it for schemas of its own). Each exported `name(data)` returns what
 * `schema.safeParse(data, { jitless: true }).data` is, or undefined when zod would fail.
 */
export function generateFunctions(entries: readonly FastEntry[]): string {
  const g = new Generator();
  const tops = entries.map(({ name, schema, type }) => {
    const n = schema as unknown as Node;
    // an object never parses to undefined, so undefined can stand for "not sure"
    if (n._zod.def.type !== 'object') throw new UnsupportedSchemaError(name, 'a top-level schema that is not an object');
    return `export function ${name}(data: unknown): ${type} | undefined {\n  const r = ${g.fn(n, '')}(data);\n  return r === F ? undefined : r;\n}`;
  });
  return [
    "/** what a check returns when zod would report an issue */\nconst F = Symbol('fail');",
    g.code(),
    ...tops,
  ].join('\n\n');
}

/** The functions of src/model/fast-schema.generated.ts. */
export const FAST_ENTRIES: readonly FastEntry[] = [
  { name: 'fastPlan', schema: planSchema, type: 'PlanInput' },
  { name: 'fastBoard', schema: boardSchema, type: 'BoardInput' },
  { name: 'fastMeeting', schema: meetingSchema, type: 'MeetingInput' },
  { name: 'fastIndicators', schema: indicatorsSchema, type: 'IndicatorsInput' },
];

/** The text of src/model/fast-schema.generated.ts. */
export function generateModule(): string {
  return [
    '// GENERATED by src/model/fast-schema-gen.ts from the zod schemas of src/model/schema.ts: do not edit.',
    '// Regenerate with `npm run gen:fast-schema` (node scripts/gen-fast-schema.mjs); test/perf/fast-schema.test.ts',
    '// fails when this file is not what the generator makes now.',
    '//',
    '// The fast path of validation (issue 7): each function returns exactly what',
    '// `schema.safeParse(data, { jitless: true }).data` returns, or undefined where zod would report an',
    '// issue, so validate/index.ts loads zod only for a file that does not fit.',
    "import type { BoardInput, IndicatorsInput, MeetingInput, PlanInput } from './schema.js';",
    '',
    generateFunctions(FAST_ENTRIES),
    '',
  ].join('\n');
}
