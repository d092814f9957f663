// The built-in templates, precompiled: empty in the sources, filled in by the build
// (scripts/build.mjs replaces this module with the output of templates.ts's precompileBuiltins),
// so that the bundled CLI needs no template compiler for the built-ins (issue 7).
export const PRECOMPILED: Readonly<Record<string, unknown>> | undefined = undefined;
