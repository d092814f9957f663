// One run at a time per output folder (issue 12): `.lnhs.lock` is created exclusively; a second
// run waits for it and then fails with a clear message. A lock whose process is gone is taken over.
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { lstatOrUndefined, OutputBusyError, randomName, unlinkQuiet } from './write-fs.js';

export const LOCK_NAME = '.lnhs.lock';

/** The lock's content: who holds it. */
interface LockHolder {
  pid: number;
  host: string;
  token: string;
}

function readLock(file: string): LockHolder | 'not-a-file' | undefined {
  const st = lstatOrUndefined(file);
  if (!st) return undefined;
  if (!st.isFile() || st.size > 4096) return 'not-a-file';
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.token === 'string') return h as LockHolder;
  } catch {
    /* damaged */
  }
  return 'not-a-file';
}

function alive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the folder's lock, waiting for another run to finish. The lock is written completely
 * under a temporary name and then hard-linked to its name, which fails if a lock exists, so a
 * lock is never seen half written. A lock of a process that no longer runs on this machine, or
 * anything else at the lock's name (a planted link, a damaged file), is stale and taken over.
 */
export async function acquireLock(file: string, timeoutMs: number): Promise<string> {
  const token = randomBytes(8).toString('hex');
  const host = hostname();
  const content = JSON.stringify({ pid: process.pid, host, token } satisfies LockHolder);
  const deadline = Date.now() + timeoutMs;
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    const tmp = path.join(path.dirname(file), randomName('lnhs.lock', 'tmp', token));
    let fd: number;
    try {
      fd = openSync(tmp, 'wx', 0o644);
    } catch (error) {
      // a folder that cannot be written: name the folder, not our random temporary (issue 12)
      if (error instanceof Error) Object.assign(error, { path: path.dirname(file) });
      throw error;
    }
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, file);
      return token;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOENT: the run holding the lock removed our temporary file as a leftover
      if (code === 'ENOENT') continue;
      if (code !== 'EEXIST') throw error;
    } finally {
      unlinkQuiet(tmp);
    }
    const holder = readLock(file);
    if (holder === undefined) continue;
    if (holder === 'not-a-file' || (holder.host === host && !alive(holder.pid))) {
      // stale: remove it unless it changed meanwhile (another run took it over first)
      const again = readLock(file);
      if (again === holder || (typeof again === 'object' && typeof holder === 'object' && again.token === holder.token)) unlinkQuiet(file);
      continue;
    }
    if (Date.now() >= deadline) throw new OutputBusyError(file, `process ${holder.pid} on ${holder.host}`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

export function releaseLock(file: string, token: string): void {
  const holder = readLock(file);
  if (typeof holder === 'object' && holder.token === token) unlinkQuiet(file);
}
