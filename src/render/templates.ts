// Finding, reading and compiling the templates: the built-ins in `templates/` and a workspace's
// overrides (SPEC 2, 8). A template can only reach partials from these two folders: partials are
// looked up by name in the map built here, never on the disk.
//
// The build precompiles the built-ins (scripts/build.mjs fills in ./precompiled.ts), so a plain
// `lnhs generate` loads only Handlebars' small runtime; the compiler is imported when a workspace
// has templates of its own, and when running from the sources (tests), where nothing is
// precompiled (issue 7).
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime.js';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { openProblem, readInput } from '../workspace/read.js';
import { KNOWN_HELPERS } from './helpers.js';
import { loadHouseStyle } from './house-files.js';
import type { HouseStyle } from './html.js';
import { PRECOMPILED } from './precompiled.js';

export type TemplateKind = 'template' | 'partial';

export interface TemplateInfo {
  /** `plan.md`, `agenda.md`, or a partial's name: `swot-quadrant` */
  name: string;
  kind: TemplateKind;
  /** path inside the templates folder, forward slashes: `partials/swot-quadrant.md.hbs` */
  file: string;
}

export interface CompiledTemplate extends TemplateInfo {
  /** absolute path of the file it was compiled from */
  path: string;
  builtin: boolean;
  render: Handlebars.TemplateDelegate;
}

export interface TemplateSet {
  templates: Map<string, CompiledTemplate>;
  partials: Map<string, CompiledTemplate>;
  /** names of templates and partials that did not compile (their diagnostics are in `diagnostics`) */
  failed: Set<string>;
  diagnostics: Diagnostic[];
  /** the workspace's templates/style.css and logo (issue 14) */
  house?: HouseStyle;
}

/** Template and partial names: lowercase words joined by `-` and `.`; nothing that is a path. */
export const TEMPLATE_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const TEMPLATE_FILE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.hbs$/;
const PARTIALS_DIR = 'partials';

/**
 * Markdown output, so no HTML escaping by Handlebars: escaping is the helpers' job (helpers.ts),
 * and the Markdown → HTML step escapes raw HTML once more. `strict` turns a misspelt field into an
 * error; `knownHelpersOnly` a misspelt helper, at compile time.
 */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: KNOWN_HELPERS,
  noEscape: true,
  data: true,
} as const;

let builtinDir: string | undefined;

/**
 * The built-in templates folder. The code runs from src/render/*.ts in tests and from the bundle
 * dist/*.js when installed, at different depths, so walk up from this module to the first folder
 * holding `templates/plan.md.hbs`.
 */
export function builtinTemplatesDir(): string {
  if (builtinDir) return builtinDir;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(candidate, 'plan.md.hbs'))) return (builtinDir = candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('lnhs: the built-in templates folder was not found');
    dir = parent;
  }
}

function infoOf(rel: string): TemplateInfo {
  const isPartial = rel.startsWith(PARTIALS_DIR + '/');
  const base = path.posix.basename(rel).replace(/\.hbs$/, '');
  return isPartial
    ? { name: base.replace(/\.md$/, ''), kind: 'partial', file: rel }
    : { name: base, kind: 'template', file: rel };
}

/** The built-in templates and partials, templates first, each group by name. */
export function listTemplates(): TemplateInfo[] {
  const dir = builtinTemplatesDir();
  const files = [
    ...readdirSync(dir).filter((f) => TEMPLATE_FILE.test(f)),
    ...(existsSync(path.join(dir, PARTIALS_DIR))
      ? readdirSync(path.join(dir, PARTIALS_DIR))
          .filter((f) => TEMPLATE_FILE.test(f))
          .map((f) => `${PARTIALS_DIR}/${f}`)
      : []),
  ];
  return files
    .map(infoOf)
    .sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.kind === 'template' ? -1 : 1));
}

async function listDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['', PARTIALS_DIR]) {
    let entries: string[];
    try {
      entries = await readdir(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const f of entries.sort()) if (TEMPLATE_FILE.test(f)) out.push(sub ? `${sub}/${f}` : f);
  }
  return out;
}

/** A Handlebars error's message without the location suffix, and its 1-based line and column. */
export function errorPosition(error: unknown): { detail: string; line: number; column: number } {
  const e = error as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  let line = typeof e?.lineNumber === 'number' ? e.lineNumber : 1;
  // Handlebars' columns are 0-based
  let column = typeof e?.column === 'number' ? e.column + 1 : 1;
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^/.exec(message);
  if (parse) {
    line = Number(parse[1]);
    column = 1;
    const expecting = /\n(Expecting .*)$/.exec(message);
    return { detail: `parse error${expecting ? ': ' + expecting[1] : ''}`, line, column };
  }
  const first = message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  return { detail: first, line, column };
}

interface AstNode {
  type: string;
  loc?: { start: { line: number; column: number } };
  name?: AstNode & { original?: unknown };
  [key: string]: unknown;
}

/** Literal partial names that are not plain names (`../x`, `/etc/x`). */
function badPartials(ast: unknown): { name: string; line: number; column: number }[] {
  const found: { name: string; line: number; column: number }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as AstNode;
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name) {
      const name = n.name.type === 'PathExpression' || n.name.type === 'StringLiteral' ? n.name.original : undefined;
      if (typeof name === 'string' && !TEMPLATE_NAME.test(name))
        found.push({ name, line: n.loc?.start.line ?? 1, column: (n.loc?.start.column ?? 0) + 1 });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && typeof value === 'object') walk(value);
  };
  walk(ast);
  return found;
}

interface HandlebarsCompiler {
  parse(input: string): unknown;
  Compiler: new () => { compile(ast: unknown, options: object): unknown };
  JavaScriptCompiler: new () => {
    compile(environment: unknown, options: object, context: unknown, asObject: boolean): unknown;
  };
  template(spec: unknown): Handlebars.TemplateDelegate;
}

/**
 * Compile now rather than on first use (Handlebars' `compile` is lazy), so that every syntax or
 * unknown-helper error of every template is known before anything is rendered. The same steps
 * as `Handlebars.compile`; `precompile` would give the same spec as source for a build step.
 */
function compileNow(env: typeof Handlebars, source: string): Handlebars.TemplateDelegate {
  const hb = env as unknown as HandlebarsCompiler;
  const options = { ...COMPILE_OPTIONS };
  const ast = hb.parse(source);
  const bad = badPartials(ast);
  if (bad.length > 0) {
    const b = bad[0]!;
    const err = new Error(`the partial name "${b.name}" is not allowed: use a name like "swot-quadrant" from templates/partials/`);
    Object.assign(err, { lineNumber: b.line, column: b.column - 1 });
    throw err;
  }
  const environment = new hb.Compiler().compile(ast, options);
  const spec = new hb.JavaScriptCompiler().compile(environment, options, undefined, true);
  return hb.template(spec);
}

function templateDiagnostic(file: string, error: unknown): Diagnostic {
  const { detail, line, column } = errorPosition(error);
  return diagnostic({
    code: 'template',
    file,
    line,
    column,
    id: 'template.error',
    args: { detail },
    hintId: 'template.error.hint',
  });
}

/**
 * Read and compile the built-in templates and, over them, the workspace's `templatesDir`: a file
 * there with a built-in's name (`plan.md.hbs`, `partials/section.md.hbs`) replaces it, and new
 * partials may be added. Problems are diagnostics (code `template`), never throws.
 */
export async function loadTemplates(templatesDir?: string): Promise<TemplateSet> {
  const diagnostics: Diagnostic[] = [];
  // root: the real path of the workspace's templates folder, which a workspace template must lie in
  const sources = new Map<string, { path: string; builtin: boolean; root?: string }>();
  const builtin = builtinTemplatesDir();
  for (const rel of await listDir(builtin)) sources.set(rel, { path: path.join(builtin, rel), builtin: true });

  if (templatesDir) {
    let root: string | undefined;
    try {
      root = await realpath(templatesDir);
    } catch {
      root = undefined; // no templates folder: nothing to override
    }
    if (root) {
      for (const rel of await listDir(root)) {
        const file = path.join(templatesDir, rel);
        let real: string;
        try {
          real = await realpath(file);
        } catch (error) {
          // a link to nothing or a loop of links: said as what it is (issue 12 item 2)
          diagnostics.push(diagnostic({ file, ...(await openProblem(file, error)) }));
          continue;
        }
        // a symbolic link must not lead out of the templates folder (SPEC 8)
        if (!real.startsWith(root + path.sep)) {
          diagnostics.push(
            diagnostic({ code: 'template', file, id: 'template.outside', args: { name: rel } }),
          );
          continue;
        }
        const info = infoOf(rel);
        if (info.kind === 'template' && !sources.has(rel)) {
          diagnostics.push(
            diagnostic({
              severity: 'warning',
              code: 'template',
              file,
              id: 'template.unknown',
              args: { name: info.name },
              hintId: 'template.unknown.hint',
              hintArgs: { names: [...sources.keys()].filter((k) => !k.includes('/')).join(', ') },
            }),
          );
          continue;
        }
        sources.set(rel, { path: file, builtin: false, root });
      }
    }
  }

  const house = templatesDir ? await loadHouseStyle(templatesDir, diagnostics) : undefined;
  const precompiled = PRECOMPILED;
  const needsCompiler = !precompiled || [...sources.values()].some((source) => !source.builtin);
  const env: typeof Handlebars = needsCompiler
    ? (await import('./handlebars-full.js')).Handlebars.create()
    : (HandlebarsRuntime as unknown as typeof Handlebars).create();
  // `{{log}}` calls env.log, which writes to the console: a template must not write to the
  // terminal, where its text could carry control sequences or bury the diagnostics (issue 12)
  env.log = () => undefined;
  const set: TemplateSet = { templates: new Map(), partials: new Map(), failed: new Set(), diagnostics, ...(house ? { house } : {}) };
  for (const [rel, source] of sources) {
    const spec = source.builtin ? precompiled?.[rel] : undefined;
    if (spec) {
      const compiled: CompiledTemplate = { ...infoOf(rel), path: source.path, builtin: true, render: env.template(spec as never) };
      (compiled.kind === 'partial' ? set.partials : set.templates).set(compiled.name, compiled);
      continue;
    }
    let text: string;
    if (source.builtin) {
      try {
        text = templateText(await readFile(source.path, 'utf8'));
      } catch (error) {
        diagnostics.push(templateDiagnostic(source.path, error));
        continue;
      }
    } else {
      // a workspace template is read as an input is (issue 12 item 2): inside the templates
      // folder, a regular file (a FIFO hung generate and eject), at most 5 MiB, strict UTF-8
      const read = await readInput(source.path, source.root);
      if ('problem' in read) {
        set.failed.add(infoOf(rel).name);
        diagnostics.push(diagnostic({ file: source.path, ...read.problem }));
        continue;
      }
      text = templateText(read.text);
    }
    try {
      const compiled: CompiledTemplate = {
        ...infoOf(rel),
        path: source.path,
        builtin: source.builtin,
        render: compileNow(env, text),
      };
      (compiled.kind === 'partial' ? set.partials : set.templates).set(compiled.name, compiled);
    } catch (error) {
      set.failed.add(infoOf(rel).name);
      diagnostics.push(templateDiagnostic(source.path, error));
    }
  }
  return set;
}

/** A template file's text as it is compiled: no byte-order mark, `\n` line ends. */
function templateText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * The built-in templates as Handlebars' precompiled JavaScript (the source of a template spec),
 * by path inside the templates folder: what scripts/build.mjs puts into ./precompiled.ts. The same
 * options as compiling at run time.
 */
export async function precompileBuiltins(dir = builtinTemplatesDir()): Promise<Record<string, string>> {
  const { Handlebars: hb } = await import('./handlebars-full.js');
  const out: Record<string, string> = {};
  for (const rel of await listDir(dir)) {
    // without `asObject`, precompile gives the spec as source text (its typings say otherwise)
    const spec: unknown = hb.precompile(templateText(await readFile(path.join(dir, rel), 'utf8')), { ...COMPILE_OPTIONS });
    out[rel] = String(spec);
  }
  return out;
}

/** Where a rendering error came from: the innermost partial, set as the error passes out of it. */
const ERROR_FILE = Symbol('lnhs.templateFile');

export interface RenderFailure {
  error: unknown;
  file: string;
  /** the error follows from a compile error already among the set's diagnostics */
  reported: boolean;
}

/**
 * Render template `name` with the set's partials and the given helpers; a runtime error (a
 * missing field in strict mode, an unknown partial or label) is returned with the file of the
 * template or partial it happened in.
 */
export function runTemplate(
  set: TemplateSet,
  name: string,
  context: object,
  helpers: Record<string, Handlebars.HelperDelegate>,
): { output: string } | RenderFailure {
  const template = set.templates.get(name);
  if (!template) return { error: new Error(`the template ${name} was not compiled`), file: name, reported: set.failed.has(name) };
  const partials: Record<string, Handlebars.TemplateDelegate> = Object.create(null);
  for (const [partialName, partial] of set.partials) {
    partials[partialName] = (ctx: unknown, options?: Handlebars.RuntimeOptions) => {
      try {
        return partial.render(ctx, options);
      } catch (error) {
        if (typeof error === 'object' && error !== null && !(ERROR_FILE in error))
          Object.defineProperty(error, ERROR_FILE, { value: partial.path });
        throw error;
      }
    };
  }
  try {
    return {
      output: template.render(context, {
        helpers,
        partials,
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      }),
    };
  } catch (error) {
    const file =
      typeof error === 'object' && error !== null && ERROR_FILE in error
        ? String((error as Record<symbol, unknown>)[ERROR_FILE])
        : template.path;
    // "The partial section could not be found" when partials/section.md.hbs did not compile
    const missing = /^The partial (\S+) could not be found/.exec(error instanceof Error ? error.message : '');
    return { error, file, reported: missing !== null && set.failed.has(missing[1]!) };
  }
}

export { templateDiagnostic };
export { HOUSE_FILE_LIMIT } from './house-files.js';
