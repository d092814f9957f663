// Issue 4: "The new workspace validates with only warnings about content still to write."
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initCommand, type InitOptions } from '../../src/cli/commands/init.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { validate } from '../../src/validate/index.js';
import { cleanup, tempDir, testContext } from './helpers.js';

let cwd: string;
beforeEach(async () => {
  cwd = await tempDir('lnhs-init-validate-');
});
afterEach(async () => {
  await cleanup(cwd);
});

const flags: InitOptions = {
  yes: true,
  municipality: ['Järvilahti'],
  period: '2027-2030',
  board: ['perusturva', 'sivistys', 'x:Lauta: "kunta" # 3'],
};

async function diagnosticsOf(dir: string) {
  const { diagnostics } = validate(await loadWorkspace(dir));
  return diagnostics;
}

describe('a fresh workspace', () => {
  for (const kind of ['municipality', 'county', 'joint'] as const) {
    it(`validates with warnings only (${kind})`, async () => {
      const t = testContext({ cwd });
      expect(await initCommand('.', { ...flags, kind, county: 'Järvi-Suomen hyvinvointialue' }, t.ctx)).toBe(0);
      const diagnostics = await diagnosticsOf(cwd);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const codes = new Set(diagnostics.map((d) => d.code));
      expect(codes.has('missing-section')).toBe(true);
      // only content still to write: sections, the vision, the boards' submissions
      for (const d of diagnostics) expect(d.code, d.message).toMatch(/missing-section|vision|submitted/);
    });
  }

  it('still validates when the examples in the comments are taken into use', async () => {
    const t = testContext({ cwd });
    expect(await initCommand('.', { ...flags, kind: 'joint' }, t.ctx)).toBe(0);
    const uncomment = (text: string, from: string) => {
      // the commented example that starts with `# from`, up to the next explanation (a sentence)
      const lines = text.split('\n');
      const start = lines.findIndex((l) => l.trimStart().startsWith(`# ${from}`));
      if (start < 0) {
        expect(lines.some((l) => l.trimStart().startsWith(from)), from).toBe(true); // taken into use with the previous one
        return text;
      }
      for (let i = start; i < lines.length && /^\s*# (?![A-ZÄÖÅ])/.test(lines[i]!); i++) lines[i] = lines[i]!.replace(/^(\s*)# /, '$1');
      return lines.join('\n');
    };
    const edit = async (rel: string, fn: (s: string) => string) => {
      const file = path.join(cwd, rel);
      await writeFile(file, fn(await readFile(file, 'utf8')));
    };
    await edit('plan.yaml', (s) => {
      for (const key of ['title:', 'steering_group:', 'vision:', 'themes:', 'approval:']) s = uncomment(s, key);
      return uncomment(s.replace(/^sections: \{\}\n/m, ''), 'sections:');
    });
    await edit('boards/perusturva.yaml', (s) => {
      for (const q of ['strengths', 'weaknesses', 'opportunities', 'threats']) s = uncomment(s.replace(new RegExp(`^ {2}${q}: \\[\\]\\n`, 'm'), ''), `${q}:`);
      for (const key of ['municipality:', 'contact:', 'submitted:', 'vision:', 'goals:']) s = uncomment(s, key);
      return s;
    });
    await edit('meeting.yaml', (s) => {
      for (const key of ['title:', 'end:', 'boards:', 'sections:', 'chair:', 'secretary:', 'items:']) s = uncomment(s, key);
      return s;
    });
    const diagnostics = await diagnosticsOf(cwd);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'missing-section')).toEqual([]);
  });
});
