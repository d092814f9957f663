// `lnhs validate [dir]`: load and check every input; print all diagnostics together.
// `lnhs validate <file>` checks one input on its own (issue 13 item 1): a board file sent by
// e-mail, checked by the board's secretary. With a workspace above the file, the cross-file
// rules apply too; only the file's own problems are reported.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics.js';
import { loadWorkspace } from '../../workspace/load.js';
import { readInput } from '../../workspace/read.js';
import { FILE_RULES, validate } from '../../validate/index.js';
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
  if (await isFileArgument(ctx.resolve(workspace))) return validateFile(workspace, options, ctx);
  const loaded = await loadWorkspace(ctx.resolve(workspace), { label: workspace });
  const { model, diagnostics } = validate(loaded);
  const failed = finish(ctx, diagnostics, options);
  if (format === 'text' && !failed && diagnostics.length === 0) {
    ctx.progress(cliText('validate.ok', ctx.locale, { dir: workspace, boards: model?.boards.length ?? 0 }));
  }
  return failed ? 1 : 0;
}

/**
 * A YAML file, or a path that names one (which may not exist: that is then the message). A file
 * of another name is taken as one input only when its place or text says which input it is;
 * else it is a workspace given as a file, and issue 12's message says so ("is a file, not a folder").
 */
async function isFileArgument(resolved: string): Promise<boolean> {
  if (/\.ya?ml$/i.test(resolved)) {
    // a folder named x.yaml is still a workspace
    return !(await stat(resolved).then((s) => s.isDirectory(), () => false));
  }
  if (!(await stat(resolved).then((s) => s.isFile(), () => false))) return false;
  const { kindFromPath, kindFromText } = await import('../../workspace/single.js');
  if (kindFromPath(resolved)) return true;
  const read = await readInput(resolved);
  return 'text' in read && kindFromText(read.text.slice(0, 64 * 1024)) !== undefined;
}

async function validateFile(file: string, options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const format = options.format ?? 'text';
  const resolved = ctx.resolve(file);
  const { loadSingleFile } = await import('../../workspace/single.js');
  const single = await loadSingleFile(resolved);
  let diagnostics: Diagnostic[] = single.loaded.diagnostics;
  if (single.target) {
    const { diagnostics: all } = validate(single.loaded, single.workspace ? {} : { rules: FILE_RULES });
    // only the file's own problems: the others belong to other people's files
    const mine = path.resolve(single.target.file);
    diagnostics = all.filter((d) => path.resolve(d.file) === mine);
  }
  const failed = finish(ctx, diagnostics, options);
  if (format === 'text' && !failed && diagnostics.length === 0 && single.target) {
    const key = single.workspace ? 'validate.fileOkWorkspace' : 'validate.fileOk';
    ctx.progress(
      cliText(key, ctx.locale, { file, kind: single.target.kind, dir: path.relative(ctx.io.cwd, single.workspace ?? '') || '.' }),
    );
  }
  return failed ? 1 : 0;
}

function finish(ctx: CommandContext, diagnostics: readonly Diagnostic[], options: ValidateOptions): boolean {
  const format = options.format ?? 'text';
  // json and github are what the caller asked for: they go to stdout; text goes to stderr.
  reportDiagnostics(ctx, diagnostics, format, { toStdout: format !== 'text' });
  return hasErrors(diagnostics, options.strict);
}
