// The helpers every rule uses (split from rules.ts, issue 17's 400-line limit): a diagnostic at a
// node of a file, a list of names, a file's stem. The shapes are in rule-types.ts.
import path from 'node:path';
import { diagnostic, type DiagnosticInit } from '../diagnostics.js';
import { positionOf } from '../workspace/positions.js';
import type { SourceFile } from '../workspace/types.js';
import type { RuleContext } from './rule-types.js';

export type Path = (string | number)[];
export type Report = Omit<DiagnosticInit, 'file' | 'line' | 'column' | 'source'>;

export function report(ctx: RuleContext, src: SourceFile, at: Path, which: 'key' | 'value', init: Report): void {
  ctx.diagnostics.push(diagnostic({ file: src.file, ...positionOf(src, at, which), ...init }));
}

export const list = (values: Iterable<string>) => [...values].map((v) => `\`${v}\``).join(', ');

/** The file name without folder and extension: `boards/perusturva.yaml` → `perusturva`. */
export function fileStem(src: SourceFile): string {
  return path.posix.basename(src.rel).replace(/\.ya?ml$/i, '');
}
