// Writing the outputs (SPEC 8): every file goes to a temporary name in the output folder first
// and is renamed into place only when all of them were written, so a failed run leaves the
// previous outputs untouched. Names are checked so nothing lands outside the output folder.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../model/types.js';

function safeTarget(outDir: string, name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..')) {
    throw new Error(`refusing to write an output named "${name}"`);
  }
  return path.join(outDir, name);
}

/** Write all files into `outDir` or none of them. Returns the paths written. */
export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = safeTarget(outDir, file.name);
      const tmp = path.join(outDir, `.${file.name}.${process.pid}.tmp`);
      await writeFile(tmp, file.content);
      staged.push({ tmp, target });
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw error;
  }
  for (const s of staged) await rename(s.tmp, s.target);
  return staged.map((s) => s.target);
}

/** The names of the files whose content differs from what is on disk (or that are missing). */
export async function changedOutputs(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) {
    const target = safeTarget(outDir, file.name);
    let current: Buffer | undefined;
    try {
      current = await readFile(target);
    } catch {
      current = undefined;
    }
    const next = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    if (!current || !current.equals(next)) changed.push(file.name);
  }
  return changed;
}
