// `lnhs indicators import` (SPEC 2.4, issue 3 item 4): a Sotkanet JSON export becomes
// indicators.yaml. Sotkanet (THL's statistics service) exports rows of
//   {"indicator": 127, "region": 833, "year": 2024, "gender": "total", "value": 12.3, ...}
// one per indicator, region, year and gender. The plan shows one figure per year, so only the
// `total` rows are kept. Titles come from Sotkanet's indicator metadata when it is given.
//
// Plain data in, plain data out: the command reads and writes the files. Bad input gives
// diagnostics, never a throw. Reading JSON text with positions is json-text.ts's job, the
// metadata's titles sotkanet-metadata.ts's (issue 17: one job per module).
import { Document } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Indicator, Lang } from '../model/types.js';
import { describe, firstNonSpace, parseJson, position, topLevelElementOffsets } from './json-text.js';
import { readMetadata } from './sotkanet-metadata.js';

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

  const titles =
    options.metadata === undefined
      ? undefined
      : readMetadata(options.metadata, options.metadataFile ?? 'metadata.json', options.lang ?? 'fi', diagnostics);
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

/** A row as it must be, or what is wrong with it. */
function checkRow(raw: unknown): SotkanetRow | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `expected an object, found ${describe(raw)}`;
  const row = raw as Record<string, unknown>;
  const integer = (key: string): number | string => {
    const v = row[key];
    // a safe integer (issue 12): 1e21 is an integer too, but prints as `1e+21`, an id that the
    // next run rejects, and above 2^53 two ids could be one number
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    if (typeof v === 'string' && /^\d+$/.test(v.trim()) && Number.isSafeInteger(Number(v))) return Number(v);
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
