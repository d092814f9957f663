// `lnhs board add <id> <name> [dir]` and `lnhs board remove <id> [dir]` (issue 13 item 6): a
// board joins in the middle of the round, or leaves, without `init --force` overwriting
// plan.yaml and meeting.yaml. `add` writes boards/<id>.yaml from init's scaffold and adds the
// board to meeting.yaml's `boards` and `sections` where those are listed; `remove` does the
// opposite. Nothing else in any file changes (meeting-edit.ts edits the text in place).
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { BOARD_ID } from '../../init/answers.js';
import type { InitAnswers } from '../../init/answers.js';
import { writeWorkspace } from '../../init/files.js';
import { addBoardToMeeting, MeetingEditError, removeBoardFromMeeting, type MeetingEdit } from '../../init/meeting-edit.js';
import { scaffoldBoard } from '../../init/scaffold.js';
import { LANGS, PLAN_KINDS, QUADRANTS } from '../../model/types.js';
import type { Locale } from '../../messages/index.js';
import { UsageError, type CommandContext } from '../context.js';
import { schemaRefFor, type SchemaOption } from '../../init/schema-ref.js';
import { exists } from '../../fs/exists.js';

export interface BoardOptions {
  schema?: SchemaOption;
  force?: boolean;
}

export async function boardAddCommand(id: string, name: string, dir: string | undefined, options: BoardOptions, ctx: CommandContext): Promise<number> {
  if (!BOARD_ID.test(id)) throw new UsageError(text(ctx.locale, 'badId', { id }));
  if (name.trim() === '') throw new UsageError(text(ctx.locale, 'noName'));
  const shown = dir ?? '.';
  const root = ctx.resolve(shown);
  const plan = await readPlan(root);
  if (!plan) {
    ctx.err(text(ctx.locale, 'noPlan', { dir: shown }));
    return 1;
  }
  const rel = `boards/${id}.yaml`;
  if (await exists(path.join(root, rel))) {
    ctx.err(text(ctx.locale, 'exists', { file: path.join(shown, rel) }));
    return 1;
  }

  const files = [{ rel, content: scaffoldBoard(answersFrom(plan), { id, name: name.trim() }, schemaRefFor(root, options.schema)(rel, 'board')) }];
  const meeting = await readMeeting(root);
  let edit: MeetingEdit | undefined;
  if (meeting) {
    try {
      edit = addBoardToMeeting(meeting.text, id);
    } catch (error) {
      if (!(error instanceof MeetingEditError)) throw error;
      ctx.err(text(ctx.locale, 'meetingByHand', { file: meeting.rel, id, reason: error.message }));
    }
    if (edit && edit.text !== meeting.text) files.push({ rel: meeting.rel, content: edit.text });
  }
  // both files or neither (SPEC 8)
  await writeWorkspace(root, files);
  ctx.out(text(ctx.locale, 'added', { file: path.join(shown, rel), name: name.trim() }));
  if (meeting && edit) report(ctx, meeting.rel, edit, id, 'add');
  return 0;
}

export async function boardRemoveCommand(id: string, dir: string | undefined, options: BoardOptions, ctx: CommandContext): Promise<number> {
  if (!BOARD_ID.test(id)) throw new UsageError(text(ctx.locale, 'badId', { id }));
  const shown = dir ?? '.';
  const root = ctx.resolve(shown);
  if (!(await readPlan(root))) {
    ctx.err(text(ctx.locale, 'noPlan', { dir: shown }));
    return 1;
  }
  const file = ['yaml', 'yml'].map((ext) => `boards/${id}.${ext}`);
  const rel = (await exists(path.join(root, file[0]!))) ? file[0]! : (await exists(path.join(root, file[1]!))) ? file[1]! : undefined;
  if (rel && !options.force) {
    // a board's file is somebody's work: refuse to delete what was written in it
    const written = await writtenEntries(path.join(root, rel));
    if (written > 0) {
      ctx.err(text(ctx.locale, 'hasContent', { file: path.join(shown, rel), count: written }));
      return 1;
    }
  }
  const meeting = await readMeeting(root);
  let edit: MeetingEdit | undefined;
  if (meeting) {
    try {
      edit = removeBoardFromMeeting(meeting.text, id);
    } catch (error) {
      if (!(error instanceof MeetingEditError)) throw error;
      ctx.err(text(ctx.locale, 'meetingByHand', { file: meeting.rel, id, reason: error.message }));
      return 1;
    }
  }
  if (!rel && (!edit || edit.changed.length === 0)) {
    ctx.err(text(ctx.locale, 'noBoard', { id, dir: shown }));
    return 1;
  }
  if (meeting && edit && edit.text !== meeting.text) await writeWorkspace(root, [{ rel: meeting.rel, content: edit.text }]);
  if (rel) {
    await rm(path.join(root, rel));
    ctx.out(text(ctx.locale, 'removed', { file: path.join(shown, rel) }));
  }
  if (meeting && edit) report(ctx, meeting.rel, edit, id, 'remove');
  return 0;
}

function report(ctx: CommandContext, file: string, edit: MeetingEdit, id: string, how: 'add' | 'remove'): void {
  if (edit.changed.includes('boards')) ctx.out(text(ctx.locale, how === 'add' ? 'meetingBoards' : 'meetingBoardsOut', { file, id }));
  if (edit.changed.includes('sections')) {
    if (how === 'add') ctx.out(text(ctx.locale, 'meetingSection', { file, id, n: edit.section ?? 0 }));
    else ctx.out(text(ctx.locale, 'meetingSectionOut', { file, id }));
  }
  if (edit.itemLines.length > 0) ctx.err(text(ctx.locale, 'meetingItems', { file, id, lines: edit.itemLines.join(', ') }));
}

// ---- reading ----------------------------------------------------------------------------


async function readPlan(root: string): Promise<Record<string, unknown> | undefined> {
  for (const name of ['plan.yaml', 'plan.yml']) {
    let source: string;
    try {
      source = await readFile(path.join(root, name), 'utf8');
    } catch {
      continue;
    }
    try {
      const data = parse(source, { schema: 'core', merge: false, maxAliasCount: 100 }) as unknown;
      return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    } catch {
      // a broken plan.yaml is validate's to explain; the scaffold only needs a few values
      return {};
    }
  }
  return undefined;
}

async function readMeeting(root: string): Promise<{ rel: string; text: string } | undefined> {
  for (const rel of ['meeting.yaml', 'meeting.yml']) {
    try {
      return { rel, text: await readFile(path.join(root, rel), 'utf8') };
    } catch {
      // try the other name
    }
  }
  return undefined;
}

/** SWOT items, vision proposals and goals written in a board file (0 when it cannot be read). */
async function writtenEntries(file: string): Promise<number> {
  try {
    const data = parse(await readFile(file, 'utf8'), { schema: 'core', merge: false, maxAliasCount: 100 }) as Record<string, unknown> | null;
    if (!data || typeof data !== 'object') return 0;
    const swot = (data.swot ?? {}) as Record<string, unknown>;
    let count = 0;
    for (const q of QUADRANTS) if (Array.isArray(swot[q])) count += (swot[q] as unknown[]).length;
    if (typeof data.vision === 'string' && data.vision.trim() !== '') count++;
    if (Array.isArray(data.vision)) count += data.vision.length;
    if (Array.isArray(data.goals)) count += data.goals.length;
    return count;
  } catch {
    // unparsable: somebody was writing it, so it counts as written
    return 1;
  }
}

/** What the scaffold needs from plan.yaml, with init's defaults where plan.yaml is silent or broken. */
function answersFrom(plan: Record<string, unknown>): InitAnswers {
  const municipalities = Array.isArray(plan.municipalities) ? plan.municipalities.filter((m): m is string => typeof m === 'string') : [];
  const period = (plan.period ?? {}) as { start?: unknown; end?: unknown };
  const year = new Date().getFullYear() + 1;
  const start = typeof period.start === 'number' ? period.start : year;
  const end = typeof period.end === 'number' ? period.end : start + 3;
  const kind = PLAN_KINDS.find((k) => k === plan.kind) ?? 'municipality';
  const language = LANGS.find((l) => l === plan.language) ?? 'fi';
  return { municipalities, kind, period: { start, end }, language, boards: [] };
}

// ---- messages ---------------------------------------------------------------------------

const TEXTS = {
  en: {
    badId: 'the board id "{id}" is not valid: use lowercase letters a–z, digits and hyphens, e.g. vapaa-aika',
    noName: 'give the board\'s name, e.g. "Vapaa-aikalautakunta"',
    noPlan: 'lnhs board: no plan.yaml in {dir}; give the workspace folder, or create one with `lnhs init`.',
    exists: 'lnhs board: {file} already exists; nothing was written.',
    added: 'Wrote {file} for {name}.',
    removed: 'Removed {file}.',
    noBoard: 'lnhs board: there is no board `{id}` in {dir} (no boards/{id}.yaml, and meeting.yaml does not name it).',
    hasContent: 'lnhs board: {file} has {count} SWOT item(s), vision proposal(s) or goal(s) written in it; nothing was removed. Use --force to remove it anyway.',
    meetingBoards: '{file}: added `{id}` to `boards`.',
    meetingBoardsOut: '{file}: removed `{id}` from `boards`.',
    meetingSection: '{file}: added `{id}: {n}` to `sections`; check the § number in the board\'s own numbering.',
    meetingSectionOut: '{file}: removed `{id}` from `sections`.',
    meetingItems: '{file}: the agenda items on line(s) {lines} still name `{id}` in their `boards`; edit them by hand.',
    meetingByHand: 'lnhs board: {file} could not be edited safely ({reason}); add or remove `{id}` in its `boards` and `sections` by hand.',
  },
  fi: {
    badId: 'lautakunnan tunnus "{id}" ei kelpaa: käytä pieniä kirjaimia a–z, numeroita ja väliviivoja, esim. vapaa-aika',
    noName: 'anna lautakunnan nimi, esim. "Vapaa-aikalautakunta"',
    noPlan: 'lnhs board: kansiossa {dir} ei ole plan.yaml-tiedostoa; anna työtilan kansio tai luo työtila komennolla `lnhs init`.',
    exists: 'lnhs board: {file} on jo olemassa; mitään ei kirjoitettu.',
    added: 'Kirjoitettiin {file} lautakunnalle {name}.',
    removed: 'Poistettiin {file}.',
    noBoard: 'lnhs board: kansiossa {dir} ei ole lautakuntaa `{id}` (ei tiedostoa boards/{id}.yaml, eikä meeting.yaml mainitse sitä).',
    hasContent: 'lnhs board: tiedostoon {file} on kirjoitettu {count} SWOT-kohtaa, visioehdotusta tai tavoitetta; mitään ei poistettu. Poista silti valitsimella --force.',
    meetingBoards: '{file}: `{id}` lisättiin kohtaan `boards`.',
    meetingBoardsOut: '{file}: `{id}` poistettiin kohdasta `boards`.',
    meetingSection: '{file}: kohtaan `sections` lisättiin `{id}: {n}`; tarkista pykälänumero lautakunnan omasta numeroinnista.',
    meetingSectionOut: '{file}: `{id}` poistettiin kohdasta `sections`.',
    meetingItems: '{file}: rivien {lines} asiakohdat mainitsevat yhä lautakunnan `{id}` kohdassa `boards`; muokkaa niitä käsin.',
    meetingByHand: 'lnhs board: tiedostoa {file} ei voitu muokata turvallisesti ({reason}); lisää tai poista `{id}` sen kohdista `boards` ja `sections` käsin.',
  },
} as const;

/** Both catalogues, for the test that keeps them complete. */
export const boardTextCatalogues = TEXTS;

function text(locale: Locale, key: keyof (typeof TEXTS)['en'], args: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}
