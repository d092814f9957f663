// The output folder's journal (issue 12): every temporary and backup name and the phase of the
// run are recorded before anything is moved, so the next run, or the signal handler of this one,
// rolls an interrupted run back: the outputs are then all old or all new, nothing left behind.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, readdirSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { checkChain, lstatOrUndefined, randomName, safeTarget, unlinkQuiet } from './write-fs.js';

export const JOURNAL_NAME = '.lnhs-journal.json';
/** A temporary or backup file of ours: `.<name>.<16 hex digits>.tmp|bak`; older versions used the process id. */
const OWN_TEMP = /^\.(.+)\.(?:[0-9a-f]{16}|\d{1,10})\.(?:tmp|bak)$/;
const JOURNAL_LIMIT = 1024 * 1024;

export interface JournalEntry {
  /** the output's name below the folder, as given (`boards/x.yaml`) */
  name: string;
  /** basenames beside the target */
  tmp: string;
  backup: string;
  hadOld: boolean;
}

export interface Journal {
  lnhs: 'output-journal';
  version: 1;
  /** writing: temporaries being written; renaming: targets being replaced; done: backups being removed */
  phase: 'writing' | 'renaming' | 'done';
  entries: JournalEntry[];
}

/** Replace the journal atomically: a new file made exclusively, then renamed over the old one. */
export function writeJournal(root: string, journal: Journal): void {
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
export function removeLeftovers(root: string, staged: readonly { dir: string; base: string }[]): void {
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
