// `lnhs validate [dir]`: load and check every input; print all diagnostics together.
import { hasErrors } from '../../diagnostics.js';
import { loadWorkspace } from '../../workspace/load.js';
import { validate } from '../../validate/index.js';
import type { CommandContext } from '../context.js';
import { reportDiagnostics, type DiagnosticsFormat } from '../report.js';
import { cliText } from '../text.js';

export interface ValidateOptions {
  strict?: boolean;
  format?: DiagnosticsFormat;
}

export async function validateCommand(dir: string | undefined, options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const workspace = dir ?? '.';
  const format = options.format ?? 'text';
  const loaded = await loadWorkspace(ctx.resolve(workspace), { label: workspace });
  const { model, diagnostics } = validate(loaded);
  // json and github are what the caller asked for: they go to stdout; text goes to stderr.
  reportDiagnostics(ctx, diagnostics, format, { toStdout: format !== 'text' });
  const failed = hasErrors(diagnostics, options.strict);
  if (format === 'text' && !failed && diagnostics.length === 0) {
    ctx.progress(cliText('validate.ok', ctx.locale, { dir: workspace, boards: model?.boards.length ?? 0 }));
  }
  return failed ? 1 : 0;
}
