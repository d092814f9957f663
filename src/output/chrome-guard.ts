// A Chromium that misbehaves must not take lnhs down with it (issue 12 item 5): one that writes
// garbage to the DevTools pipe makes playwright-core throw from a timer of its own (JSON.parse of
// the message), out of reach of any await, and one that hangs leaves page.pdf waiting for ever.
// While printing, this guard turns such a throw into the print's failure, applies a deadline, and
// at the end kills what the print started and waits until it is gone (no zombie, no orphan):
// `generate` then writes the other formats and exits 1 with one line.
import { readFileSync, readdirSync } from 'node:fs';

/** Seconds the whole printing may take by default; `LNHS_PDF_TIMEOUT` sets another. */
export const DEFAULT_PDF_TIMEOUT_S = 300;

/** `LNHS_PDF_TIMEOUT` in milliseconds, or a message saying what is wrong with it. */
export function pdfTimeoutMs(env: Record<string, string | undefined>): number | { invalid: string } {
  const raw = env.LNHS_PDF_TIMEOUT?.trim();
  if (!raw) return DEFAULT_PDF_TIMEOUT_S * 1000;
  const s = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !(s > 0) || s > 86_400) return { invalid: raw };
  return Math.round(s * 1000);
}

/** Direct children of this process (Linux: /proc/self/task/<tid>/children); empty elsewhere. */
export function childPids(): Set<number> {
  const pids = new Set<number>();
  try {
    for (const task of readdirSync('/proc/self/task')) {
      const text = readFileSync(`/proc/self/task/${task}/children`, 'utf8');
      for (const pid of text.split(/\s+/)) if (/^\d+$/.test(pid)) pids.add(Number(pid));
    }
  } catch {
    // no /proc (macOS, Windows): playwright-core's own exit handler kills its browser
  }
  return pids;
}

function alive(pid: number): boolean {
  try {
    // a reaped child is gone from /proc; a zombie still shows as Z
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/s.test(stat);
  } catch {
    return false;
  }
}

function processGroup(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the `(comm)`: state, ppid, pgrp
    const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    return Number.isSafeInteger(pgrp) ? pgrp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Kill the children that appeared since `before` (the browser this print launched, with its
 * process group: playwright-core starts it detached) and wait, at most `waitMs`, until Node has
 * reaped them. Returns the pids that were still there to kill.
 */
export async function killNewChildren(before: ReadonlySet<number>, waitMs = 5000): Promise<number[]> {
  const started = [...childPids()].filter((pid) => !before.has(pid));
  for (const pid of started) {
    try {
      if (processGroup(pid) === pid) process.kill(-pid, 'SIGKILL');
      else process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  // Node reaps its own children (libuv's SIGCHLD handler); wait until it has
  const until = Date.now() + waitMs;
  while (started.some(alive) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
  return started;
}

export class PrintFault extends Error {
  override name = 'PrintFault';
}

/**
 * Runs `work` with a deadline and with uncaught errors and unhandled rejections taken as its
 * failure (only the print runs meanwhile: `generate` awaits it). Whatever the outcome, the
 * children the work started are killed and reaped before this returns or throws.
 */
export async function guarded<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  const before = childPids();
  let fail: (error: unknown) => void = () => undefined;
  const fault = new Promise<never>((_, reject) => (fail = reject));
  // only the browser's connection runs meanwhile: a throw from it means the browser said
  // something that is no DevTools message (`garbage` on the pipe gives a JSON.parse error)
  const onFault = (error: unknown) =>
    fail(new PrintFault(`its answer broke the DevTools connection: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
  process.on('uncaughtException', onFault);
  process.on('unhandledRejection', onFault);
  const timer = setTimeout(() => fail(new PrintFault(`no answer within ${Math.round(timeoutMs / 1000)} s (LNHS_PDF_TIMEOUT)`)), timeoutMs);
  const running = work();
  // settled later, after a fault or the deadline: not an unhandled rejection then
  running.catch(() => undefined);
  try {
    return await Promise.race([running, fault]);
  } finally {
    clearTimeout(timer);
    await killNewChildren(before);
    // what the dead pipe still had queued runs in the next turns: still ours to swallow
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('uncaughtException', onFault);
    process.off('unhandledRejection', onFault);
  }
}
