// The library API (issue 5): the same stages the CLI uses, for those who script lnhs.
//   import { loadWorkspace, validate, merge, render } from 'lnhs';
// The pipeline only: the command line is the `lnhs` program, not part of the library (issue 17).
// Internal fields (such as a file's position index) carry an internal tag in their doc comment and
// are left out of the declarations (tsconfig's stripInternal).
export { loadWorkspace } from './workspace/load.js';
export { validate } from './validate/index.js';
export { merge } from './merge/index.js';
export { render, renderReport, listTemplates } from './render/index.js';
export type { RenderOptions, ReportRenderOptions } from './render/index.js';
// the yearly monitoring report (issue 16): buildReport(merged, year) → renderReport(merged, report, …)
export { buildReport } from './monitoring/report.js';
export type { MonitoringReport, ReportAction, ReportGoal, ReportIndicator, ReportStatus, IndicatorJudgement, ReportChanges, StatusChange } from './monitoring/report.js';
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
