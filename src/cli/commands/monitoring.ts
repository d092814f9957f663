// `lnhs monitoring init --year YYYY [dir]` (issue 16): the coordinator creates the year's
// monitoring file with every action of the plan pre-filled as not started, so that the responsible
// parties only change statuses. The plan and the board files must be valid (their goals and
// actions are what the file lists); a year outside the plan period, or a file that is already
// there (without --force), writes nothing and exits 1. The file is written atomically.
import path from 'node:path';
import { hasErrors } from '../../diagnostics.js';
import { writeWorkspace } from '../../init/files.js';
import { schemaRefFor, type SchemaOption } from '../../init/schema-ref.js';
import { exists } from '../../fs/exists.js';
import { mergeGoals } from '../../merge/index.js';
import type { Locale } from '../../messages/index.js';
import { scaffoldMonitoring } from '../../monitoring/init.js';
import { validate } from '../../validate/index.js';
import { loadWorkspace } from '../../workspace/load.js';
import { UsageError, type CommandContext } from '../context.js';
import { reportDiagnostics } from '../report.js';

export interface MonitoringInitOptions {
  year?: string;
  force?: boolean;
  schema?: SchemaOption;
}

export async function monitoringInitCommand(dir: string | undefined, options: MonitoringInitOptions, ctx: CommandContext): Promise<number> {
  const written = options.year?.trim() ?? '';
  if (!/^\d{4}$/.test(written)) throw new UsageError(text(ctx.locale, 'badYear', { year: options.year ?? '' }));
  const year = Number(written);
  const shown = dir ?? '.';
  const root = ctx.resolve(shown);
  const loaded = await loadWorkspace(root, { label: shown });
  const { partial, diagnostics } = validate(loaded);
  // the goals and actions come from plan.yaml and the board files: those must be right; a broken
  // monitoring file of another year, or meeting.yaml, is not this command's business
  const inputs = new Set([loaded.plan, ...loaded.boards].filter((s) => s !== undefined).map((s) => path.resolve(s.file)));
  const blocking = diagnostics.filter(
    (d) => d.severity === 'error' && (inputs.has(path.resolve(d.file)) || d.code === 'no-plan' || d.code === 'no-boards' || d.code === 'no-workspace' || d.code === 'not-a-folder'),
  );
  if (hasErrors(blocking) || !partial.plan || partial.boards.length === 0) {
    reportDiagnostics(ctx, blocking, 'text');
    ctx.err(text(ctx.locale, 'fixFirst', { dir: shown }));
    return 1;
  }
  const { start, end } = partial.plan.period;
  if (year < start || year > end) {
    ctx.err(text(ctx.locale, 'outsidePeriod', { year, start, end }));
    return 1;
  }
  const rel = `monitoring/${year}.yaml`;
  const other = `monitoring/${year}.yml`;
  for (const existing of [rel, other]) {
    if (!options.force && (await exists(path.join(root, existing)))) {
      ctx.err(text(ctx.locale, 'exists', { file: path.join(shown, existing) }));
      return 1;
    }
  }
  const goals = mergeGoals({ boards: partial.boards });
  // the latest earlier year's statuses beside each action (a file that failed its schema is not used)
  const previous = partial.monitoring.filter((m) => m.year < year).at(-1);
  const scaffold = scaffoldMonitoring(goals, year, schemaRefFor(root, options.schema)(rel, 'monitoring'), previous);
  // all or nothing, through a temporary name (SPEC 8)
  await writeWorkspace(root, [{ rel, content: scaffold.content }]);
  const monitored = goals.filter((g) => g.id !== undefined && g.actions.length > 0).length;
  ctx.out(text(ctx.locale, 'wrote', { file: path.join(shown, rel), actions: scaffold.actions, goals: monitored }));
  if (scaffold.withoutId.length > 0) {
    ctx.err(text(ctx.locale, 'withoutId', { count: scaffold.withoutId.length, titles: scaffold.withoutId.map((g) => `"${g.title}"`).join(', ') }));
  }
  return 0;
}

// ---- messages ---------------------------------------------------------------------------

const TEXTS = {
  en: {
    badYear: '--year needs a year of four digits, e.g. --year 2027 (got "{year}")',
    fixFirst: 'lnhs monitoring: fix the problems of plan.yaml and the board files above first; the monitoring file lists their goals and actions. Nothing was written.',
    outsidePeriod: 'lnhs monitoring: {year} is outside the plan period {start}–{end}; nothing was written.',
    exists: 'lnhs monitoring: {file} already exists; nothing was written. Use --force to start it again from scratch.',
    wrote: 'Wrote {file}: {actions} action(s) of {goals} goal(s), each not started. The responsible parties fill in status, progress, note and reporter.',
    withoutId: 'warning: {count} goal(s) without an id are not in the file, because a monitoring entry names its goal by id: {titles}. Give them `id:` in the board files and run again with --force.',
  },
  fi: {
    badYear: '--year tarvitsee nelinumeroisen vuoden, esim. --year 2027 (annettiin "{year}")',
    fixFirst: 'lnhs monitoring: korjaa ensin yllä olevat plan.yaml-tiedoston ja lautakuntien tiedostojen ongelmat; seurantatiedostoon tulevat niiden tavoitteet ja toimenpiteet. Mitään ei kirjoitettu.',
    outsidePeriod: 'lnhs monitoring: vuosi {year} ei kuulu suunnitelmakauteen {start}–{end}; mitään ei kirjoitettu.',
    exists: 'lnhs monitoring: {file} on jo olemassa; mitään ei kirjoitettu. Aloita se alusta valitsimella --force.',
    wrote: 'Kirjoitettiin {file}: {actions} toimenpidettä {goals} tavoitteesta, kaikki tilassa ei aloitettu. Vastuutahot täydentävät tilan, edistymisen, selvityksen ja raportoijan.',
    withoutId: 'varoitus: {count} tavoitetta ilman tunnusta puuttuu tiedostosta, koska seurantamerkintä nimeää tavoitteensa tunnuksella: {titles}. Anna niille `id:` lautakuntien tiedostoissa ja aja komento uudelleen valitsimella --force.',
  },
} as const;

/** Both catalogues, for the test that keeps them complete. */
export const monitoringTextCatalogues = TEXTS;

function text(locale: Locale, key: keyof (typeof TEXTS)['en'], args: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}
