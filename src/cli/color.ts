// Colour only on a terminal; NO_COLOR (https://no-color.org) and FORCE_COLOR win over that.
import { Chalk } from 'chalk';
import type { Painter } from '../diagnostics.js';
import { plainPainter } from '../diagnostics.js';
import type { OutStream } from './context.js';

export function useColor(stream: OutStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

export function makePainter(enabled: boolean): Painter {
  if (!enabled) return plainPainter;
  const chalk = new Chalk({ level: 1 });
  return {
    red: (s) => chalk.red(s),
    yellow: (s) => chalk.yellow(s),
    cyan: (s) => chalk.cyan(s),
    dim: (s) => chalk.dim(s),
    bold: (s) => chalk.bold(s),
  };
}
