// Where `init` points the `$schema` line, and how it writes the workspace: all files or none,
// each through a temporary name and a rename (SPEC 8), never over an existing file unless asked.
import { existsSync, readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { writeOutputs } from '../output/write.js';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SchemaName, SchemaRef, ScaffoldFile } from './scaffold.js';

/**
 * The folder of the `lnhs` package this code runs from: the repository when run from a
 * checkout (src/init/… or dist/…), node_modules/lnhs when installed. Found by walking up to
 * the package.json named "lnhs", so it does not depend on how the code was bundled.
 */
export function packageRoot(from: string = import.meta.url): string {
  const start = path.dirname(fileURLToPath(from));
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'lnhs') return dir;
      } catch {
        /* not ours; keep walking */
      }
    }
    if (path.dirname(dir) === dir) return path.resolve(start, '../..');
  }
}

/**
 * `$schema` values relative to each file, pointing at `<root>/schema/<name>.schema.json`: the
 * committed schemas of the repository (issue 4 item 6) or those shipped in the package. A
 * relative path keeps working when the workspace and the checkout move together; across
 * Windows drives, where no relative path exists, a file URL is used.
 */
export function schemaRefs(workspaceDir: string, root: string = packageRoot()): SchemaRef {
  return (rel: string, name: SchemaName) => {
    const schema = path.join(root, 'schema', `${name}.schema.json`);
    const from = path.dirname(path.join(workspaceDir, rel));
    const relative = path.relative(from, schema);
    if (path.isAbsolute(relative)) return pathToFileURL(schema).href;
    return relative.split(path.sep).join('/');
  };
}

/** The files of `files` that already exist in `dir` (as anything: file, folder or link). */
export async function existingFiles(dir: string, files: readonly Pick<ScaffoldFile, 'rel'>[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    try {
      await lstat(path.join(dir, file.rel));
      found.push(file.rel);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') {
        throw error;
      }
    }
  }
  return found;
}

export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Write every file below `dir`, all or none, through the one atomic writer of output/ (SPEC 8);
 * a failure names the file it was writing and why.
 */
export async function writeWorkspace(dir: string, files: readonly ScaffoldFile[]): Promise<string[]> {
  try {
    return await writeOutputs(
      dir,
      files.map((f) => ({ name: f.rel, content: f.content })),
    );
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { target?: string };
    throw new WriteError(e.target ?? e.path ?? dir, e.code ?? e.message);
  }
}
