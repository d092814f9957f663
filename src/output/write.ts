// Writing the outputs (SPEC 8): every file goes to a temporary name in the output folder first
// and is renamed into place only when all of them were written, so a failed run leaves the
// previous outputs untouched. Names are checked so nothing lands outside the output folder.
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../model/types.js';

// one path segment: a name, optionally hidden (`.gitignore`), never `.` or `..`
const SEGMENT = /^\.?[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The target of `name` (`plan.md`, or `boards/perusturva.yaml` with folders) inside `root`. */
function safeTarget(root: string, name: string): string {
  const segments = name.split('/');
  if (!segments.every((s) => SEGMENT.test(s) && !s.includes('..'))) {
    throw new Error(`refusing to write an output named "${name}"`);
  }
  return path.join(root, ...segments);
}

/**
 * Write all files below `outDir` or none of them; names may contain folders (`boards/x.yaml`),
 * which are created. Returns the paths written. `init` writes a new workspace with it too.
 */
export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  // every name is checked before anything is written
  const staged = files.map((file) => {
    const target = safeTarget(outDir, file.name);
    const dir = path.dirname(target);
    const base = path.basename(target);
    return {
      file,
      dir,
      target,
      tmp: path.join(dir, `.${base}.${process.pid}.tmp`),
      backup: path.join(dir, `.${base}.${process.pid}.bak`),
    };
  });
  // The temporary files are written side by side (a cold `generate` waited on some 20 file
  // operations in a row, issue 7); all of them are settled before any failure is acted on, so
  // that the clean-up cannot run ahead of a write still under way, and the first failure in file
  // order is the one reported.
  const written = await Promise.allSettled(
    staged.map(async (s) => {
      // issue 5: a folder (or anything but a file) where an output goes would make the rename
      // fail halfway through; refuse before anything is replaced
      const existing = await lstat(s.target).catch(() => undefined);
      if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
        throw new OutputWriteError(s.target, 'EISDIR', 'is not a file');
      }
      if (s.dir !== outDir) await mkdir(s.dir, { recursive: true });
      await writeFile(s.tmp, s.file.content);
    }),
  );
  const failed = written.find((r) => r.status === 'rejected');
  if (failed) {
    // a temporary file may never have been made (its folder could not be), so removing one may fail
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true }).catch(() => undefined)));
    throw failed.reason;
  }
  // Put the new files in place one by one, keeping each old one aside until all are in place,
  // so that a rename failing halfway (issue 5) can put every earlier file back as it was.
  const done: { target: string; backup?: string }[] = [];
  try {
    for (const s of staged) {
      const backedUp = await rename(s.target, s.backup).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      done.push(backedUp ? { target: s.target, backup: s.backup } : { target: s.target });
      await rename(s.tmp, s.target);
    }
  } catch (error) {
    for (const d of done.reverse()) {
      if (d.backup) await rename(d.backup, d.target).catch(() => undefined);
      else await rm(d.target, { force: true }).catch(() => undefined);
    }
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw error;
  }
  await Promise.all(done.map((d) => (d.backup ? rm(d.backup, { force: true }) : undefined)));
  return staged.map((s) => s.target);
}

/** An output could not be written: the environment's problem (a folder in the way, no
 * permission, a full disk), not a bug; the CLI says so and exits 1. */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';
  constructor(
    readonly target: string,
    readonly code: string,
    reason: string,
  ) {
    super(`${target} ${reason}`);
  }
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
