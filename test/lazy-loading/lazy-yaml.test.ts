// `yaml` is loaded only when a file leaves the fast path of workspace/fast-yaml.ts (issue 7): the
// build turns src/lazy/yaml.ts's `load()` into a lazy require, so each call here is a load.
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testdir } from '../helpers/testdir.js';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/lazy/yaml.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lazy/yaml.js')>();
  return {
    load: () => {
      calls.n++;
      return real.load();
    },
  };
});

const { loadWorkspace } = await import('../../src/workspace/load.js');
const { validate } = await import('../../src/validate/index.js');
const example = path.resolve(import.meta.dirname, '..', '..', 'plans', 'example');

describe('yaml is loaded lazily', () => {
  beforeEach(() => {
    calls.n = 0;
  });

  it('not at all for the example workspace, through validation', async () => {
    const loaded = await loadWorkspace(example);
    expect(validate(loaded).model).toBeDefined();
    expect(calls.n).toBe(0);
  });

  it('for a file the fast path leaves to it, with the diagnostics yaml gives', async () => {
    const ws = path.join(testdir({}), 'ws');
    cpSync(example, ws, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    writeFileSync(path.join(ws, 'meeting.yaml'), 'place: [Valtuustosali\n');
    const loaded = await loadWorkspace(ws);
    expect(calls.n).toBeGreaterThan(0);
    expect(loaded.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['yaml-syntax', expect.any(Number)]);
  });
});
