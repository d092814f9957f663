// Printing diagnostics for a command: text (with source line and caret), json or github, to
// stderr — except json/github asked for by `validate`, which are its result and go to stdout.
import {
  formatGithub,
  formatJson,
  formatSummary,
  formatText,
  summarize,
  type Diagnostic,
} from '../diagnostics.js';
import { formatMarkdownTable } from '../diagnostics.js';
import { appendStepSummary } from '../output/step-summary.js';
import type { CommandContext } from './context.js';

export type DiagnosticsFormat = 'text' | 'json' | 'github';

export function reportDiagnostics(
  ctx: CommandContext,
  diagnostics: readonly Diagnostic[],
  format: DiagnosticsFormat,
  options: { toStdout?: boolean; command?: string } = {},
): void {
  const write = options.toStdout ? ctx.out : ctx.err;
  const cwd = ctx.io.cwd;
  if (format === 'json') {
    write(formatJson(diagnostics, { locale: ctx.locale, cwd }));
    return;
  }
  if (format === 'github') {
    if (diagnostics.length > 0) write(formatGithub(diagnostics, { locale: ctx.locale, cwd }));
    // every diagnostic, also those beyond GitHub's annotation limit (issue 13 item 8)
    const summary = ctx.io.env.GITHUB_STEP_SUMMARY;
    if (summary && diagnostics.length > 0) {
      appendStepSummary(summary, formatMarkdownTable(diagnostics, { locale: ctx.locale, cwd, title: `lnhs ${options.command ?? 'validate'}` }));
    }
    return;
  }
  if (diagnostics.length === 0) return;
  const paint = options.toStdout ? ctx.paint : ctx.paintErr;
  write(formatText(diagnostics, { locale: ctx.locale, paint, cwd }) + '\n');
  write(formatSummary(summarize(diagnostics), ctx.locale));
}
