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
// - One run at a time per output folder: `.lnhs.lock` is created exclusively; a second run waits
//   for it and then fails with a clear message. A lock whose process is gone is taken over.
// - A journal (`.lnhs-journal.json`) records every temporary and backup name and the phase of the
//   run before anything is moved, so the next run (or the signal handler of this one) rolls an
//   interrupted run back: the outputs are then all old or all new, with nothing left behind.
// - SIGINT and SIGTERM during the write roll back and exit 130 or 143.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { lstat, open, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import type { OutputFile } from '../model/types.js';

// one path segment: a name, optionally hidden (`.gitignore`), never `.` or `..`
const SEGMENT = /^\.?[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const LOCK_NAME = '.lnhs.lock';
export const JOURNAL_NAME = '.lnhs-journal.json';
/** A temporary or backup file of ours: `.<name>.<16 hex digits>.tmp|bak`; older versions used the process id. */
const OWN_TEMP = /^\.(.+)\.(?:[0-9a-f]{16}|\d{1,10})\.(?:tmp|bak)$/;
const JOURNAL_LIMIT = 1024 * 1024;

/** The target of `name` (`plan.md`, or `boards/perusturva.yaml` with folders) inside `root`. */
function safeTarget(root: string, name: string): string {
  const segments = name.split('/');
  if (!segments.every((s) => SEGMENT.test(s) && !s.includes('..'))) {
    throw new Error(`refusing to write an output named "${name}"`);
  }
  return path.join(root, ...segments);
}

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

interface JournalEntry {
  /** the output's name below the folder, as given (`boards/x.yaml`) */
  name: string;
  /** basenames beside the target */
  tmp: string;
  backup: string;
  hadOld: boolean;
}

interface Journal {
  lnhs: 'output-journal';
  version: 1;
  /** writing: temporaries being written; renaming: targets being replaced; done: backups being removed */
  phase: 'writing' | 'renaming' | 'done';
  entries: JournalEntry[];
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

const randomName = (base: string, ext: 'tmp' | 'bak', token: string) => `.${base}.${token}.${ext}`;

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

/**
 * `mkdir -p`, one folder at a time: Node's recursive mkdir retries for ever where a folder
 * cannot be made but its parent exists (below /proc it gets ENOENT, issue 12).
 */
function makeFolders(dir: string): void {
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
function checkFolder(dir: string, allowLink: boolean): void {
  const st = lstatSync(dir);
  if (st.isSymbolicLink() && !allowLink) throw new OutputWriteError(dir, 'ELOOP', 'is a symbolic link');
  // a link the user named must lead to a folder
  const target = st.isSymbolicLink() ? statSync(dir) : st;
  if (!target.isDirectory()) throw new OutputWriteError(dir, 'ENOTDIR', 'is not a folder');
}

/** Every folder from `root` (exclusive) down to `dir` must be a real folder, not a link. */
function checkChain(root: string, dir: string): void {
  const rel = path.relative(root, dir);
  let current = root;
  for (const segment of rel.split(path.sep)) {
    current = path.join(current, segment);
    const st = lstatSync(current);
    if (st.isSymbolicLink()) throw new OutputWriteError(current, 'ELOOP', 'is a symbolic link');
    if (!st.isDirectory()) throw new OutputWriteError(current, 'ENOTDIR', 'is not a folder');
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
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

/** Replace the journal atomically: a new file made exclusively, then renamed over the old one. */
function writeJournal(root: string, journal: Journal): void {
  const tmp = path.join(root, randomName('lnhs-journal.json', 'tmp', randomBytes(8).toString('hex')));
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, JSON.stringify(journal));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path.join(root, JOURNAL_NAME));
}

/** The journal in `root`, if there is a valid one of ours; a planted or damaged one is removed. */
function readJournal(root: string): Journal | undefined {
  const file = path.join(root, JOURNAL_NAME);
  const st = lstatOrUndefined(file);
  if (!st) return undefined;
  let journal: Journal | undefined;
  if (st.isFile() && st.size <= JOURNAL_LIMIT) {
    try {
      journal = validJournal(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      journal = undefined;
    }
  }
  if (!journal) unlinkQuiet(file);
  return journal;
}

function validJournal(value: unknown): Journal | undefined {
  const j = value as Partial<Journal> | null;
  if (!j || j.lnhs !== 'output-journal' || j.version !== 1 || !['writing', 'renaming', 'done'].includes(j.phase as string)) return undefined;
  if (!Array.isArray(j.entries)) return undefined;
  for (const e of j.entries as unknown[]) {
    const entry = e as Partial<JournalEntry> | null;
    if (!entry || typeof entry.name !== 'string' || typeof entry.hadOld !== 'boolean') return undefined;
    // a journal may be planted too: it may only name our own files inside the folder
    try {
      safeTarget('/', entry.name);
    } catch {
      return undefined;
    }
    const base = path.posix.basename(entry.name);
    for (const own of [entry.tmp, entry.backup]) {
      if (typeof own !== 'string' || own.includes('/') || OWN_TEMP.exec(own)?.[1] !== base) return undefined;
    }
  }
  return j as Journal;
}

/**
 * Roll back a run that was interrupted (killed, or a signal in this process): every target as it
 * was before it, every temporary and backup file removed, the journal last. Synchronous, so that
 * a signal handler can run it.
 */
export function recoverSync(root: string): void {
  const journal = readJournal(root);
  if (!journal) return;
  // a folder of a name may be missing or be a link by now; nothing is followed through it
  const where = (e: JournalEntry) => {
    const target = safeTarget(root, e.name);
    const dir = path.dirname(target);
    try {
      if (dir !== root) checkChain(root, dir);
    } catch {
      return undefined;
    }
    return { target, tmp: path.join(dir, e.tmp), backup: path.join(dir, e.backup) };
  };
  for (const e of journal.entries) {
    const w = where(e);
    if (!w) continue;
    if (journal.phase === 'renaming') {
      if (lstatOrUndefined(w.backup)) {
        // the old file was moved aside: put it back, over the new one if that is in place
        renameSync(w.backup, w.target);
      } else if (!e.hadOld) {
        const tmp = lstatOrUndefined(w.tmp);
        const target = lstatOrUndefined(w.target);
        // the new file is in place where there was none before (renamed, or hard-linked by an
        // exclusive write that had not yet removed its temporary name): remove it
        if (target && (!tmp || (tmp.ino === target.ino && tmp.dev === target.dev))) unlinkQuiet(w.target);
      }
    }
    // `done`: every new file is in place; only backups remain to be removed
    unlinkQuiet(w.tmp);
    unlinkQuiet(w.backup);
  }
  unlinkQuiet(path.join(root, JOURNAL_NAME));
}

/**
 * Temporary and backup files of the outputs about to be written, left by a run that was killed
 * before its journal existed, or by versions before the journal (`.agenda.ics.<pid>.bak`).
 */
function removeLeftovers(root: string, staged: readonly { dir: string; base: string }[]): void {
  const bases = new Map<string, Set<string>>();
  for (const s of staged) {
    const set = bases.get(s.dir) ?? new Set<string>();
    set.add(s.base);
    bases.set(s.dir, set);
  }
  // the journal's and the lock's own temporary files (a run waiting for the lock loses its
  // temporary lock file to this, and simply tries again)
  const own = bases.get(root) ?? new Set<string>();
  own.add('lnhs-journal.json').add('lnhs.lock');
  bases.set(root, own);
  for (const [dir, names] of bases) {
    let listing: string[];
    try {
      listing = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of listing) {
      const m = OWN_TEMP.exec(entry);
      if (m && names.has(m[1]!)) unlinkQuiet(path.join(dir, entry));
    }
  }
}

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
async function acquireLock(file: string, timeoutMs: number): Promise<string> {
  const token = randomBytes(8).toString('hex');
  const host = hostname();
  const content = JSON.stringify({ pid: process.pid, host, token } satisfies LockHolder);
  const deadline = Date.now() + timeoutMs;
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    const tmp = path.join(path.dirname(file), randomName('lnhs.lock', 'tmp', token));
    const fd = openSync(tmp, 'wx', 0o644);
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

function releaseLock(file: string, token: string): void {
  const holder = readLock(file);
  if (typeof holder === 'object' && holder.token === token) unlinkQuiet(file);
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
