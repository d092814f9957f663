#!/usr/bin/env node
// The `lnhs` command. Everything else lives in src/cli/main.ts (so the CLI runs in-process in
// tests), bundled by scripts/build.mjs into dist/cli.cjs.
//
// Why CommonJS and a loader of our own (issue 7, SPEC 9: a cold `lnhs generate` within 2× of a
// bare `node -e ''`): Node 20 can keep V8's compiled code between runs only for scripts it is
// handed as source (`vm.Script` with `cachedData`); its ES module loader has no such cache
// (`module.enableCompileCache` came in Node 22) and costs some 10 ms of its own to start. The
// build runs the commands once and saves V8's code cache beside each bundle (dist/*.cjs.cache), so
// a run deserializes compiled code instead of parsing and compiling about 600 kB of JavaScript.
// A cache that V8 rejects (another Node version, other V8 flags) is ignored: the bundle then
// compiles as any script would.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const DIST = path.join(__dirname, '..', 'dist');

/**
 * Which cache: the build's V8 code cache beside each bundle (dist/*.cjs.<V8 version>.cache),
 * handed to `vm.Script`, whenever one was made by this very V8 — on Node 22 and 24 it measured
 * about 10 % faster than Node's own compile cache (docs/performance.md, issue 17). Otherwise,
 * on Node 22.1 and later, Node's compile cache (`module.enableCompileCache()`, as Vite,
 * changesets and Eleventy do): made in the system's temporary folder on the first run and checked
 * against each file's content and the Node version, so always valid for the Node that runs it;
 * the bundles are then plain `require()`s. LNHS_LOADER=vm or =compile chooses (the bench).
 */
const forced = process.env.LNHS_LOADER;
const ownV8Cache = () => fs.existsSync(path.join(DIST, `cli.cjs.${process.versions.v8}.cache`));
const compileCache =
  typeof Module.enableCompileCache === 'function' && forced !== 'vm' && (forced === 'compile' || !ownV8Cache());
if (compileCache && require.main === module) Module.enableCompileCache();

/** The scripts compiled in this process (Node 20 path), by bundle name: scripts/code-cache.mjs saves their caches. */
const compiled = new Map();

/**
 * The exports of the CommonJS bundle `dist/<name>`, run once per process. Bundles load the
 * others they need (PDF printing, `init`, the template compiler) through this same function,
 * `__lnhsLoad`. They go into `require.cache` as any module would, so tools that list loaded
 * modules see them.
 */
function load(name) {
  const file = path.join(DIST, name);
  const known = require.cache[file];
  if (known) return known.exports;
  if (compileCache) return require(file);
  const source = fs.readFileSync(file, 'utf8');
  let cachedData;
  try {
    // Made by scripts/code-cache.mjs with the Node that built dist/; another V8 rejects it and the
    // bundle compiles as usual. V8 checks a cache against the source's length, not its text: a
    // bundle changed after its cache was made must not run the old compiled code, so an older
    // cache is left alone.
    const cache = `${file}.${process.versions.v8}.cache`;
    if (fs.statSync(cache).mtimeMs >= fs.statSync(file).mtimeMs) cachedData = fs.readFileSync(cache);
  } catch {
    // no cache for this V8 (a build with --no-cache, or by another Node): compile as usual
  }
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __lnhsLoad) {${source}\n})`,
    { filename: file, cachedData },
  );
  compiled.set(name, script);
  const mod = new Module(file, module);
  mod.filename = file;
  require.cache[file] = mod;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, DIST, load);
  mod.loaded = true;
  return mod.exports;
}
// a bundle run by require() finds the loader as a global
if (compileCache) globalThis.__lnhsLoad = load;

module.exports = { load, compiled };

/**
 * `stream`, guarded (issue 12): when its reader goes away (`lnhs schema | head`, EPIPE) the run
 * ends quietly; any other failure to write (ENOSPC on /dev/full, EBADF, EIO) is one line on the
 * other stream, if that still works, and exit 1 — never a stack trace.
 */
function guarded(stream, name) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (name === 'stdout') {
      try {
        fs.writeSync(2, `lnhs: cannot write to ${name}: ${error.code || error.message}\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left
      }
    }
    process.exit(1);
  });
  return stream;
}

/** The current folder, or a one-line exit 1 when it was deleted under us (issue 12). */
function currentFolder() {
  try {
    return process.cwd();
  } catch (error) {
    try {
      fs.writeSync(2, `lnhs: the current folder no longer exists (${error.code || error.message}); change to an existing folder\n`);
    } catch {
      /* nothing to tell it to */
    }
    process.exit(1);
  }
}

if (require.main === module) {
  const cwd = currentFolder();
  load('cli.cjs')
    .run(process.argv.slice(2), {
      // only `init` reads stdin; opening the stream costs a couple of milliseconds (issue 7)
      get stdin() {
        return process.stdin;
      },
      stdout: guarded(process.stdout, 'stdout'),
      stderr: guarded(process.stderr, 'stderr'),
      env: process.env,
      cwd,
    })
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error) => {
        // run() handles every error it knows; one that escapes it is still one line, exit 70
        try {
          fs.writeSync(2, `lnhs: internal error: ${error && error.message ? error.message : String(error)}\n`);
        } catch {
          /* stderr is gone */
        }
        process.exitCode = 70;
      },
    );
}
