// The library API (issue 5): the same stages the CLI uses, for those who script lnhs.
//   import { loadWorkspace, validate, merge, render } from 'lnhs';
// The pipeline only: the command line is the `lnhs` program, not part of the library (issue 17).
// Internal fields (such as a file's position index) carry an internal tag in their doc comment and
// are left out of the declarations (tsconfig's stripInternal).
export { loadWorkspace } from './workspace/load.js';
export { validate } from './validate/index.js';
export { merge } from './merge/index.js';
export { render, listTemplates } from './render/index.js';
export type { RenderOptions } from './render/index.js';
export { prepareWorkspace, type Prepared } from './pipeline.js';
export { writeOutputs, changedOutputs } from './output/write.js';
export { jsonSchemas } from './model/json-schema.js';
export {
  formatText,
  formatJson,
  formatGithub,
  hasErrors,
  localize,
  type Diagnostic,
  type Severity,
} from './diagnostics.js';
export * from './model/types.js';
export type { LoadedWorkspace, SourceFile } from './workspace/types.js';
