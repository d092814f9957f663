// Finding a local Chromium and the way we start it (issue 3 item 2). We never download a browser:
// the PDF is printed by one the user has, named by LNHS_CHROME or found on the PATH.
// This module is small and loads no browser code, so `generate` can check for Chromium before it
// imports playwright-core.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { MessageArgs, MessageId } from '../messages/index.js';

/** Names tried on the PATH, in order: Debian's and Ubuntu's Chromium, then Google Chrome. */
export const CHROME_NAMES: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to print with: `LNHS_CHROME` when it names an executable file, else the first of
 * {@link CHROME_NAMES} found on `env.PATH`. We walk the PATH ourselves rather than spawn `which`.
 */
export function findChrome(env: Record<string, string | undefined>): string | undefined {
  const explicit = env.LNHS_CHROME?.trim();
  // a Chromium named by the user is that one or none: falling back to another one on the PATH
  // would print with a browser nobody chose (issue 12)
  if (explicit) return isExecutableFile(explicit) ? path.resolve(explicit) : undefined;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of CHROME_NAMES) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const candidate = path.join(dir, name + ext);
        if (isExecutableFile(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * No Chromium to print with. `generate` catches it, prints the message and hint, still writes
 * the other formats and exits 1 (issue 3 item 2).
 */
export class ChromeNotFoundError extends Error {
  override name = 'ChromeNotFoundError';
  readonly messageId: MessageId;
  readonly args: MessageArgs;
  readonly hintId: MessageId = 'pdf.noChrome.hint';

  constructor(env: Record<string, string | undefined> = {}) {
    const explicit = env.LNHS_CHROME?.trim();
    const messageId: MessageId = explicit ? 'pdf.noChrome.env' : 'pdf.noChrome';
    const args: MessageArgs = explicit ? { path: explicit } : {};
    super(explicit ? `LNHS_CHROME is set to ${explicit}, which is not an executable file` : 'No Chromium found');
    this.messageId = messageId;
    this.args = args;
  }
}

/** {@link findChrome}, or a {@link ChromeNotFoundError} to show the user. */
export function requireChrome(env: Record<string, string | undefined>): string {
  const found = findChrome(env);
  if (!found) throw new ChromeNotFoundError(env);
  return found;
}

/**
 * The switches we start Chromium with. Without the background-networking ones Chromium tries to
 * reach Google's services at every start, which a closed network refuses (and a published plan
 * has no business talking to anyone). Playwright gives the browser a fresh temporary
 * `--user-data-dir` and removes it again.
 */
export const CHROME_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--metrics-recording-only',
  '--disable-breakpad',
  '--disable-domain-reliability',
];

export interface ChromeLaunchOptions {
  executablePath: string;
  headless: true;
  /** false adds `--no-sandbox`: Chromium's sandbox refuses to start as root. */
  chromiumSandbox: boolean;
  args: string[];
  timeout: number;
}

/** Launch options for playwright-core's `chromium.launch`. */
export function chromeLaunchOptions(executablePath: string): ChromeLaunchOptions {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath,
    headless: true,
    chromiumSandbox: !isRoot,
    args: [...CHROME_ARGS],
    timeout: 60_000,
  };
}
