// Random damage to the valid YAML of plans/example (issue 5 item 6b), in-process on the load and
// validate stages, thousands of times: nothing throws, every run ends within seconds, and every
// diagnostic points at a line that exists in a file of the workspace.
import fc from 'fast-check';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatText, type Diagnostic } from '../../src/diagnostics.js';
import { loadWorkspace, merge, validate } from '../../src/index.js';
import { loadSource } from '../../src/workspace/load.js';
import type { InputKind, LoadedWorkspace } from '../../src/workspace/types.js';
import { copyExample } from '../ci/example.js';
import { Patient, scenario } from './damage.js';

/**
 * The workspace with `rel` read again from disk and the other files as loaded before: the load
 * stage of one file and the validation of all, without re-reading the five undamaged files
 * thousands of times. (damage-cli.test.ts runs the whole command.)
 */
async function reload(clean: LoadedWorkspace, rel: string): Promise<LoadedWorkspace> {
  const kind: InputKind = rel.startsWith('boards/') ? 'board' : (rel.replace(/\.yaml$/, '') as InputKind);
  const { source, diagnostics } = await loadSource(clean.dir, rel, kind);
  const loaded: LoadedWorkspace = { ...clean, boards: clean.boards.map((b) => (b.rel === rel ? source : b)), diagnostics };
  if (kind === 'plan' || kind === 'meeting' || kind === 'indicators') loaded[kind] = source;
  return loaded;
}

/** Every diagnostic names a file in the workspace and a line that the file has. */
function checkPlaces(ws: string, diagnostics: readonly Diagnostic[]): void {
  const lineCounts = new Map<string, number | undefined>();
  const linesOf = (file: string) => {
    if (!lineCounts.has(file)) {
      let count: number | undefined;
      try {
        if (statSync(file).isFile()) {
          count = 1;
          for (const b of readFileSync(file)) if (b === 0x0a || b === 0x0d) count++;
        }
      } catch {
        /* a missing plan.yaml or boards/ is named by the path it should have */
      }
      lineCounts.set(file, count);
    }
    return lineCounts.get(file);
  };
  for (const d of diagnostics) {
    const rel = path.relative(ws, path.resolve(ws, d.file));
    expect(rel.startsWith('..') || path.isAbsolute(rel), `${d.code} outside the workspace: ${d.file}`).toBe(false);
    expect(Number.isInteger(d.line) && d.line >= 1, `${d.code} line ${d.line}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `${d.code} column ${d.column}`).toBe(true);
    expect(d.code).toMatch(/^[a-z][a-z-]*$/);
    expect(d.message.trim()).not.toBe('');
    const lines = linesOf(d.file);
    if (lines !== undefined) expect(d.line, `${d.code} at ${d.file}:${d.line}, which has ${lines} lines at most`).toBeLessThanOrEqual(lines);
  }
}

describe('random damage to valid YAML', () => {
  let patient: Patient;
  let clean: LoadedWorkspace;
  beforeAll(async () => {
    patient = new Patient(copyExample());
    clean = await loadWorkspace(patient.copy.ws);
    expect(clean.diagnostics).toEqual([]);
    expect(validate(clean).diagnostics).toEqual([]);
  });

  it('thousands of damaged inputs: load and validate never throw and point at real places', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        patient.apply(s);
        // no stopwatch (issue 17): a hang ends in the test's timeout; speed is the bench's job
        const { model, diagnostics } = validate(await reload(clean, s.file));
        if (model) merge(model);
        checkPlaces(patient.copy.ws, diagnostics);
        // the printers must cope with whatever the stages report
        formatText(diagnostics, { cwd: patient.copy.root });
        JSON.parse(formatJson(diagnostics, { cwd: patient.copy.root }));
        formatGithub(diagnostics, { cwd: patient.copy.root });
        if (!model) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
