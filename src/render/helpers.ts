// The Handlebars helpers of the built-in and workspace templates. Templates are compiled with
// `knownHelpersOnly`, so these names are the whole vocabulary; a typo fails at compile time with
// a line and column. Every value from the inputs goes through one of the escaping helpers.
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { mdBlock, mdInline, mdText } from './escape.js';
import type { Formatter } from './format.js';
import { fill, isLabelKey } from './labels/index.js';
import { fragmentMarker } from './markdown.js';

export const HELPER_NAMES = [
  't',
  'text',
  'md',
  'block',
  'cell',
  'list',
  'date',
  'weekdayDate',
  'timeRange',
  'num',
  'due',
  'fragment',
  'eq',
] as const;

export type HelperName = (typeof HELPER_NAMES)[number];

/** For the compiler: `knownHelpers` with every helper of ours. */
export const KNOWN_HELPERS: Record<string, boolean> = Object.fromEntries(HELPER_NAMES.map((n) => [n, true]));

const DASH = '–';

const isOptions = (x: unknown): x is HelperOptions =>
  typeof x === 'object' && x !== null && 'hash' in x && 'data' in x;

/** The helpers' own arguments, without Handlebars' trailing options object. */
function split(args: unknown[]): { params: unknown[]; hash: Record<string, unknown> } {
  const last = args[args.length - 1];
  return isOptions(last) ? { params: args.slice(0, -1), hash: last.hash as Record<string, unknown> } : { params: args, hash: {} };
}

/** The first of the helper's own arguments (what `split(args).params[0]` is), without copying. */
function first(args: unknown[]): unknown {
  return args.length === 1 && isOptions(args[0]) ? undefined : args[0];
}

const str = (x: unknown): string | null => (x === undefined || x === null || x === '' ? null : String(x));

/** Helpers bound to one document's language. */
export function makeHelpers(fmt: Formatter): Record<HelperName, HelperDelegate> {
  const helpers: Record<HelperName, (...args: unknown[]) => unknown> = {
    /** `{{t "swot.strengths"}}`, `{{t "summary.shared" count=3}}`: a label; string arguments escaped */
    t(...args) {
      const { params, hash } = split(args);
      const key = String(params[0]);
      if (!isLabelKey(key)) throw new Error(`unknown label "${key}"`);
      const values: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(hash))
        values[name] = typeof value === 'number' ? fmt.number(value) : mdText(str(value));
      return fill(fmt.labels[key], values);
    },
    /** plain text: no Markdown at all */
    text: (...args) => mdText(str(first(args))),
    /** one line with inline Markdown (emphasis, links) */
    md: (...args) => mdInline(str(first(args))),
    /** Markdown prose; `level=N`: its headings start at level N (default 3) */
    block(...args) {
      const { params, hash } = split(args);
      const level = typeof hash.level === 'number' ? hash.level : 3;
      return mdBlock(str(params[0]), level);
    },
    /** a table cell: inline Markdown, a dash when empty */
    cell(...args) {
      const value = str(first(args));
      return value === null ? DASH : mdInline(value);
    },
    /** a list of plain texts: `A, B ja C` */
    list(...args) {
      const value = first(args);
      const items = Array.isArray(value) ? value.map((v) => mdText(str(v))) : [];
      return items.length ? fmt.list(items) : DASH;
    },
    date: (...args) => {
      const v = str(split(args).params[0]);
      return v === null ? DASH : mdText(fmt.date(v));
    },
    weekdayDate: (...args) => {
      const v = str(split(args).params[0]);
      return v === null ? DASH : mdText(fmt.weekdayDate(v));
    },
    /** `{{timeRange start end}}`: `klo 17.00–19.00` */
    timeRange(...args) {
      const { params } = split(args);
      const start = str(params[0]);
      return start === null ? DASH : mdText(fmt.timeRange(start, str(params[1]) ?? undefined));
    },
    num(...args) {
      const v = split(args).params[0];
      return typeof v === 'number' ? mdText(fmt.number(v)) : DASH;
    },
    due(...args) {
      const v = str(split(args).params[0]);
      return v === null ? DASH : mdText(fmt.due(v));
    },
    /** an HTML fragment (a trend line) by index; a dash when there is none */
    fragment(...args) {
      const v = split(args).params[0];
      return typeof v === 'number' ? fragmentMarker(v) : DASH;
    },
    /** `{{#if (eq a b)}}` */
    eq(...args) {
      const { params } = split(args);
      return params[0] === params[1];
    },
  };
  return helpers as Record<HelperName, HelperDelegate>;
}
