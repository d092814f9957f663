// Building blocks shared by the input schemas (src/model/schemas/*.ts): the markers that
// validate/issues.ts turns into diagnostics, the bilingual descriptions, and the small
// field types (dates, times, years, ids).
import * as z from 'zod';

/** Markers put into zod issues by the checks below; see validate/issues.ts. */
export const MARK = {
  date: 'lnhs:date',
  dateRange: 'lnhs:date-range',
  time: 'lnhs:time',
  due: 'lnhs:due',
  year: 'lnhs:year',
  boardId: 'lnhs:board-id',
  itemId: 'lnhs:item-id',
  email: 'lnhs:email',
  status: 'lnhs:status',
} as const;

/** Finnish and English text of each description, for `markdownDescription` in the JSON Schema. */
export const DESCRIPTIONS = new Map<string, { fi: string; en: string }>();

/** `{ description: 'Suomeksi. — In English.' }`, remembered for the JSON Schema. */
export function d(fi: string, en: string): { description: string } {
  const description = `${fi} — ${en}`;
  DESCRIPTIONS.set(description, { fi, en });
  return { description };
}

// ---- building blocks --------------------------------------------------------------------------

export const BOARD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ITEM_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
/** A year of 1900–2200 (issue 12: years 0–99 were read as 19xx, 9999 gave wrong calendar dates). */
export const YEAR_PATTERN = /^(?:19\d{2}|2[01]\d{2}|2200)$/;
/** The year of a date, within the same range (what is no `YYYY-` date at all is isoDate's to say). */
const DATE_YEAR_PATTERN = /^(?:(?!\d{4}-)|(?:19\d{2}|2[01]\d{2}|2200)-)/;

export const text = () => z.string();
export const nonEmptyText = () => z.string().trim().min(1);

/** `YYYY-MM-DD`, a real calendar date (2026-02-30 is not). YAML's core schema keeps it a string. */
export const isoDate = () => z.iso.date({ error: MARK.date }).regex(DATE_YEAR_PATTERN, { error: MARK.dateRange });

/** `"HH:MM"`. Unquoted 17:00 is the string "17:00" in YAML 1.2, so both forms are accepted. */
export const clockTime = () => z.iso.time({ precision: -1, error: MARK.time });

export const year = () => z.int({ error: MARK.year }).min(1900, { error: MARK.year }).max(2200, { error: MARK.year });

export const boardId = () => z.string({ error: MARK.boardId }).regex(BOARD_ID_PATTERN, { error: MARK.boardId });
export const itemId = () => z.string({ error: MARK.itemId }).regex(ITEM_ID_PATTERN, { error: MARK.itemId });

/** A year (`2027` or `"2027"`) or a date. */
export const due = () =>
  z.union([z.int().min(1900).max(2200), z.string().regex(YEAR_PATTERN), isoDate()], { error: MARK.due });

