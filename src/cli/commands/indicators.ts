// `lnhs indicators import <file> [dir]` (SPEC 2.4, issue 3 item 4): a Sotkanet JSON export
// becomes the workspace's indicators.yaml. It is one of the two commands that write an input
// file (SPEC 8), so it writes a new file atomically and never replaces one without --force.
import { lstat } from 'node:fs/promises';
import { readLimited } from '../../fs/read-limited.js';
import { folderProblem } from '../../workspace/find.js';
import { openProblem } from '../../workspace/read.js';
import { writeOutputs } from '../../output/write.js';
import { fsErrorCode } from '../fs-error.js';
import path from 'node:path';
import { displayPath, hasErrors } from '../../diagnostics.js';
import { sotkanetToIndicators, toIndicatorsYaml } from '../../indicators/import.js';
import { schemaRefFor } from '../../init/schema-ref.js';
import { t } from '../../messages/index.js';
import type { Lang } from '../../model/types.js';
import type { CommandContext } from '../context.js';
import { reportDiagnostics } from '../report.js';
import { exists } from '../../fs/exists.js';

export interface IndicatorsImportOptions {
  force?: boolean;
  metadata?: string;
  region?: string;
  /** `$schema` line: the published URL (default) or a local path (issue 13 item 2) */
  schema?: 'url' | 'local';
}

const FILE_NAME = 'indicators.yaml';

export async function indicatorsImportCommand(
  file: string,
  dir: string | undefined,
  options: IndicatorsImportOptions,
  ctx: CommandContext,
): Promise<number> {
  const cwd = ctx.io.cwd;
  const workspace = ctx.resolve(dir ?? '.');
  const target = path.join(workspace, FILE_NAME);
  const shownTarget = displayPath(target, cwd);

  // a file, FIFO, link loop or unreadable folder is said as what it is (issue 12 item 2)
  const problem = await folderProblem(workspace);
  if (problem) {
    ctx.err(`lnhs: ${t(problem.id, { ...problem.args, dir: displayPath(workspace, cwd) }, ctx.locale)}`);
    return 1;
  }
  if (!options.force && (await exists(target))) {
    refuse(ctx, shownTarget);
    return 1;
  }

  const text = await readText(ctx, file);
  if (text === undefined) return 1;
  let metadata: string | undefined;
  if (options.metadata !== undefined) {
    metadata = await readText(ctx, options.metadata);
    if (metadata === undefined) return 1;
  }

  const { indicators, diagnostics } = sotkanetToIndicators(text, {
    file,
    ...(metadata !== undefined ? { metadata, metadataFile: options.metadata } : {}),
    ...(options.region !== undefined ? { region: options.region } : {}),
    lang: await planLanguage(workspace),
  });
  reportDiagnostics(ctx, diagnostics, 'text');
  if (hasErrors(diagnostics)) return 1;

  const yaml = toIndicatorsYaml(indicators, {
    comment: `Imported from ${path.basename(file)} by \`lnhs indicators import\`.`,
    // what `init` writes: the published URL, or with --schema local the relative path (issue 13)
    schema: schemaRefFor(workspace, options.schema === 'local' ? 'local' : 'url')(FILE_NAME, 'indicators'),
  });
  // the one atomic writer (issue 12): an exclusive temporary file, the workspace locked, and
  // without --force a hard link that fails if indicators.yaml appeared meanwhile
  try {
    await writeOutputs(workspace, [{ name: FILE_NAME, content: yaml }], { exclusive: options.force !== true, allowLinkedRoot: true });
  } catch (error) {
    if (fsErrorCode(error) === 'EEXIST' && (error as { target?: unknown }).target === target) {
      refuse(ctx, shownTarget);
      return 1;
    }
    throw error;
  }
  ctx.progress(t('indicators.wrote', { file: shownTarget, count: indicators.length }, ctx.locale));
  return 0;
}

function refuse(ctx: CommandContext, shownTarget: string): void {
  ctx.err(`lnhs: ${t('indicators.exists', { file: shownTarget }, ctx.locale)}`);
  ctx.err(t('indicators.exists.hint', {}, ctx.locale));
}

async function isLink(file: string): Promise<boolean> {
  return lstat(file).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
}


/** The text of a JSON file to import: a regular file within the size limit (issue 12: a FIFO hung, 62 MB were read). */
async function readText(ctx: CommandContext, file: string): Promise<string | undefined> {
  const resolved = ctx.resolve(file);
  try {
    return (await readLimited(resolved)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !(await isLink(resolved))) {
      ctx.err(`lnhs: ${file}: ${t('file.unreadable', { reason: 'no such file' }, ctx.locale)}`);
      return undefined;
    }
    // too large, a folder, FIFO, socket or device, a link to nothing: the same words as for an input
    const problem = await openProblem(resolved, error);
    ctx.err(`lnhs: ${file}: ${t(problem.id, problem.args ?? {}, ctx.locale)}`);
    return undefined;
  }
}

/** Titles from the metadata in the plan's language, when plan.yaml says one; else Finnish. */
async function planLanguage(workspace: string): Promise<Lang> {
  const text = await readLimited(path.join(workspace, 'plan.yaml')).then(
    (b) => b.toString('utf8'),
    () => '',
  );
  const m = /^language:\s*["']?(fi|sv|en)["']?\s*(#.*)?$/m.exec(text);
  return (m?.[1] as Lang | undefined) ?? 'fi';
}
