// marked, loaded on first use: most documents never need it, because markdown-lite.ts renders the
// Markdown our templates write, and marked's start-up (its large regular expressions) is a fifth
// of a cold `lnhs generate` (issue 7).
//
// Every file in src/lazy/ has exactly this shape: one `import * as mod from '…'` and a `load()`
// that returns it. The sources (and so the tests) import the module statically; the build
// (scripts/build.mjs, `lazyModules`) rewrites `load()` into a `require()` that esbuild bundles
// behind a wrapper, so the module's code runs only when `load()` is first called.
import * as mod from 'marked';

export type Module = typeof mod;

export function load(): Module {
  return mod;
}
