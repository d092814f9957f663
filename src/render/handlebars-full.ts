// Handlebars with its template compiler, for a workspace's own templates. The command-line build
// makes this a bundle of its own (scripts/build.mjs), loaded only when a workspace has templates:
// the built-in ones are precompiled, and the compiler is a fifth of Handlebars (issue 7).
// A named export: a default export would not survive the step from a CommonJS bundle back to
// `import()` in Node's interop mode.
import Handlebars from 'handlebars';

export { Handlebars };
