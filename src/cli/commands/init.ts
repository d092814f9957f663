// `lnhs init [dir]` (issue 4 item 1, SPEC 6): create a workspace. With a terminal it asks for
// what the flags leave out; without one (or with --yes) every missing answer is a usage error.
// It never overwrites a file without --force, and writes all files or none.
import path from 'node:path';
import { Writable } from 'node:stream';
import type { CommandContext } from '../context.js';
import { UsageError } from '../context.js';
import {
  parseBoards,
  parseKind,
  parseLanguage,
  parseMunicipalities,
  parseOptionalText,
  parsePeriod,
  type InitAnswers,
} from '../../init/answers.js';
import { askAnswers, type KnownAnswers, type PromptDriver } from '../../init/ask.js';
import { existingFiles, writeWorkspace, WriteError } from '../../init/files.js';
import { schemaRefFor } from '../../init/schema-ref.js';
import { initText } from '../../init/messages.js';
import { scaffoldWorkspace, type ScaffoldFile } from '../../init/scaffold.js';

export type { PromptDriver } from '../../init/ask.js';

export interface InitOptions {
  yes?: boolean;
  municipality?: string[];
  kind?: string;
  /** `2027-2030` */
  period?: string;
  language?: string;
  /** `id:Name`, repeatable */
  board?: string[];
  county?: string;
  force?: boolean;
  /** `$schema` lines: the published URL (default) or a local path (issue 13 item 2) */
  schema?: 'url' | 'local';
}

/** Exit code when the user cancels the prompts with Ctrl-C (128 + SIGINT, as shells do). */
const EXIT_CANCELLED = 130;

export async function initCommand(
  dir: string | undefined,
  options: InitOptions,
  ctx: CommandContext,
  prompts?: PromptDriver,
): Promise<number> {
  const locale = ctx.locale;
  const target = ctx.resolve(dir ?? '.');
  const known = answersFromFlags(options, ctx);
  const interactive = !options.yes && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);

  let answers: InitAnswers;
  if (interactive) {
    // Refuse before asking anything when the workspace is clearly there already.
    if (!options.force && (await refuseExisting(target, [{ rel: 'plan.yaml' }, { rel: 'meeting.yaml' }], ctx))) return 1;
    const driver = prompts ?? (await inquirerDriver(ctx));
    try {
      answers = await askAnswers(known, driver, locale, new Date());
    } catch (error) {
      // @inquirer/prompts rejects with ExitPromptError on Ctrl-C and AbortPromptError on abort
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
        ctx.err(initText('cancelled', locale));
        return EXIT_CANCELLED;
      }
      throw error;
    }
  } else {
    answers = completeWithoutPrompts(known, options, ctx);
  }

  const files = scaffoldWorkspace(answers, schemaRefFor(target, options.schema === 'local' ? 'local' : 'url'));
  if (!options.force && (await refuseExisting(target, files, ctx))) return 1;
  try {
    await writeWorkspace(target, files);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    ctx.err(initText('writeFailed', locale, { file: displayPath(error.file, ctx), reason: error.reason }));
    return 1;
  }
  reportWritten(target, files, ctx);
  return 0;
}

/** Check every flag that was given; a bad value is a usage error even when prompts could follow. */
function answersFromFlags(options: InitOptions, ctx: CommandContext): KnownAnswers {
  const locale = ctx.locale;
  const usage = (flag: string, message: string) => new UsageError(initText('usage.flag', locale, { flag, message }));
  const known: KnownAnswers = {};
  if (options.municipality && options.municipality.length > 0) {
    const r = parseMunicipalities(options.municipality, locale);
    if (r.error !== undefined) throw usage('--municipality', r.error);
    known.municipalities = r.value;
  }
  if (options.kind !== undefined) {
    const r = parseKind(options.kind, locale);
    if (r.error !== undefined) throw usage('--kind', r.error);
    known.kind = r.value;
  }
  if (options.county !== undefined) {
    const r = parseOptionalText(options.county, locale);
    if (r.error !== undefined) throw usage('--county', r.error);
    if (r.value !== undefined) known.county = r.value;
  }
  if (options.period !== undefined) {
    const r = parsePeriod(options.period, locale);
    if (r.error !== undefined) throw usage('--period', r.error);
    known.period = r.value;
  }
  if (options.language !== undefined) {
    const r = parseLanguage(options.language, locale);
    if (r.error !== undefined) throw usage('--language', r.error);
    known.language = r.value;
  }
  if (options.board && options.board.length > 0) {
    const r = parseBoards(options.board, locale);
    if (r.error !== undefined) throw usage('--board', r.error);
    known.boards = r.value;
  }
  return known;
}

/** Without prompts: the defaults of SPEC 2.1 for kind and language, the rest must be flags. */
function completeWithoutPrompts(known: KnownAnswers, options: InitOptions, ctx: CommandContext): InitAnswers {
  const missing: string[] = [];
  if (!known.municipalities) missing.push('--municipality');
  if (!known.period) missing.push('--period');
  if (!known.boards) missing.push('--board');
  if (!known.municipalities || !known.period || !known.boards) {
    const id = options.yes ? 'usage.missing.yes' : 'usage.missing.noTty';
    throw new UsageError(initText(id, ctx.locale, { flags: missing.join(', ') }));
  }
  const answers: InitAnswers = {
    municipalities: known.municipalities,
    kind: known.kind ?? 'municipality',
    period: known.period,
    language: known.language ?? 'fi',
    boards: known.boards,
  };
  if (known.county !== undefined) answers.county = known.county;
  return answers;
}

/** Print the files that exist already and return true when there are any. */
async function refuseExisting(target: string, files: readonly Pick<ScaffoldFile, 'rel'>[], ctx: CommandContext): Promise<boolean> {
  const existing = await existingFiles(target, files);
  if (existing.length === 0) return false;
  ctx.err(initText('exists', ctx.locale));
  for (const rel of existing) ctx.err(`  ${displayPath(path.join(target, rel), ctx)}`);
  ctx.err(initText('exists.hint', ctx.locale));
  return true;
}

/** The real prompts, loaded only now so that `--help` and `validate` never load them (SPEC 9). */
async function inquirerDriver(ctx: CommandContext): Promise<PromptDriver> {
  const inquirer = await import('@inquirer/prompts');
  const { stdin } = ctx.io;
  const input = typeof stdin.on === 'function' ? { input: stdin as NodeJS.ReadableStream } : {};
  // A fresh output per prompt: inquirer ends its output when a prompt is done, which would
  // close any stream but process.stdout (that one Node's pipe() never ends).
  const context = () => ({ ...input, output: promptOutput(ctx.io.stdout) });
  return {
    input: (config) => inquirer.input(config, context()),
    select: (config) => inquirer.select(config, context()),
    checkbox: (config) => inquirer.checkbox(config, context()),
    confirm: (config) => inquirer.confirm(config, context()),
  };
}

/** A writable that passes everything on to `out` and has its terminal size, but never ends it. */
function promptOutput(out: CommandContext['io']['stdout']): NodeJS.WritableStream {
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      out.write(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  const size = out as { columns?: number; rows?: number; isTTY?: boolean };
  Object.defineProperties(sink, {
    isTTY: { get: () => size.isTTY },
    columns: { get: () => size.columns },
    rows: { get: () => size.rows },
  });
  return sink;
}

function reportWritten(target: string, files: readonly ScaffoldFile[], ctx: CommandContext): void {
  const locale = ctx.locale;
  const shown = displayPath(target, ctx);
  const arg = shellWord(shown);
  const boards = files.filter((f) => f.rel.startsWith('boards/')).map((f) => f.rel);
  const lines = [initText('wrote', locale, { dir: shown }), ...files.map((f) => `  ${f.rel}`), '', initText('next', locale)];
  const steps = [
    initText('next.boards', locale, { files: boards.join(', ') }),
    initText('next.plan', locale, { file: 'plan.yaml', meeting: 'meeting.yaml' }),
    initText('next.validate', locale, { dir: arg }),
    initText('next.status', locale, { dir: arg }),
  ];
  steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  ctx.progress(lines.join('\n'));
}

/** A path relative to the working folder when it lies below it, `.` for the folder itself. */
function displayPath(p: string, ctx: CommandContext): string {
  const rel = path.relative(ctx.io.cwd, p);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return p;
  return rel;
}

function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
