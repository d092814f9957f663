// Sotkanet's indicator metadata (issue 3 item 4): titles and units by indicator id, in the plan's
// language, for `lnhs indicators import --metadata`. Split from import.ts (issue 17).
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../model/types.js';
import { describe, parseJson } from './json-text.js';

export interface IndicatorMeta {
  title: string;
  unit?: string;
}

/**
 * Titles (and units, where given) by indicator id. Sotkanet's metadata is an array of
 * `{id, title: {fi, sv, en}, ...}` (or one such object); a map `{"127": "title"}` works too.
 */
export function readMetadata(metadata: unknown, file: string, lang: Lang, diagnostics: Diagnostic[]): Map<number, IndicatorMeta> | undefined {
  const parsed = parseJson(metadata, file, diagnostics, true);
  if (!parsed.ok) return undefined;
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
    if (!Number.isSafeInteger(n) || n < 0) return false;
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

