// Repeats and conflicts within and across board files (issue 13 item 7), split from rules.ts.
import { normalizeText } from '../model/normalize.js';
import { QUADRANTS, type Pos } from '../model/types.js';
import type { SourceFile } from '../workspace/types.js';
import { report } from './rule-kit.js';
import type { Rule } from './rule-types.js';

/**
 * Goals follow the same identity rule as SWOT items (SPEC 3): equal ids mean one goal, whose
 * actions are merged, so their titles must be equal after normalization (issue 13 item 7: they
 * merged silently, while SWOT items in the same situation were an error). Within one board too.
 */
export const goalConflictRule: Rule = (ctx) => {
  const first = new Map<string, { title: string; norm: string; src: SourceFile; pos: Pos }>();
  for (const { src, model } of ctx.boards) {
    model.goals.forEach((goal, g) => {
      if (goal.id === undefined) return;
      const norm = normalizeText(goal.title);
      const earlier = first.get(goal.id);
      if (!earlier) {
        first.set(goal.id, { title: goal.title, norm, src, pos: goal.pos });
        return;
      }
      if (earlier.norm === norm) return;
      report(ctx, src, ['goals', g, 'id'], 'value', {
        code: 'goal-conflict',
        id: 'rule.goalConflict',
        // the workspace-relative path: it names the place the same way for everyone
        args: { id: goal.id, title: goal.title, otherTitle: earlier.title, other: `${earlier.src.rel}:${earlier.pos.line}` },
        hintId: 'rule.goalConflict.hint',
      });
    });
  }
};

/**
 * Within one board (issue 13 item 7): an item written twice in a quadrant, or the same text in
 * two quadrants, is a warning at the later one. The same text raised by two boards is what
 * merging is for, and the same id twice is duplicate-id's error.
 */
export const repeatRule: Rule = (ctx) => {
  for (const { src, model } of ctx.boards) {
    const seen = new Map<string, { quadrant: (typeof QUADRANTS)[number]; line: number; id?: string }>();
    for (const q of QUADRANTS) {
      model.swot[q].forEach((item, i) => {
        const norm = normalizeText(item.text);
        if (norm === '') return;
        const earlier = seen.get(norm);
        if (!earlier) {
          seen.set(norm, { quadrant: q, line: item.pos.line, ...(item.id !== undefined ? { id: item.id } : {}) });
          return;
        }
        if (earlier.quadrant === q) {
          if (item.id !== undefined && item.id === earlier.id) return;
          report(ctx, src, ['swot', q, i], 'value', {
            severity: 'warning',
            code: 'repeated-item',
            id: 'rule.repeatedItem',
            args: { quadrant: q, line: earlier.line },
            hintId: 'rule.repeatedItem.hint',
          });
        } else {
          report(ctx, src, ['swot', q, i], 'value', {
            severity: 'warning',
            code: 'quadrant-repeat',
            id: 'rule.quadrantRepeat',
            args: { quadrant: earlier.quadrant, line: earlier.line },
            hintId: 'rule.quadrantRepeat.hint',
          });
        }
      });
    }
  }
};
