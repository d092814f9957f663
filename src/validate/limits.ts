// Text that meets the bounds of inline-limit.ts (issue 12 item 4): more Markdown delimiters in one
// paragraph than the renderer pairs, block quotes nested deeper or lines indented further than it
// nests. The renderer then shows that markup as written (or cuts the nesting); this rule says so
// at the field, so that the bound never applies silently. The same functions decide both.
import { diagnostic } from '../diagnostics.js';
import { overflowOf, MAX_DELIMITERS, MAX_INDENT, MAX_QUOTE_DEPTH } from '../render/inline-limit.js';
import { positionOf, type DataPath } from '../workspace/positions.js';
import type { SourceFile } from '../workspace/types.js';
import type { Rule } from './rule-types.js';

export const markupLimitRule: Rule = (ctx) => {
  const sources: SourceFile[] = [];
  if (ctx.plan) sources.push(ctx.plan.src);
  for (const b of ctx.boards) sources.push(b.src);
  if (ctx.meeting) sources.push(ctx.meeting.src);
  if (ctx.indicators) sources.push(ctx.indicators.src);
  for (const m of ctx.monitoring) sources.push(m.src);
  for (const src of sources) {
    // an explicit stack, not recursion: the depth of the data is the input's to choose
    const stack: { value: unknown; path: DataPath }[] = [{ value: src.data, path: [] }];
    // each object once: a YAML alias can make the data refer to itself (`values: &a` holding
    // `*a`), and a walk without this ran for ever (found by the damage test), or many times over
    const seen = new Set<object>();
    while (stack.length > 0) {
      const { value, path } = stack.pop()!;
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) continue;
        seen.add(value);
      }
      if (typeof value === 'string') {
        if (overflowOf(value).length === 0) continue;
        ctx.diagnostics.push(
          diagnostic({
            severity: 'warning',
            code: 'markup-limit',
            file: src.file,
            ...positionOf(src, path, 'value'),
            id: 'markup.limit',
            args: { delimiters: MAX_DELIMITERS, depth: MAX_QUOTE_DEPTH, indent: MAX_INDENT },
            hintId: 'markup.limit.hint',
          }),
        );
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      } else if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
      }
    }
  }
};
