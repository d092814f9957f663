// Build: bundle the CLI and the library with esbuild (one file each plus lazily loaded chunks),
// then emit type declarations for the library API. Runs on `npm ci` through `prepare`.
//
// Start-up is most of a run on a real workspace (issue 7, SPEC 9), so the dependencies are bundled
// in and minified: one ES module graph of a few files parses and links far faster than Node
// resolving and compiling a few hundred files of node_modules. Only the packages that commands
// load on demand stay outside: the prompts of `init` and the browser driver for PDFs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importTs } from './import-ts.mjs';

rmSync('dist', { recursive: true, force: true });

/** Handlebars' compiler requires `source-map` only for source maps of compiled templates, which lnhs never asks for. */
const noSourceMap = {
  name: 'no-source-map',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'lnhs-empty' }));
    b.onLoad({ filter: /.*/, namespace: 'lnhs-empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/**
 * The built-in templates precompiled (src/render/precompiled.ts is empty in the sources): the
 * precompiling code is templates.ts's own, bundled on its own and run here, so the options are
 * the ones used at run time for a workspace's templates.
 */
async function precompiledTemplates() {
  const { precompileBuiltins } = await importTs('src/render/templates.ts');
  // The folder is given: the bundle runs from node_modules/.cache, and where node_modules is a
  // symlink (a git worktree sharing another checkout's) the templates found by walking up from
  // there would be the other checkout's.
  const specs = await precompileBuiltins(path.resolve('templates'));
  const entries = Object.entries(specs).map(([rel, spec]) => `  ${JSON.stringify(rel)}: ${spec},`);
  return `export const PRECOMPILED = {\n${entries.join('\n')}\n};\n`;
}

const precompiled = await precompiledTemplates();
const precompile = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => ({ contents: precompiled, loader: 'js' }));
  },
};

/**
 * The modules of src/lazy/ (see src/lazy/marked.ts): in the sources `load()` returns a statically
 * imported module, so the first `load()` must be what runs the module's code — a synchronous lazy
 * import (issue 7). In the library, `load()` becomes a `require()`, which esbuild bundles behind a
 * wrapper that runs the module on first call. On the command line each becomes a bundle of its
 * own, `cli-lazy-<name>.cjs`, that bin/lnhs.cjs reads (with its code cache) only when called:
 * the main bundle, read on every start, stays smaller. `except` is the lazy module a bundle is
 * built from, which keeps its real contents there.
 */
const LAZY_FILE = /[\\/]src[\\/]lazy[\\/]([^\\/]+)\.ts$/;
const lazyBundle = (file) => `cli-lazy-${LAZY_FILE.exec(file)[1]}.cjs`;
function lazyModules(mode, except) {
  return {
    name: 'lazy-modules',
    setup(b) {
      b.onLoad({ filter: LAZY_FILE }, (args) => {
        if (except && path.resolve(args.path) === path.resolve(except)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const from = /^import \* as mod from '([^']+)';$/m.exec(text)?.[1];
        if (!from || !text.includes('export function load(): Module {\n  return mod;\n}')) {
          return { errors: [{ text: `${args.path} does not have the shape of src/lazy/marked.ts` }] };
        }
        const contents =
          mode === 'require'
            ? `export function load() { return require(${JSON.stringify(from)}); }\n`
            : // `__lnhsLoad` is bin/lnhs.cjs's loader, handed to every bundle it runs
              `export function load() { return __lnhsLoad(${JSON.stringify(lazyBundle(args.path))}).load(); }\n`;
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}
const LAZY_ENTRIES = readdirSync('src/lazy')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.resolve('src/lazy', f));

const minify = !process.argv.includes('--no-minify');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['playwright-core', '@inquirer/prompts'],
  // `--no-minify` keeps the names readable in a CPU profile (`node --cpu-prof bin/lnhs.cjs …`)
  minify,
  // No `keepNames`: it wraps every function in a `__name(fn, "name")` call that runs at module
  // load and wherever a closure is made — a fifth of `generate plans/example`'s CPU time (issue 7).
  // Unminified builds keep their names anyway; `--keep-names` is there for minified profiles.
  keepNames: process.argv.includes('--keep-names'),
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  metafile: true,
};

// The library (`import … from 'lnhs'`): ES modules, split into chunks loaded on demand.
const library = await build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  plugins: [noSourceMap, precompile, lazyModules('require')],
  // The bundled CommonJS packages (commander, handlebars) require Node's own modules.
  banner: { js: "import{createRequire as __lnhsRequire}from'node:module';const require=__lnhsRequire(import.meta.url);" },
});

/**
 * The command line: CommonJS bundles, run by bin/lnhs.cjs through V8's code cache. dist/cli.cjs
 * holds all that `--help`, `validate`, `generate` and the other everyday commands need; what only
 * some runs need is a bundle of its own, loaded when first imported, so that `--help` and
 * `validate` read no prompt, browser or PDF code (SPEC 9) and `generate` with the built-in
 * (precompiled) templates no template compiler.
 */
const SPLIT = [
  { name: 'cli-pdf.cjs', entry: 'src/output/pdf.ts', filter: /[\\/]output[\\/]pdf\.js$/ },
  // Word output (issue 15): the docx library is the size of everything else together
  { name: 'cli-docx.cjs', entry: 'src/output/docx.ts', filter: /[\\/]output[\\/]docx\.js$/ },
  { name: 'cli-init.cjs', entry: 'src/cli/commands/init.ts', filter: /[\\/]commands[\\/]init\.js$/ },
  // `indicators import` writes files as `init` does (src/init/files.ts)
  // `board add|remove` writes a board file from init's scaffold (issue 13)
  { name: 'cli-board.cjs', entry: 'src/cli/commands/board.ts', filter: /[\\/]commands[\\/]board\.js$/ },
  { name: 'cli-indicators.cjs', entry: 'src/cli/commands/indicators.ts', filter: /[\\/]commands[\\/]indicators\.js$/ },
  // `monitoring init` writes a file as `board add` does (issue 16)
  { name: 'cli-monitoring.cjs', entry: 'src/cli/commands/monitoring.ts', filter: /[\\/]commands[\\/]monitoring\.js$/ },
  { name: 'cli-handlebars.cjs', entry: 'src/render/handlebars-full.ts', filter: /(^|[\\/])handlebars-full\.js$/ },
];
const splitOff = {
  name: 'split-off',
  setup(b) {
    for (const { name, filter } of SPLIT) b.onResolve({ filter }, () => ({ path: name, namespace: 'lnhs-split' }));
    // `__lnhsLoad` is bin/lnhs.cjs's loader, handed to every bundle it runs
    b.onLoad({ filter: /.*/, namespace: 'lnhs-split' }, (args) => ({
      contents: `module.exports = __lnhsLoad(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
/**
 * commander requires `node:child_process` at load, for subcommands that are programs of their
 * own, which lnhs has none of; it and the modules it pulls in cost a few milliseconds of every
 * start (issue 7). Here it is required on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lnhs-lazy-cp' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lnhs-lazy-cp' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
const cjs = {
  ...common,
  format: 'cjs',
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  // import() of the prompts and the browser driver becomes require(): bundles run as scripts,
  // which have no ES module loader behind them
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__lnhsModuleUrl' },
  banner: { js: "var __lnhsModuleUrl=require('node:url').pathToFileURL(__filename).href;" },
};
const cli = await build({
  ...cjs,
  entryPoints: { cli: 'src/cli/main.ts' },
  plugins: [noSourceMap, precompile, lazyModules('bundle'), splitOff, lazyChildProcess],
});
// Every other bundle on its own, one build each: a lazy module is its own bundle's entry, and a
// call of its bundle everywhere else.
const separate = [...SPLIT.map((s) => [s.name, path.resolve(s.entry)]), ...LAZY_ENTRIES.map((entry) => [lazyBundle(entry), entry])];
const parts = await Promise.all(
  separate.map(([name, entry]) =>
    build({
      ...cjs,
      entryPoints: { [name.replace(/\.cjs$/, '')]: entry },
      plugins: [noSourceMap, precompile, lazyModules('bundle', entry)],
    }),
  ),
);
const cliBuilds = [cli, ...parts];

// The bundles must be ASCII: V8 then holds their source one byte per character, and esbuild
// escapes non-ASCII everywhere but in regular expression literals (write `\u00e4` there) and in
// the comments that an unminified build keeps (so only minified builds are checked, for this
// and for what follows).
for (const file of minify ? cliBuilds.flatMap((r) => Object.keys(r.metafile.outputs)) : []) {
  const text = readFileSync(file, 'utf8');
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`${file} is not ASCII at ${at}: …${text.slice(Math.max(0, at - 60), at + 10)}…`);
  // bin/lnhs.cjs runs bundles as scripts, which have no ES module loader for an `import()`
  const dynamic = text.search(/\bimport\(/);
  if (dynamic >= 0) throw new Error(`${file} has an import() at ${dynamic}: …${text.slice(Math.max(0, dynamic - 60), dynamic + 30)}…`);
}

// Which inputs went into which file: test/lazy-loading checks with it that `--help` and `validate` load
// no prompt, browser or PDF code (issue 7).
const meta = { inputs: {}, outputs: {} };
for (const r of [library, ...cliBuilds]) {
  Object.assign(meta.inputs, r.metafile.inputs);
  Object.assign(meta.outputs, r.metafile.outputs);
}
writeFileSync('dist/meta.json', JSON.stringify(meta));

// V8's code cache for each bundle, made by running the commands once (scripts/code-cache.mjs).
if (!process.argv.includes('--no-cache')) {
  execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
}

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], {
    stdio: 'inherit',
  });
}
