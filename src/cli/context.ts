// What every command gets: the process's streams and environment as parameters (so the whole
// CLI runs in-process in tests), the locale, and small printing helpers. Only cli/ touches these.
import type { Locale } from '../messages/index.js';
import type { Painter } from '../diagnostics.js';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdin: { isTTY?: boolean } & Partial<NodeJS.ReadableStream>;
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CommandContext {
  io: CliIO;
  locale: Locale;
  /** colours for stdout (only when stdout is a terminal, NO_COLOR / FORCE_COLOR honoured) */
  paint: Painter;
  /** colours for stderr */
  paintErr: Painter;
  quiet: boolean;
  /** a result line to stdout */
  out(text: string): void;
  /** progress to stderr, silenced by --quiet */
  progress(text: string): void;
  /** a message to stderr, never silenced */
  err(text: string): void;
  /** resolve a path the user gave against the context's cwd */
  resolve(p: string): string;
}

const USAGE_ERROR = Symbol.for('lnhs.UsageError');

/**
 * Thrown for wrong usage; the entry point prints it with the help hint and exits 2. `instanceof`
 * goes by a registered symbol rather than the class itself: `init` runs from a bundle of its own
 * with its own copy of this class (scripts/build.mjs), and its usage errors must still be exit 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly [USAGE_ERROR] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[USAGE_ERROR] === true;
  }
}
