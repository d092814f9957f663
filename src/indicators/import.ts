// `lnhs indicators import` (SPEC 2.4, issue 3 item 4): a Sotkanet JSON export becomes
// indicators.yaml. Sotkanet (THL's statistics service) exports rows of
//   {"indicator": 127, "region": 833, "year": 2024, "gender": "total", "value": 12.3, ...}
// one per indicator, region, year and gender. The plan shows one figure per year, so only the
// `total` rows are kept. Titles come from Sotkanet's indicator metadata when it is given.
//
// Plain data in, plain data out: the command reads and writes the files. Bad input gives
// diagnostics, never a throw.
import { Document } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Indicator, Lang } from '../model/types.js';

/** What the import writes: an indicator without the source position validation adds. */
export type ImportedIndicator = Omit<Indicator, 'pos'>;

export interface SotkanetImportOptions {
  /** Sotkanet indicator metadata: its JSON text, or the parsed value */
  metadata?: unknown;
  /** keep only the rows of this Sotkanet region id */
  region?: string;
  /** language of the titles taken from the metadata (default fi) */
  lang?: Lang;
  /** the export's file name, for diagnostics */
  file?: string;
  /** the metadata's file name, for diagnostics */
  metadataFile?: string;
}

export interface SotkanetImport {
  indicators: ImportedIndicator[];
  diagnostics: Diagnostic[];
}

interface SotkanetRow {
  indicator: number;
  region: number;
  year: number;
  gender: string;
  value: number | null;
}

/** At most this many broken rows are reported one by one. */
const MAX_ROW_DIAGNOSTICS = 20;

/**
 * Turn a Sotkanet export (its JSON text, or the parsed value) into indicators: `total` rows only,
 * one indicator per Sotkanet indicator (and region, when the export holds several), values by
 * year in ascending order, sorted by indicator id.
 */
export function sotkanetToIndicators(json: unknown, options: SotkanetImportOptions = {}): SotkanetImport {
  const file = options.file ?? 'sotkanet.json';
  const diagnostics: Diagnostic[] = [];
  const parsed = parseJson(json, file, diagnostics);
  if (!parsed.ok) return { indicators: [], diagnostics };
  const data = parsed.value;
  const text = parsed.text;

  if (!Array.isArray(data)) {
    diagnostics.push(
      diagnostic({
        code: 'sotkanet-shape',
        file,
        ...position(text, firstNonSpace(text)),
        id: 'indicators.notArray',
        args: { found: describe(data) },
        hintId: 'indicators.notArray.hint',
      }),
    );
    return { indicators: [], diagnostics };
  }

  const offsets = text === undefined ? [] : topLevelElementOffsets(text);
  const rows: SotkanetRow[] = [];
  let broken = 0;
  data.forEach((raw, index) => {
    const checked = checkRow(raw);
    if (typeof checked === 'string') {
      broken++;
      if (broken <= MAX_ROW_DIAGNOSTICS) {
        diagnostics.push(
          diagnostic({
            code: 'sotkanet-row',
            file,
            ...position(text, offsets[index]),
            id: 'indicators.row',
            args: { row: index + 1, detail: checked },
            hintId: 'indicators.notArray.hint',
          }),
        );
      }
    } else {
      rows.push(checked);
    }
  });
  if (broken > 0) return { indicators: [], diagnostics };

  let totals = rows.filter((r) => r.gender === 'total');
  if (totals.length === 0) {
    diagnostics.push(diagnostic({ code: 'sotkanet-empty', file, id: 'indicators.noTotal', hintId: 'indicators.noTotal.hint' }));
    return { indicators: [], diagnostics };
  }
  if (options.region !== undefined && options.region !== '') {
    const wanted = options.region.trim();
    const regions = [...new Set(totals.map((r) => r.region))].sort((a, b) => a - b);
    totals = totals.filter((r) => String(r.region) === wanted);
    if (totals.length === 0) {
      diagnostics.push(
        diagnostic({
          code: 'sotkanet-region',
          file,
          id: 'indicators.noRegion',
          args: { region: wanted, regions: regions.join(', ') },
          hintId: 'indicators.noRegion.hint',
        }),
      );
      return { indicators: [], diagnostics };
    }
  }

  const missing = totals.filter((r) => r.value === null).length;
  if (missing > 0) {
    diagnostics.push(
      diagnostic({ severity: 'warning', code: 'sotkanet-missing-value', file, id: 'indicators.noValue', args: { count: missing } }),
    );
  }

  // group by indicator and region; Maps keep first appearance, the sort below makes it stable
  const groups = new Map<string, { indicator: number; region: number; values: Map<number, number> }>();
  for (const row of totals) {
    if (row.value === null) continue;
    const key = `${row.indicator}:${row.region}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { indicator: row.indicator, region: row.region, values: new Map() }));
    const earlier = group.values.get(row.year);
    if (earlier === undefined) group.values.set(row.year, row.value);
    else if (earlier !== row.value) {
      diagnostics.push(
        diagnostic({
          severity: 'warning',
          code: 'sotkanet-duplicate',
          file,
          id: 'indicators.duplicate',
          args: { indicator: row.indicator, region: row.region, year: row.year, value: earlier, other: row.value },
        }),
      );
    }
  }

  const titles = readMetadata(options, diagnostics);
  const severalRegions = new Set([...groups.values()].map((g) => g.region)).size > 1;
  const sorted = [...groups.values()].sort((a, b) => a.indicator - b.indicator || a.region - b.region);
  const untitled = new Set<number>();
  const indicators = sorted.map((g): ImportedIndicator => {
    const id = severalRegions ? `sotkanet-${g.indicator}-${g.region}` : `sotkanet-${g.indicator}`;
    const meta = titles?.get(g.indicator);
    if (titles && !meta && !untitled.has(g.indicator)) {
      untitled.add(g.indicator);
      diagnostics.push(
        diagnostic({
          severity: 'warning',
          code: 'sotkanet-no-title',
          file: options.metadataFile ?? 'metadata.json',
          id: 'indicators.noTitle',
          args: { indicator: g.indicator },
        }),
      );
    }
    const values: Record<string, number> = {};
    for (const year of [...g.values.keys()].sort((a, b) => a - b)) values[String(year)] = g.values.get(year)!;
    return {
      id,
      title: meta?.title ?? `sotkanet-${g.indicator}`,
      ...(meta?.unit ? { unit: meta.unit } : {}),
      source: 'Sotkanet',
      // one region is the plan's own area; with several, the region tells the rows apart
      ...(severalRegions ? { region: String(g.region) } : {}),
      values,
    };
  });
  return { indicators, diagnostics };
}

/**
 * indicators.yaml for the workspace: the schema line editors use, then the indicators. Years are
 * written as plain keys (`2024: 12.3`), as a person would type them.
 */
export function toIndicatorsYaml(
  indicators: readonly ImportedIndicator[],
  options: { comment?: string; schema?: string } = {},
): string {
  const plain = indicators.map((ind) => ({
    id: ind.id,
    title: ind.title,
    ...(ind.unit !== undefined ? { unit: ind.unit } : {}),
    ...(ind.source !== undefined ? { source: ind.source } : {}),
    ...(ind.region !== undefined ? { region: ind.region } : {}),
    values: new Map(Object.entries(ind.values).map(([year, value]) => [/^\d+$/.test(year) ? Number(year) : year, value])),
  }));
  const doc = new Document({ indicators: plain });
  const body = doc.toString({ lineWidth: 0 });
  // the caller knows where the workspace lies; the default fits a workspace under plans/
  const header = [`# yaml-language-server: $schema=${options.schema ?? '../../schema/indicators.schema.json'}`];
  if (options.comment) header.push(...options.comment.split('\n').map((l) => `# ${l}`.trimEnd()));
  return `${header.join('\n')}\n${body}`;
}

// ---- reading ------------------------------------------------------------------------------------

type Parsed = { ok: true; value: unknown; text?: string } | { ok: false };

function parseJson(json: unknown, file: string, diagnostics: Diagnostic[], metadata = false): Parsed {
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

/** A row as it must be, or what is wrong with it. */
function checkRow(raw: unknown): SotkanetRow | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `expected an object, found ${describe(raw)}`;
  const row = raw as Record<string, unknown>;
  const integer = (key: string): number | string => {
    const v = row[key];
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v);
    return v === undefined ? `\`${key}\` is missing` : `\`${key}\` must be a whole number, found ${describe(v)}`;
  };
  const indicator = integer('indicator');
  if (typeof indicator === 'string') return indicator;
  const region = integer('region');
  if (typeof region === 'string') return region;
  const year = integer('year');
  if (typeof year === 'string') return year;
  if (year < 1900 || year > 2200) return `\`year\` ${year} is not a year`;
  const gender = row.gender;
  if (typeof gender !== 'string') return gender === undefined ? '`gender` is missing' : `\`gender\` must be text, found ${describe(gender)}`;
  const v = row.value;
  let value: number | null;
  if (v === null || v === undefined || v === '') value = null;
  else if (typeof v === 'number' && Number.isFinite(v)) value = v;
  else if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) value = Number(v);
  else return `\`value\` must be a number, found ${describe(v)}`;
  return { indicator, region, year, gender: gender.trim().toLowerCase(), value };
}

interface IndicatorMeta {
  title: string;
  unit?: string;
}

/**
 * Titles (and units, where given) by indicator id. Sotkanet's metadata is an array of
 * `{id, title: {fi, sv, en}, ...}` (or one such object); a map `{"127": "title"}` works too.
 */
function readMetadata(options: SotkanetImportOptions, diagnostics: Diagnostic[]): Map<number, IndicatorMeta> | undefined {
  if (options.metadata === undefined) return undefined;
  const file = options.metadataFile ?? 'metadata.json';
  const parsed = parseJson(options.metadata, file, diagnostics, true);
  if (!parsed.ok) return undefined;
  const lang = options.lang ?? 'fi';
  const data = parsed.value;
  const titles = new Map<number, IndicatorMeta>();
  const bad = (detail: string) => {
    diagnostics.push(
      diagnostic({ code: 'sotkanet-metadata', file, id: 'indicators.metadata', args: { detail }, hintId: 'indicators.metadata.hint' }),
    );
    return undefined;
  };
  const add = (id: unknown, entry: unknown): boolean => {
    const n = typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id.trim()) ? Number(id) : NaN;
    if (!Number.isInteger(n)) return false;
    const record = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as Record<string, unknown>) : undefined;
    const title = localized(record && 'title' in record ? record.title : entry, lang);
    if (title === undefined) return false;
    const unit = record ? localized(record.unit, lang) : undefined;
    titles.set(n, unit ? { title, unit } : { title });
    return true;
  };
  if (Array.isArray(data)) {
    for (const entry of data) {
      const id = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).id : undefined;
      if (!add(id, entry)) return bad(`an entry has no numeric \`id\` and \`title\`: ${JSON.stringify(entry)?.slice(0, 80)}`);
    }
  } else if (typeof data === 'object' && data !== null) {
    const record = data as Record<string, unknown>;
    if ('id' in record) {
      if (!add(record.id, record)) return bad('the object has no numeric `id` and `title`');
    } else {
      for (const [id, entry] of Object.entries(record)) {
        if (!add(id, entry)) return bad(`\`${id}\` is not an indicator id with a title`);
      }
    }
  } else {
    return bad(`expected an array or an object, found ${describe(data)}`);
  }
  return titles;
}

/** A plain string, or `{fi, sv, en}` in the wanted language, then Finnish, English, Swedish. */
function localized(value: unknown, lang: Lang): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of [lang, 'fi', 'en', 'sv']) {
    const v = record[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return undefined;
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '') ?? s).trim();
}

// ---- positions ----------------------------------------------------------------------------------

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

function firstNonSpace(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/** 1-based line and column of `offset` in `text`, and the source line for the caret display. */
function position(text: string | undefined, offset: number | undefined): { line: number; column: number; source?: string } {
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
function topLevelElementOffsets(text: string): number[] {
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
function jsonError(text: string): { offset: number; detail: string } | undefined {
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
