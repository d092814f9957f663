// Build: bundle the CLI and the library with esbuild (one file each plus lazily loaded chunks),
// then emit type declarations for the library API. Runs on `npm ci` through `prepare`.
//
// Start-up is most of a run on a real workspace (issue 7, SPEC 9), so the dependencies are bundled
// in and minified: one ES module graph of a few files parses and links far faster than Node
// resolving and compiling a few hundred files of node_modules. Only the packages that commands
// load on demand stay outside: the prompts of `init` and the browser driver for PDFs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

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
  const dir = path.resolve('node_modules/.cache/lnhs-build');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `precompile-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/render/templates.ts'],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    const { precompileBuiltins } = await import(pathToFileURL(file).href);
    const specs = await precompileBuiltins();
    const entries = Object.entries(specs).map(([rel, spec]) => `  ${JSON.stringify(rel)}: ${spec},`);
    return `export const PRECOMPILED = {\n${entries.join('\n')}\n};\n`;
  } finally {
    rmSync(file, { force: true });
  }
}

const precompiled = await precompiledTemplates();
const precompile = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => ({ contents: precompiled, loader: 'js' }));
  },
};

const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['playwright-core', '@inquirer/prompts'],
  plugins: [noSourceMap, precompile],
  // `--no-minify` keeps the names readable in a CPU profile (`node --cpu-prof bin/lnhs.js …`)
  minify: !process.argv.includes('--no-minify'),
  // No `keepNames`: it wraps every function in a `__name(fn, "name")` call that runs at module
  // load and wherever a closure is made — a fifth of `generate plans/example`'s CPU time (issue 7).
  // Unminified builds keep their names anyway; `--keep-names` is there for minified profiles.
  keepNames: process.argv.includes('--keep-names'),
  legalComments: 'none',
  // The bundled CommonJS packages (commander, handlebars) require Node's own modules.
  banner: { js: "import{createRequire as __lnhsRequire}from'node:module';const require=__lnhsRequire(import.meta.url);" },
  sourcemap: false,
  logLevel: 'warning',
  metafile: true,
});

// Which inputs went into which chunk: test/perf checks with it that `--help` and `validate` load
// no prompt, browser or PDF code (issue 7).
writeFileSync('dist/meta.json', JSON.stringify(result.metafile));

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], {
    stdio: 'inherit',
  });
}
