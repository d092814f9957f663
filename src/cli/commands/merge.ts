// `lnhs merge [dir]`: the merged SWOT with every item's sources (SPEC 3), or with --suggest the
// near-duplicate pairs the coordinator may want to give one id (issue 4).
// yaml through src/lazy/ (not a dynamic import: in the bundle that once gave a namespace without
// `stringify`, and `merge --format yaml` failed with exit 70).
import { load as yaml } from '../../lazy/yaml.js';
import { hasErrors } from '../../diagnostics.js';
import { QUADRANTS, type MergedPlan, type Quadrant } from '../../model/types.js';
import { displayPath } from '../../diagnostics.js';
import { prepareWorkspace } from '../../pipeline.js';
import type { CommandContext } from '../context.js';
import { reportDiagnostics } from '../report.js';

export interface MergeOptions {
  format?: 'text' | 'json' | 'yaml';
  suggest?: boolean;
  threshold?: number;
}

const QUADRANT_LABEL: Record<'en' | 'fi', Record<Quadrant, string>> = {
  en: { strengths: 'Strengths', weaknesses: 'Weaknesses', opportunities: 'Opportunities', threats: 'Threats' },
  fi: { strengths: 'Vahvuudet', weaknesses: 'Heikkoudet', opportunities: 'Mahdollisuudet', threats: 'Uhat' },
};

export async function mergeCommand(dir: string | undefined, options: MergeOptions, ctx: CommandContext): Promise<number> {
  const prepared = await prepareWorkspace(ctx.resolve(dir ?? '.'), { label: dir ?? '.' });
  reportDiagnostics(ctx, prepared.diagnostics, 'text');
  if (!prepared.merged || hasErrors(prepared.diagnostics)) return 1;
  const merged = prepared.merged;
  const cwd = ctx.io.cwd;

  if (options.suggest) {
    const { suggestDuplicates } = await import('../../merge/suggest.js');
    const { formatSuggestions } = await import('../suggestions.js');
    const suggestions = suggestDuplicates(merged, options.threshold !== undefined ? { threshold: options.threshold } : {});
    if (options.format === 'json' || options.format === 'yaml') {
      const data = suggestions.map((s) => ({
        quadrant: s.quadrant,
        ...(s.otherQuadrant ? { otherQuadrant: s.otherQuadrant } : {}),
        score: s.score,
        a: itemData(s.a, cwd),
        b: itemData(s.b, cwd),
      }));
      ctx.out(options.format === 'json' ? JSON.stringify(data, null, 2) : await toYaml(data));
    } else {
      ctx.out(formatSuggestions(suggestions, ctx.locale, { cwd }));
    }
    return 0;
  }

  const data = mergedData(merged, cwd);
  if (options.format === 'json') ctx.out(JSON.stringify(data, null, 2));
  else if (options.format === 'yaml') ctx.out(await toYaml(data));
  else ctx.out(mergedText(merged, ctx));
  return 0;
}

type ItemLike = MergedPlan['swot'][Quadrant][number];

function itemData(item: ItemLike, cwd: string) {
  return {
    ...(item.id ? { id: item.id } : {}),
    text: item.text,
    ...(item.theme ? { theme: item.theme } : {}),
    boards: item.boards,
    shared: item.shared,
    sources: item.sources.map((s) => ({ board: s.board, file: displayPath(s.file, cwd), line: s.line, column: s.column })),
  };
}

export function mergedData(merged: MergedPlan, cwd: string) {
  const swot = {} as Record<Quadrant, ReturnType<typeof itemData>[]>;
  for (const q of QUADRANTS) swot[q] = merged.swot[q].map((item) => itemData(item, cwd));
  return {
    boards: merged.boards.map((b) => ({ id: b.id, name: b.name, file: displayPath(b.file, cwd), submitted: b.submitted ?? null })),
    swot,
    visions: merged.visions.map((v) => ({ text: v.text, boards: v.boards })),
  };
}

function mergedText(merged: MergedPlan, ctx: CommandContext): string {
  const locale = ctx.locale;
  const names = new Map(merged.boards.map((b) => [b.id, b.name]));
  const lines: string[] = [];
  for (const q of QUADRANTS) {
    const items = merged.swot[q];
    lines.push(ctx.paint.bold(`${QUADRANT_LABEL[locale][q]} (${items.length})`));
    for (const item of items) {
      const marker = item.shared ? ctx.paint.cyan(`[${item.boards.length}]`) : '   ';
      lines.push(`  ${marker} ${item.text}${item.id ? ctx.paint.dim(`  #${item.id}`) : ''}`);
      for (const s of item.sources) {
        lines.push(ctx.paint.dim(`        ${names.get(s.board) ?? s.board}  ${displayPath(s.file, ctx.io.cwd)}:${s.line}`));
      }
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

async function toYaml(data: unknown): Promise<string> {
  return yaml().stringify(data, { lineWidth: 0 }).trimEnd();
}
