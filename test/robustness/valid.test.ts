// Random VALID workspaces (issue 5 item 6a): they always validate and generate, deterministically,
// every input item is in the merged plan exactly once per quadrant (with the boards that raised
// it), and no text ever becomes markup.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText, hasErrors } from '../../src/diagnostics.js';
import { loadWorkspace, merge, render, validate } from '../../src/index.js';
import { QUADRANTS, type OutputFile } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';
import { boardId, itemText, workspaceFiles, workspaceSpec } from './arbitraries.js';
import { assertNoMarkup } from './markup.js';

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('random valid workspaces', () => {
  it('validate, merge every item exactly once, render deterministically and safely', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceSpec, async (spec) => {
        const root = testdir({ ...Object.fromEntries(Object.entries(workspaceFiles(spec)).map(([k, v]) => [`ws/${k}`, v])) });
        const ws = path.join(root, 'ws');

        const { model, diagnostics } = validate(await loadWorkspace(ws));
        if (hasErrors(diagnostics) || !model) throw new Error(`did not validate:\n${formatText(diagnostics, { cwd: root })}`);
        const merged = merge(model);

        // every item once per quadrant, with exactly the boards that raised it, in board order
        for (const q of QUADRANTS) {
          expect(merged.swot[q]).toHaveLength(spec.swot[q].length);
          for (const item of spec.swot[q]) {
            const holders = merged.swot[q].filter((m) => m.text.includes(item.token));
            expect(holders, `${q}: ${item.token}`).toHaveLength(1);
            expect(holders[0]!.text).toBe(itemText(item));
            const boards = [...new Set(item.raisedBy.map((r) => r.board))].sort((a, b) => a - b).map(boardId);
            expect(holders[0]!.boards).toEqual(boards);
          }
        }

        // the CLI writes what the library renders, and rendering again gives the same bytes
        const cli = await runCli(['generate', 'ws', '--out', 'out'], { cwd: root });
        expect(cli.code, cli.stderr).toBe(0);
        const again = await render(merge(validate(await loadWorkspace(ws)).model!), { formats: ['md', 'html'] });
        expect(again.diagnostics).toEqual([]);
        const byName = new Map<string, OutputFile>(again.files.map((f) => [f.name, f]));
        expect([...byName.keys()].sort()).toEqual(spec.meeting ? ['agenda.html', 'agenda.ics', 'agenda.md', 'plan.html', 'plan.md'] : ['plan.html', 'plan.md']);
        for (const [name, file] of byName) {
          expect(readFileSync(path.join(root, 'out', name), 'utf8'), name).toBe(file.content);
        }

        const planMd = byName.get('plan.md')!.content as string;
        const planHtml = byName.get('plan.html')!.content as string;
        for (const q of QUADRANTS) {
          for (const item of spec.swot[q]) {
            expect(count(planMd, item.token), `${item.token} in plan.md`).toBe(1);
            // plan.html shows each item twice: in the SWOT matrix and in the last appendix's list
            // with its boards (issue 14)
            const matrix = planHtml.slice(planHtml.indexOf('<table class="swot-matrix">'), planHtml.indexOf('</table>', planHtml.indexOf('<table class="swot-matrix">')));
            expect(count(matrix, item.token), `${item.token} in the SWOT matrix of plan.html`).toBe(1);
            expect(count(planHtml, item.token), `${item.token} in plan.html`).toBe(2);
          }
        }
        for (const [name, file] of byName) if (name.endsWith('.html')) assertNoMarkup(name, file.content as string);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
