// Writing the outputs (SPEC 8): every file goes to a temporary name in the output folder first
// and is renamed into place only when all of them were written, so a failed run leaves the
// previous outputs untouched. Names are checked so nothing lands outside the output folder.
//
// Issue 12 (hostile repositories): an output folder may be committed to a repository that anyone
// can send a pull request to, so nothing in it is trusted.
// - Temporary files get unpredictable names and are created exclusively (O_EXCL, `wx`), which
//   also refuses a symbolic link planted at the name: no write ever goes through a link. Targets
//   are replaced by rename, which replaces a link itself, never what it points to. A folder
//   between the output folder and a file may not be a link either.
// - One run at a time per output folder: `.lnhs.lock` (write-lock.ts).
// - A journal (`.lnhs-journal.json`, write-journal.ts) records every temporary and backup name
//   before anything is moved, so an interrupted run is rolled back: all old or all new.
// - SIGINT and SIGTERM during the write roll back and exit 130 or 143.
import { randomBytes } from 'node:crypto';
import { linkSync, renameSync, unlinkSync } from 'node:fs';
import { lstat, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../model/types.js';
import { checkChain, checkFolder, lstatOrUndefined, makeFolders, OutputWriteError, randomName, safeTarget, unlinkQuiet } from './write-fs.js';
import { JOURNAL_NAME, recoverSync, removeLeftovers, writeJournal, type Journal, type JournalEntry } from './write-journal.js';
import { acquireLock, LOCK_NAME, releaseLock } from './write-lock.js';

export { OutputBusyError, OutputWriteError } from './write-fs.js';
export { JOURNAL_NAME, recoverSync } from './write-journal.js';
export { LOCK_NAME } from './write-lock.js';

export interface WriteOptions {
  /**
   * Accept an output folder that is itself a symbolic link. Only for a folder the user named
   * (`--out`); a default folder inside a workspace (`out/`, `templates/`) may be a link planted
   * by the repository, pointing anywhere.
   */
  allowLinkedRoot?: boolean;
  /** Never replace an existing file: a target that exists (or appears meanwhile) fails with EEXIST. */
  exclusive?: boolean;
  /** How long to wait for another run's lock on the folder (default 30 s). */
  lockTimeoutMs?: number;
  /** Fault injection for the robustness tests: called before each step that changes the disk. */
  onStep?: (step: number, what: string) => void;
}

/** A write in progress in this process: what the signal handler must roll back. */
interface ActiveWrite {
  root: string;
  lock: string;
  lockToken: string;
  /** temporaries are being written (in libuv's thread pool): a file could still appear after a roll-back */
  inFlight?: boolean;
  /** a signal that came while temporaries were in flight, handled once they have settled */
  deferred?: NodeJS.Signals;
}

const active = new Set<ActiveWrite>();
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  // Rolling back while a temporary file is still being opened would leave that file behind once
  // its open completes; wait for the writes to settle (they are short), then roll back.
  for (const w of active) {
    if (w.inFlight) {
      w.deferred ??= signal;
      return;
    }
  }
  const interrupted = active.size > 0;
  for (const w of active) {
    try {
      recoverSync(w.root);
    } catch {
      /* the next run tries again: the journal is still there */
    }
    releaseLock(w.lock, w.lockToken);
  }
  active.clear();
  if (interrupted) process.stderr.write(`lnhs: interrupted (${signal}); the outputs were left as they were.\n`);
  // 128 + the signal's number, as a shell reports it (issue 12)
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/**
 * Installed with the first write and kept: a signal that arrives during the synchronous moves is
 * handled only once they are done, when the write may have finished already; the process must
 * still end then, as it would have without a handler.
 */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * Write all files below `outDir` or none of them; names may contain folders (`boards/x.yaml`),
 * which are created. Returns the paths written. `init`, `templates eject`, `schema --out` and
 * `indicators import` write with it too.
 */
export async function writeOutputs(outDir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  let step = 0;
  const at = (what: string) => options.onStep?.(++step, what);
  // every name is checked before anything is written
  const staged = files.map((file) => {
    const target = safeTarget(outDir, file.name);
    return { file, target, dir: path.dirname(target), base: path.basename(target) };
  });
  if (!lstatOrUndefined(outDir)) makeFolders(outDir);
  checkFolder(outDir, options.allowLinkedRoot === true);

  const lock = path.join(outDir, LOCK_NAME);
  const lockToken = await acquireLock(lock, options.lockTimeoutMs ?? 30_000);
  const me: ActiveWrite = { root: outDir, lock, lockToken };
  active.add(me);
  installHandlers();
  try {
    // an earlier run killed midway: put its outputs back as they were, and remove what it left
    recoverSync(outDir);
    for (const dir of new Set(staged.map((s) => s.dir))) {
      if (dir !== outDir) {
        makeFolders(dir);
        checkChain(outDir, dir);
      }
    }
    removeLeftovers(outDir, staged);

    const entries: (JournalEntry & { target: string; dir: string; content: OutputFile['content'] })[] = staged.map((s) => {
      const token = randomBytes(8).toString('hex');
      const existing = lstatOrUndefined(s.target);
      // issue 5: a folder (or anything but a file) where an output goes would make the rename
      // fail halfway through; refuse before anything is replaced
      if (existing && !existing.isFile() && !existing.isSymbolicLink()) throw new OutputWriteError(s.target, 'EISDIR', 'is not a file');
      if (existing && options.exclusive) throw new OutputWriteError(s.target, 'EEXIST', 'exists already');
      return {
        name: s.file.name,
        tmp: randomName(s.base, 'tmp', token),
        backup: randomName(s.base, 'bak', token),
        hadOld: existing !== undefined,
        target: s.target,
        dir: s.dir,
        content: s.file.content,
      };
    });
    const journal: Journal = {
      lnhs: 'output-journal',
      version: 1,
      phase: 'writing',
      entries: entries.map(({ name, tmp, backup, hadOld }) => ({ name, tmp, backup, hadOld })),
    };
    at('journal: writing');
    writeJournal(outDir, journal);

    // The temporary files are written side by side (a cold `generate` waited on some 20 file
    // operations in a row, issue 7); all of them are settled before any failure is acted on, so
    // that the clean-up cannot run ahead of a write still under way, and the first failure in
    // file order is the one reported.
    at('temporaries');
    me.inFlight = true;
    const written = await Promise.allSettled(entries.map((e) => writeExclusive(path.join(e.dir, e.tmp), e.content)));
    me.inFlight = false;
    if (me.deferred) onSignal(me.deferred);
    const failed = written.find((r) => r.status === 'rejected');
    if (failed) {
      recoverSync(outDir);
      throw failed.reason;
    }

    journal.phase = 'renaming';
    at('journal: renaming');
    writeJournal(outDir, journal);
    // Put the new files in place one by one, keeping each old one aside until all are in place,
    // so that a rename failing halfway (issue 5) can put every earlier file back as it was. The
    // moves are synchronous: a signal handler then always finds the disk as the journal says.
    try {
      for (const e of entries) {
        const tmp = path.join(e.dir, e.tmp);
        if (e.hadOld) {
          at(`backup ${e.name}`);
          renameSync(e.target, path.join(e.dir, e.backup));
        }
        at(`rename ${e.name}`);
        if (options.exclusive) {
          // a hard link fails when the target appeared meanwhile; a rename would replace it
          linkSync(tmp, e.target);
          unlinkSync(tmp);
        } else {
          renameSync(tmp, e.target);
        }
      }
    } catch (error) {
      recoverSync(outDir);
      throw error;
    }
    journal.phase = 'done';
    at('journal: done');
    writeJournal(outDir, journal);
    for (const e of entries) {
      if (!e.hadOld) continue;
      at(`remove backup ${e.name}`);
      unlinkQuiet(path.join(e.dir, e.backup));
    }
    at('journal: remove');
    unlinkQuiet(path.join(outDir, JOURNAL_NAME));
    return entries.map((e) => e.target);
  } finally {
    active.delete(me);
    releaseLock(lock, lockToken);
  }
}

/** Create `file` exclusively (O_EXCL refuses any existing name, a planted link included) and write it. */
async function writeExclusive(file: string, content: OutputFile['content']): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

/** The names of the files whose content differs from what is on disk (or that are missing). */
export async function changedOutputs(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) {
    const target = safeTarget(outDir, file.name);
    let current: Buffer | undefined;
    try {
      // only a regular file is read: a FIFO planted at an output's name would block for ever
      const st = await lstat(target);
      current = st.isFile() ? await readFile(target) : undefined;
    } catch {
      current = undefined;
    }
    const next = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    if (!current || !current.equals(next)) changed.push(file.name);
  }
  return changed;
}
