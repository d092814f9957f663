// What `lnhs init` needs to know, and the checks shared by its flags and its prompts: a value
// typed into a prompt and the same value given as a flag are accepted or refused alike.
// Checks return a message (or `undefined` when the value is fine) instead of throwing, so the
// prompts can show the message in place and the command can turn it into a usage error.
import type { Locale } from '../messages/index.js';
import { LANGS, PLAN_KINDS, type Lang, type PlanKind } from '../model/types.js';
import { initText } from './messages.js';

export interface BoardAnswer {
  /** slug `[a-z0-9-]+`; also the file name `boards/<id>.yaml` */
  id: string;
  name: string;
}

export interface InitAnswers {
  municipalities: string[];
  kind: PlanKind;
  county?: string;
  period: { start: number; end: number };
  language: Lang;
  boards: BoardAnswer[];
}

/**
 * Boards that usually take part in the plan (SPEC 1), offered in the prompt. Municipalities
 * name their boards differently; these are the common names.
 */
export const COMMON_BOARDS: readonly BoardAnswer[] = [
  { id: 'perusturva', name: 'Perusturvalautakunta' },
  { id: 'sivistys', name: 'Sivistyslautakunta' },
  { id: 'koulutus', name: 'Koulutuslautakunta' },
  { id: 'vapaa-aika', name: 'Vapaa-aikalautakunta' },
  { id: 'nuoriso', name: 'Nuorisolautakunta' },
  { id: 'kulttuuri-vapaa-aika', name: 'Kulttuuri- ja vapaa-aikalautakunta' },
  { id: 'hyvinvointi', name: 'Hyvinvointilautakunta' },
  { id: 'varhaiskasvatus', name: 'Varhaiskasvatuslautakunta' },
];

/** The board id rule of SPEC 2.2; it also keeps the file name `boards/<id>.yaml` inside boards/. */
export const BOARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Finnish names of the plan kinds, accepted by `--kind` beside the English ones. */
const KIND_ALIASES: Record<string, PlanKind> = {
  kunta: 'municipality',
  hyvinvointialue: 'county',
  yhteinen: 'joint',
};

type Result<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: none belongs in a
// name, and a line break would let a value escape the YAML comment it is echoed in.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

function checkText(value: string, locale: Locale): string | undefined {
  return CONTROL.test(value) ? initText('invalid.text', locale, { value: JSON.stringify(value).slice(1, -1) }) : undefined;
}

/** Municipality names from one or more comma-separated lists; at least one. */
export function parseMunicipalities(values: readonly string[], locale: Locale): Result<string[]> {
  const names: string[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const name = part.trim();
      if (!name) continue;
      const bad = checkText(name, locale);
      if (bad) return { error: bad };
      if (!names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return { error: initText('invalid.municipality', locale) };
  return { value: names };
}

export function parseKind(value: string, locale: Locale): Result<PlanKind> {
  const v = value.trim().toLowerCase();
  if ((PLAN_KINDS as readonly string[]).includes(v)) return { value: v as PlanKind };
  const alias = KIND_ALIASES[v];
  if (alias && Object.hasOwn(KIND_ALIASES, v)) return { value: alias };
  return { error: initText('invalid.kind', locale, { value }) };
}

export function parseLanguage(value: string, locale: Locale): Result<Lang> {
  const v = value.trim().toLowerCase();
  if ((LANGS as readonly string[]).includes(v)) return { value: v as Lang };
  return { error: initText('invalid.language', locale, { value }) };
}

/** The period that starts next year and lasts four years (the longest the law allows, 12 §). */
export function defaultPeriod(now: Date): { start: number; end: number } {
  const start = now.getFullYear() + 1;
  return { start, end: start + 3 };
}

export function formatPeriod(period: { start: number; end: number }): string {
  return `${period.start}-${period.end}`;
}

/** `2027-2030` (an en dash or spaces around the dash are fine too). */
export function parsePeriod(value: string, locale: Locale, now = new Date()): Result<{ start: number; end: number }> {
  // hyphen, en dash, em dash (escaped: the bundles stay ASCII, see scripts/build.mjs)
  const match = /^\s*(\d{4})\s*[-\u2013\u2014]\s*(\d{4})\s*$/.exec(value);
  if (!match) return { error: initText('invalid.period', locale, { value, example: formatPeriod(defaultPeriod(now)) }) };
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (end < start) return { error: initText('invalid.periodOrder', locale, { value }) };
  return { value: { start, end } };
}

/** An optional free-text answer such as the county: trimmed; empty means none. */
export function parseOptionalText(value: string, locale: Locale): Result<string | undefined> {
  const v = value.trim();
  const bad = checkText(v, locale);
  if (bad) return { error: bad };
  return { value: v || undefined };
}

/**
 * One board: `id:Name` (the name may contain colons; the id is before the first one), a
 * common board's id (`perusturva`) or name (`Perusturvalautakunta`), or a name alone, from
 * which an id is made (`Tekninen lautakunta` → `tekninen`).
 */
export function parseBoard(value: string, locale: Locale): Result<BoardAnswer> {
  const v = value.trim();
  const invalid = { error: initText('invalid.board', locale, { value }) };
  const bad = checkText(v, locale);
  if (bad) return { error: bad };
  if (!v) return invalid;
  const colon = v.indexOf(':');
  if (colon >= 0) {
    const id = v.slice(0, colon).trim();
    const name = v.slice(colon + 1).trim();
    if (!BOARD_ID.test(id) || !name) return invalid;
    return { value: { id, name } };
  }
  const common = COMMON_BOARDS.find((b) => b.id === v || b.name.toLowerCase() === v.toLowerCase());
  if (common) return { value: { ...common } };
  if (BOARD_ID.test(v)) return invalid; // an unknown id alone: we do not know its name
  const id = boardIdFromName(v);
  if (!id) return invalid;
  return { value: { id, name: v } };
}

/** `Ympäristö- ja rakennuslautakunta` → `ymparisto-ja-rakennus`. */
export function boardIdFromName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = slug.replace(/-?lautakunta$/, '');
  return short || slug;
}

/** Boards from flags or prompts, in order; an id given twice is an error. */
export function parseBoards(values: readonly string[], locale: Locale): Result<BoardAnswer[]> {
  const boards: BoardAnswer[] = [];
  for (const value of values) {
    const board = parseBoard(value, locale);
    if (board.error !== undefined) return { error: board.error };
    if (boards.some((b) => b.id === board.value.id)) {
      return { error: initText('invalid.boardDuplicate', locale, { id: board.value.id }) };
    }
    boards.push(board.value);
  }
  return { value: boards };
}
