// The file-system side of writing the outputs (write.ts): names that stay inside the output
// folder, folders that are real folders and not links (issue 12), and the errors the CLI reports
// as the environment's, exit 1.
import { lstatSync, mkdirSync, statSync, unlinkSync, type Stats } from 'node:fs';
import path from 'node:path';

// one path segment: a name, optionally hidden (`.gitignore`), never `.` or `..`
const SEGMENT = /^\.?[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A temporary or backup name beside `base`: `.<base>.<token>.tmp|bak`. */
export const randomName = (base: string, ext: 'tmp' | 'bak', token: string) => `.${base}.${token}.${ext}`;

/** The target of `name` (`plan.md`, or `boards/perusturva.yaml` with folders) inside `root`. */
export function safeTarget(root: string, name: string): string {
  const segments = name.split('/');
  if (!segments.every((s) => SEGMENT.test(s) && !s.includes('..'))) {
    throw new Error(`refusing to write an output named "${name}"`);
  }
  return path.join(root, ...segments);
}

/** An output could not be written: the environment's problem (a folder in the way, no
 * permission, a full disk), not a bug; the CLI says so and exits 1. */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';
  constructor(
    readonly target: string,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${target} ${reason}`);
  }
}

/** Another run holds the output folder's lock for longer than we wait. */
export class OutputBusyError extends OutputWriteError {
  override name = 'OutputBusyError';
  constructor(
    readonly lockFile: string,
    readonly holder: string,
  ) {
    super(lockFile, 'EBUSY', `is held by another lnhs run (${holder})`);
  }
}

/**
 * `mkdir -p`, one folder at a time: Node's recursive mkdir retries for ever where a folder
 * cannot be made but its parent exists (below /proc it gets ENOENT, issue 12).
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !lstatOrUndefined(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The output folder must be a folder (and, unless the user named it, not a link to one). */
export function checkFolder(dir: string, allowLink: boolean): void {
  const st = lstatSync(dir);
  if (st.isSymbolicLink() && !allowLink) throw new OutputWriteError(dir, 'ELOOP', 'is a symbolic link');
  // a link the user named must lead to a folder
  const target = st.isSymbolicLink() ? statSync(dir) : st;
  if (!target.isDirectory()) throw new OutputWriteError(dir, 'ENOTDIR', 'is not a folder');
}

/** Every folder from `root` (exclusive) down to `dir` must be a real folder, not a link. */
export function checkChain(root: string, dir: string): void {
  const rel = path.relative(root, dir);
  let current = root;
  for (const segment of rel.split(path.sep)) {
    current = path.join(current, segment);
    const st = lstatSync(current);
    if (st.isSymbolicLink()) throw new OutputWriteError(current, 'ELOOP', 'is a symbolic link');
    if (!st.isDirectory()) throw new OutputWriteError(current, 'ENOTDIR', 'is not a folder');
  }
}

export function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}
