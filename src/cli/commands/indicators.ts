// `lnhs indicators import <file> [dir]` (SPEC 2.4, issue 3 item 4): a Sotkanet JSON export
// becomes the workspace's indicators.yaml. It is one of the two commands that write an input
// file (SPEC 8), so it writes a new file atomically and never replaces one without --force.
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, hasErrors } from '../../diagnostics.js';
import { sotkanetToIndicators, toIndicatorsYaml } from '../../indicators/import.js';
import { schemaRefs } from '../../init/files.js';
import { t } from '../../messages/index.js';
import type { Lang } from '../../model/types.js';
import type { CommandContext } from '../context.js';
import { reportDiagnostics } from '../report.js';

export interface IndicatorsImportOptions {
  force?: boolean;
  metadata?: string;
  region?: string;
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

  const isDir = await stat(workspace).then((s) => s.isDirectory(), () => false);
  if (!isDir) {
    ctx.err(`lnhs: ${t('workspace.notFound', { dir: displayPath(workspace, cwd) }, ctx.locale)}`);
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
    // the same relative path to the committed schema that `init` writes (issue 4 item 6)
    schema: schemaRefs(workspace)(FILE_NAME, 'indicators'),
  });
  const written = await writeAtomically(target, yaml, options.force === true);
  if (!written) {
    refuse(ctx, shownTarget);
    return 1;
  }
  ctx.progress(t('indicators.wrote', { file: shownTarget, count: indicators.length }, ctx.locale));
  return 0;
}

function refuse(ctx: CommandContext, shownTarget: string): void {
  ctx.err(`lnhs: ${t('indicators.exists', { file: shownTarget }, ctx.locale)}`);
  ctx.err(t('indicators.exists.hint', {}, ctx.locale));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function readText(ctx: CommandContext, file: string): Promise<string | undefined> {
  try {
    return await readFile(ctx.resolve(file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    ctx.err(`lnhs: ${file}: ${t('file.unreadable', { reason }, ctx.locale)}`);
    return undefined;
  }
}

/** Titles from the metadata in the plan's language, when plan.yaml says one; else Finnish. */
async function planLanguage(workspace: string): Promise<Lang> {
  const text = await readFile(path.join(workspace, 'plan.yaml'), 'utf8').catch(() => '');
  const m = /^language:\s*["']?(fi|sv|en)["']?\s*(#.*)?$/m.exec(text);
  return (m?.[1] as Lang | undefined) ?? 'fi';
}

/**
 * Write to a temporary file beside the target, then move it into place. Without `force` the move
 * is a hard link, which fails when the target appeared meanwhile; with it, a rename that replaces.
 * Returns false when the target exists and may not be replaced.
 */
async function writeAtomically(target: string, content: string, force: boolean): Promise<boolean> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await writeFile(tmp, content, { flag: 'w' });
  try {
    if (force) {
      await rename(tmp, target);
      return true;
    }
    try {
      await link(tmp, target);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // a file system without hard links: check, then rename
      if (await exists(target)) return false;
      await rename(tmp, target);
      return true;
    }
  } finally {
    await rm(tmp, { force: true });
  }
}
