// Keep it fast (issue 7, SPEC 9): `lnhs --help` and `lnhs validate` load no prompt, browser or PDF
// code, and `lnhs generate` without `--format docx` no Word code (issue 15). Runs the built CLI
// (`npm test` builds first) with a preload that records every module the process loads; the
// controls below show that the check does fail when such code is loaded.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper, shared with scripts/bench.mjs
import { chunksWithInput, heavyModules, recordLoads } from './loaded-modules.mjs';

interface Recorded {
  status: number | null;
  stderr: string;
  loads: string[];
}
const record = recordLoads as (argv: string[], options?: { bin?: string | null; cwd?: string }) => Recorded;
const heavy = heavyModules as (loads: string[]) => string[];
const chunksWith = chunksWithInput as (loads: string[], input: RegExp) => string[];
/** Handlebars' template compiler: the built-in templates are precompiled at build time. */
const COMPILER = /node_modules\/handlebars\/dist\/cjs\/handlebars\/compiler\//;
/** zod: every file is checked with it (issue 17), so it is loaded by the commands that validate, and only by them. */
const ZOD = /node_modules\/zod\//;

const root = path.resolve(import.meta.dirname, '..', '..');
const example = path.join(root, 'plans', 'example');
const loadedFile = (loads: string[], name: RegExp) => loads.some((l) => name.test(l));

describe('lazy loading', () => {
  it('`lnhs --help` loads no prompt, browser or PDF code', () => {
    const run = record(['--help']);
    expect(run.status, run.stderr).toBe(0);
    expect(loadedFile(run.loads, /dist\/cli\.cjs$/)).toBe(true); // the recording works
    expect(heavy(run.loads)).toEqual([]);
    expect(chunksWith(run.loads, ZOD)).toEqual([]);
  });

  it('`lnhs validate` loads no prompt, browser or PDF code', () => {
    const run = record(['validate', example]);
    expect(run.status, run.stderr).toBe(0);
    expect(loadedFile(run.loads, /dist\/cli\.cjs$/)).toBe(true);
    expect(heavy(run.loads)).toEqual([]);
    // the control of the zod check of `--help` above: validating loads it
    expect(chunksWith(run.loads, ZOD)).not.toEqual([]);
  });

  it('`lnhs generate` with the built-in templates loads no template compiler', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lnhs-lazy-'));
    try {
      const run = record(['generate', example, '--out', dir, '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      expect(loadedFile(run.loads, /dist\/cli\.cjs$/)).toBe(true);
      expect(chunksWith(run.loads, COMPILER)).toEqual([]);
      expect(heavy(run.loads)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the check fails when such code is loaded', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lnhs-lazy-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('flags the prompt and browser packages', () => {
      const run = record(['--input-type=module', '-e', "await import('@inquirer/prompts'); await import('playwright-core');"], {
        bin: null,
      });
      expect(run.status, run.stderr).toBe(0);
      const found = heavy(run.loads).join('\n');
      expect(found).toMatch(/node_modules\/@inquirer\//);
      expect(found).toMatch(/node_modules\/playwright-core\//);
    });

    it('finds the template compiler when a workspace has templates of its own', () => {
      const ws = path.join(dir, 'custom');
      cpSync(example, ws, { recursive: true });
      mkdirSync(path.join(ws, 'templates'));
      writeFileSync(path.join(ws, 'templates', 'plan.md.hbs'), '# {{text title}}\n');
      const run = record(['generate', ws, '--out', path.join(dir, 'out'), '--only', 'plan', '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      expect(chunksWith(run.loads, COMPILER)).not.toEqual([]);
    });

    it('flags the Word writer of `lnhs generate --format docx` (issue 15)', () => {
      const run = record(['generate', example, '--out', path.join(dir, 'docx'), '--format', 'docx', '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      const found = heavy(run.loads).join('\n');
      expect(found).toMatch(/dist\/cli-docx\.cjs \(.*src\/output\/docx\.ts/);
      expect(found).toMatch(/node_modules\/docx\//);
    });

    it('flags the chunk of `lnhs init`', () => {
      const run = record(['init', path.join(dir, 'ws'), '--yes', '--municipality', 'Testi', '--period', '2027-2030', '--board', 'a:A', '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      expect(heavy(run.loads).join('\n')).toMatch(/src\/init\//);
    });
  });
});
