// `lnhs diff <old> <new>`: what changed between two workspaces (issue 4).
import { hasErrors } from '../../diagnostics.js';
import { prepareWorkspace } from '../../pipeline.js';
import { diffWorkspaces, formatDiffJson, formatDiffText } from '../../diff/index.js';
import type { CommandContext } from '../context.js';
import { reportDiagnostics } from '../report.js';

export async function diffCommand(
  oldDir: string,
  newDir: string,
  options: { format?: 'text' | 'json' },
  ctx: CommandContext,
): Promise<number> {
  const [before, after] = await Promise.all([
    prepareWorkspace(ctx.resolve(oldDir), { label: oldDir }),
    prepareWorkspace(ctx.resolve(newDir), { label: newDir }),
  ]);
  const diagnostics = [...before.diagnostics, ...after.diagnostics];
  reportDiagnostics(ctx, diagnostics, 'text');
  if (!before.merged || !after.merged || hasErrors(diagnostics)) return 1;
  const diff = diffWorkspaces(before.merged, after.merged);
  ctx.out(options.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff, ctx.locale));
  return 0;
}
