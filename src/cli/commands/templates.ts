// `lnhs templates list` and `lnhs templates eject [dir]` (issue 4): the built-in templates, and
// copies of them in the workspace's templates/ folder, which then override the built-ins.
import { readFile } from 'node:fs/promises';
import { writeOutputs } from '../../output/write.js';
import path from 'node:path';
import { builtinTemplatesDir, listTemplates } from '../../render/index.js';
import { UsageError, type CommandContext } from '../context.js';
import { exists } from '../../fs/exists.js';

export async function templatesListCommand(ctx: CommandContext): Promise<number> {
  const base = builtinTemplatesDir();
  const rows = listTemplates().map((t) => [t.file, t.kind] as const);
  const width = rows.reduce((w, r) => Math.max(w, r[0].length), 4);
  for (const [file, kind] of rows) ctx.out(`${file.padEnd(width)}  ${kind}`);
  ctx.progress(ctx.locale === 'fi' ? `Sisäänrakennetut mallipohjat: ${base}` : `Built-in templates: ${base}`);
  return 0;
}

export async function templatesEjectCommand(
  dir: string | undefined,
  options: { only?: string; force?: boolean },
  ctx: CommandContext,
): Promise<number> {
  const base = builtinTemplatesDir();
  const all = listTemplates();
  // `--only` takes the template's name (`plan`), its file (`plan.md.hbs`) or its path (`partials/section.md.hbs`)
  const chosen = options.only
    ? all.filter(
        (t) =>
          t.name === options.only ||
          // a template's name is `plan.md`; `plan` alone is what the help promises
          t.name.replace(/\.md$/, '') === options.only ||
          t.file === options.only ||
          path.basename(t.file) === options.only,
      )
    : all;
  if (chosen.length === 0) {
    throw new UsageError(`no built-in template "${options.only}"; see 'lnhs templates list'`);
  }
  const targetDir = path.resolve(ctx.io.cwd, dir ?? '.', 'templates');
  const plan = chosen.map((t) => ({ from: path.join(base, t.file), to: path.join(targetDir, t.file) }));
  if (!options.force) {
    const existing: string[] = [];
    for (const p of plan) if (await exists(p.to)) existing.push(path.relative(ctx.io.cwd, p.to));
    if (existing.length > 0) {
      ctx.err(
        ctx.locale === 'fi'
          ? `lnhs: nämä mallipohjat ovat jo olemassa: ${existing.join(', ')}. Käytä --force korvataksesi ne.`
          : `lnhs: these templates exist already: ${existing.join(', ')}. Use --force to overwrite them.`,
      );
      return 1;
    }
  }
  // All templates or none, through the one atomic writer (issue 12): the workspace's templates/
  // may not be a link (a repository could point it anywhere), nor any folder below it, and a
  // file or folder in the way is one line and exit 1.
  const files = await Promise.all(chosen.map(async (t) => ({ name: t.file, content: await readFile(path.join(base, t.file)) })));
  const written = await writeOutputs(targetDir, files, { exclusive: !options.force });
  for (const file of written) ctx.progress(path.relative(ctx.io.cwd, file));
  return 0;
}

