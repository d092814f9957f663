// The command line: commander wiring only. Each command is a plain async function in
// ./commands/, imported when it runs, so `lnhs --help` loads nothing heavy (issue 7).
// Exit codes (SPEC 6): 0 ok, 1 input problems, 2 wrong usage, 70 internal error.
import { Command, CommanderError, Help, Option } from 'commander';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { CliIO, CommandContext } from './context.js';
import { UsageError } from './context.js';
import { detectLocale, type Locale } from '../messages/index.js';
import { makePainter, useColor } from './color.js';
import { help, type HelpKey } from './help.js';
import { addBoardCommands, addMonitoringCommands } from './board-commands.js';
import { fsErrorLine } from './fs-error.js';
import { terminalSafe } from './terminal.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export type { CliIO };

function version(): string {
  const require = createRequire(import.meta.url);
  // dist/cli.cjs (and dist/index.js) and src/cli/main.ts both reach package.json by walking up
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(rel) as { name?: string; version?: string };
      if (pkg.name === 'lnhs' && pkg.version) return pkg.version;
    } catch {
      /* try the next */
    }
  }
  return '0.0.0';
}

/** Pre-scan for flags that shape everything else (locale, colour) before commander parses. */
function prescan(argv: readonly string[]): { lang?: string; noColor: boolean } {
  let lang: string | undefined;
  let noColor = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--no-color') noColor = true;
    else if (a === '--lang') lang = argv[i + 1];
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
  }
  return { lang, noColor };
}

export function createContext(io: CliIO, options: { locale: Locale; quiet?: boolean; noColor?: boolean }): CommandContext {
  const colorOut = !options.noColor && useColor(io.stdout, io.env);
  const colorErr = !options.noColor && useColor(io.stderr, io.env);
  const ctx: CommandContext = {
    io,
    locale: options.locale,
    paint: makePainter(colorOut),
    paintErr: makePainter(colorErr),
    quiet: options.quiet ?? false,
    // every line passes through terminalSafe: input text cannot act on the terminal (issue 12)
    out: (text) => void io.stdout.write(terminalSafe(text.endsWith('\n') ? text : text + '\n', colorOut)),
    progress: (text) => {
      if (!ctx.quiet) io.stderr.write(terminalSafe(text.endsWith('\n') ? text : text + '\n', colorErr));
    },
    err: (text) => void io.stderr.write(terminalSafe(text.endsWith('\n') ? text : text + '\n', colorErr)),
    resolve: (p) => path.resolve(io.cwd, p),
  };
  return ctx;
}

interface GlobalOptions {
  quiet?: boolean;
  color?: boolean;
  lang?: string;
}

/** Run the CLI with `argv` (without `node` and the script) and return the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const pre = prescan(argv);
  const locale = detectLocale(io.env, pre.lang);
  const h = (key: HelpKey) => help(key, locale);
  let exitCode = EXIT_OK;
  let ctx = createContext(io, { locale, noColor: pre.noColor });

  const program = new Command('lnhs');
  program
    .description(h('program'))
    .version(version(), '-V, --version', h('opt.version'))
    .helpOption('-h, --help', h('opt.help'))
    .addHelpCommand(false)
    .option('-q, --quiet', h('opt.quiet'))
    .option('--no-color', h('opt.noColor'))
    .addOption(new Option('--lang <lang>', h('opt.lang')).choices(['fi', 'en']))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // commander echoes unknown options and arguments as given
      writeOut: (s) => void io.stdout.write(terminalSafe(s)),
      writeErr: (s) => void io.stderr.write(terminalSafe(s)),
      outputError: (s, write) => write(s),
    })
    .addHelpText('after', h('program.after'));
  // commander's own words (Usage:, Options:, choices, default) in Finnish too (issue 6);
  // set before the commands are added, so that every command inherits it
  if (locale === 'fi') program.configureHelp(finnishHelp());

  // Every command: apply the global options, then run the command's own function.
  const action =
    <A extends unknown[]>(fn: (ctx: CommandContext, ...args: A) => Promise<number>) =>
    async (...args: A) => {
      const globals = program.opts<GlobalOptions>();
      ctx = createContext(io, { locale, quiet: globals.quiet, noColor: globals.color === false });
      exitCode = await fn(ctx, ...args);
    };

  const configure = (cmd: Command) =>
    cmd.exitOverride().configureOutput({
      writeOut: (s) => void io.stdout.write(terminalSafe(s)),
      writeErr: (s) => void io.stderr.write(terminalSafe(s)),
    });

  configure(
    program
      .command('init')
      .argument('[dir]', h('arg.dir'))
      .description(h('init'))
      .option('-y, --yes', h('init.yes'))
      .option('--municipality <name>', h('init.municipality'), collect, [])
      .addOption(new Option('--kind <kind>', h('init.kind')).choices(['municipality', 'county', 'joint']))
      .option('--period <years>', h('init.period'))
      .addOption(new Option('--language <lang>', h('init.language')).choices(['fi', 'sv', 'en']))
      .option('--board <id:Name>', h('init.board'), collect, [])
      .option('--county <name>', h('init.county'))
      .option('--force', h('init.force'))
      .addOption(new Option('--schema <where>', h('opt.schema')).choices(['url', 'local']).default('url'))
      .addHelpText('after', h('init.example'))
      .action(
        action(async (c, dir: string | undefined, opts: Record<string, unknown>) => {
          const { initCommand } = await import('./commands/init.js');
          return initCommand(dir, opts, c);
        }),
      ),
  );

  configure(
    program
      .command('validate')
      .argument('[path]', h('validate.path'))
      .description(h('validate'))
      .option('--strict', h('opt.strict'))
      .addOption(new Option('--format <format>', h('opt.diagFormat')).choices(['text', 'json', 'github']).default('text'))
      .addHelpText('after', h('validate.example'))
      .action(
        action(async (c, dir: string | undefined, opts: { strict?: boolean; format: 'text' | 'json' | 'github' }) => {
          const { validateCommand } = await import('./commands/validate.js');
          return validateCommand(dir, opts, c);
        }),
      ),
  );

  configure(
    program
      .command('status')
      .argument('[dir]', h('arg.dir'))
      .description(h('status'))
      .addOption(new Option('--format <format>', h('opt.format')).choices(['text', 'json']).default('text'))
      .addHelpText('after', h('status.example'))
      .action(
        action(async (c, dir: string | undefined, opts: { format: 'text' | 'json' }) => {
          const { statusCommand } = await import('./commands/status.js');
          return statusCommand(dir, opts, c);
        }),
      ),
  );

  configure(
    program
      .command('merge')
      .argument('[dir]', h('arg.dir'))
      .description(h('merge'))
      .addOption(new Option('--format <format>', h('opt.format')).choices(['text', 'json', 'yaml']).default('text'))
      .option('--suggest', h('merge.suggest'))
      .option('--threshold <score>', h('merge.threshold'), parseScore)
      .addHelpText('after', h('merge.example'))
      .action(
        action(async (c, dir: string | undefined, opts: { format: 'text' | 'json' | 'yaml'; suggest?: boolean; threshold?: number }) => {
          const { mergeCommand } = await import('./commands/merge.js');
          return mergeCommand(dir, opts, c);
        }),
      ),
  );

  configure(
    program
      .command('generate')
      .argument('[dir]', h('arg.dir'))
      .description(h('generate'))
      .option('-o, --out <dir>', h('generate.out'))
      .addOption(new Option('--only <document>', h('generate.only')).choices(['plan', 'agenda']))
      .option('--format <formats>', h('generate.format'), 'md,html')
      .option('--check', h('generate.check'))
      .option('--strict', h('opt.strict'))
      .addHelpText('after', h('generate.example'))
      .action(
        action(async (c, dir: string | undefined, opts: GenerateCliOptions) => {
          const { generateCommand, parseGenerateFormats } = await import('./commands/generate.js');
          const formats = parseGenerateFormats(opts.format);
          return generateCommand(dir, { ...opts, ...formats }, c);
        }),
      ),
  );

  configure(
    program
      .command('report')
      .argument('[dir]', h('arg.dir'))
      .description(h('report'))
      .option('--year <year>', h('report.year'))
      .option('-o, --out <dir>', h('generate.out'))
      .option('--format <formats>', h('generate.format'), 'md,html')
      .option('--check', h('generate.check'))
      .option('--strict', h('opt.strict'))
      .addHelpText('after', h('report.example'))
      .action(
        action(async (c, dir: string | undefined, opts: Omit<GenerateCliOptions, 'only'> & { year?: string }) => {
          const [{ reportCommand }, { parseGenerateFormats }] = await Promise.all([import('./commands/report.js'), import('./commands/generate.js')]);
          return reportCommand(dir, { ...opts, ...parseGenerateFormats(opts.format) }, c);
        }),
      ),
  );

  configure(
    program
      .command('diff')
      .argument('<old>', h('diff.old'))
      .argument('<new>', h('diff.new'))
      .description(h('diff'))
      .addOption(new Option('--format <format>', h('opt.format')).choices(['text', 'json']).default('text'))
      .addHelpText('after', h('diff.example'))
      .action(
        action(async (c, oldDir: string, newDir: string, opts: { format: 'text' | 'json' }) => {
          const { diffCommand } = await import('./commands/diff.js');
          return diffCommand(oldDir, newDir, opts, c);
        }),
      ),
  );

  const templates = configure(program.command('templates').description(h('templates')));
  configure(
    templates
      .command('list')
      .description(h('templates.list'))
      .action(
        action(async (c) => {
          const { templatesListCommand } = await import('./commands/templates.js');
          return templatesListCommand(c);
        }),
      ),
  );
  configure(
    templates
      .command('eject')
      .argument('[dir]', h('arg.dir'))
      .description(h('templates.eject'))
      .option('--only <name>', h('templates.only'))
      .option('--force', h('templates.force'))
      .addHelpText('after', h('templates.example'))
      .action(
        action(async (c, dir: string | undefined, opts: { only?: string; force?: boolean }) => {
          const { templatesEjectCommand } = await import('./commands/templates.js');
          return templatesEjectCommand(dir, opts, c);
        }),
      ),
  );

  configure(
    program
      .command('schema')
      .argument('[name]', h('schema.name'))
      .description(h('schema'))
      .option('--out <dir>', h('schema.out'))
      .addHelpText('after', h('schema.example'))
      .action(
        action(async (c, name: string | undefined, opts: { out?: string }) => {
          const { schemaCommand } = await import('./commands/schema.js');
          return schemaCommand(name, opts, c);
        }),
      ),
  );

  const indicators = configure(program.command('indicators').description(h('indicators')));
  configure(
    indicators
      .command('import')
      .argument('<file>', h('indicators.file'))
      .argument('[dir]', h('arg.dir'))
      .description(h('indicators.import'))
      .option('--metadata <file>', h('indicators.metadata'))
      .option('--region <id>', h('indicators.region'))
      .option('--force', h('indicators.force'))
      .addOption(new Option('--schema <where>', h('opt.schema')).choices(['url', 'local']).default('url'))
      .addHelpText('after', h('indicators.example'))
      .action(
        action(async (c, file: string, dir: string | undefined, opts: { metadata?: string; region?: string; force?: boolean; schema?: 'url' | 'local' }) => {
          const { indicatorsImportCommand } = await import('./commands/indicators.js');
          return indicatorsImportCommand(file, dir, opts, c);
        }),
      ),
  );

  addBoardCommands(program, { h, action, configure });
  addMonitoringCommands(program, { h, action, configure });

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, ctx, locale);
  }
}

interface GenerateCliOptions {
  out?: string;
  only?: 'plan' | 'agenda';
  format: string;
  check?: boolean;
  strict?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseScore(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--threshold must be a number from 0 to 1, got "${value}"`);
  return n;
}

function handleError(error: unknown, ctx: CommandContext, locale: Locale): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
    // commander shows the help on stderr with exit code 1 when a command group is called without
    // its subcommand (`lnhs templates`): a missing argument, so wrong usage (issue 5)
    if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    // commander has printed its message; add where to look
    ctx.err(help('usage.hint', locale));
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    ctx.err(`lnhs: ${error.message}`);
    ctx.err(help('usage.hint', locale));
    return EXIT_USAGE;
  }
  const debug = ctx.io.env.LNHS_DEBUG === '1';
  // the environment's problem, not a bug: one line, exit 1 (issue 12)
  const fsLine = fsErrorLine(error, ctx.io.cwd, locale);
  if (fsLine !== undefined) {
    ctx.err(`lnhs: ${fsLine}`);
    if (debug && error instanceof Error && error.stack) ctx.err(error.stack);
    return EXIT_INPUT;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.err(help('internal', locale).replace('{detail}', detail));
  if (debug && error instanceof Error && error.stack) ctx.err(error.stack);
  return EXIT_INTERNAL;
}

const FINNISH_TITLES: Record<string, string> = {
  'Usage:': 'Käyttö:',
  'Options:': 'Valitsimet:',
  'Commands:': 'Komennot:',
  'Arguments:': 'Argumentit:',
  'Global Options:': 'Yleiset valitsimet:',
};

function finnishDetails(text: string): string {
  return text.replace(/\(choices: /g, '(vaihtoehdot: ').replace(/\(default: /g, '(oletus: ').replace(/, default: /g, ', oletus: ');
}

function finnishHelp(): Partial<Help> {
  return {
    styleTitle: (title: string) => FINNISH_TITLES[title] ?? title,
    optionDescription: (option) => finnishDetails(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) => finnishDetails(Help.prototype.argumentDescription.call(new Help(), argument)),
  };
}
