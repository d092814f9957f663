// A CommandContext for in-process command tests: stdout and stderr collected as text, terminal
// flags chosen per test, the working folder a temporary directory.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CommandContext, CliIO } from '../../src/cli/context.js';
import { plainPainter } from '../../src/diagnostics.js';
import type { Locale } from '../../src/messages/index.js';

export interface TestContext {
  ctx: CommandContext;
  stdout: () => string;
  stderr: () => string;
}

export interface TestContextOptions {
  cwd: string;
  tty?: boolean;
  locale?: Locale;
  quiet?: boolean;
  /** replace the streams, e.g. with PassThroughs for driving real prompts */
  stdin?: CliIO['stdin'];
  stdout?: CliIO['stdout'];
}

export function testContext(options: TestContextOptions): TestContext {
  let out = '';
  let err = '';
  const tty = options.tty ?? false;
  const stdout = options.stdout ?? { write: (s: string) => void (out += s), isTTY: tty };
  const stderr = { write: (s: string) => void (err += s), isTTY: tty };
  const io: CliIO = { stdin: options.stdin ?? { isTTY: tty }, stdout, stderr, env: {}, cwd: options.cwd };
  const line = (s: string) => (s.endsWith('\n') ? s : s + '\n');
  const ctx: CommandContext = {
    io,
    locale: options.locale ?? 'en',
    paint: plainPainter,
    paintErr: plainPainter,
    quiet: options.quiet ?? false,
    out: (s) => void (out += line(s)),
    progress: (s) => {
      if (!ctx.quiet) err += line(s);
    },
    err: (s) => void (err += line(s)),
    resolve: (p) => path.resolve(options.cwd, p),
  };
  return { ctx, stdout: () => out, stderr: () => err };
}

/** A fresh temporary folder; remove it with `cleanup`. */
export async function tempDir(prefix = 'lnhs-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function cleanup(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Write a tree of files: `{ 'plan.yaml': '…', 'boards/a.yaml': '…' }`. */
export async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, 'utf8');
  }
}
