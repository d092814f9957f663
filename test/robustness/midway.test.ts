// A run that fails midway leaves the earlier outputs byte-identical (SPEC 8, issue 5 item 6d):
// the first generate succeeds, then a broken template override (or an unwritable target) makes
// the next one fail, and every file in the output folder is as it was — content and mtime — with
// no temporary file left behind.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyExample, REPO, snapshot } from '../ci/example.js';

async function generatedOnce() {
  const copy = copyExample();
  const first = await runCli(['generate', 'ws', '--out', 'out'], { cwd: copy.root });
  expect(first.code, first.stderr).toBe(0);
  const out = path.join(copy.root, 'out');
  return { ...copy, out, before: snapshot(out) };
}

/** Write a template override into the workspace's templates/ folder. */
function override(ws: string, rel: string, text: string): void {
  const file = path.join(ws, 'templates', ...rel.split('/'));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The built-in template, with `from` replaced by `to`: broken in one place only. */
function builtinWith(rel: string, from: string, to: string): string {
  const text = String(readFileSync(path.join(REPO, 'templates', ...rel.split('/'))));
  if (!text.includes(from)) throw new Error(`${from} not in ${rel}`);
  return text.replace(from, to);
}

const BROKEN: [string, string, () => string, RegExp][] = [
  ['an unclosed {{#each}} in plan.md.hbs', 'plan.md.hbs', () => '# {{text title}}\n\n{{#each swot}}\n- {{text this}}\n', /plan\.md\.hbs:\d+:\d+/],
  ['an unknown helper in plan.md.hbs', 'plan.md.hbs', () => builtinWith('plan.md.hbs', '# {{text title}}', '# {{shout title}}'), /plan\.md\.hbs:\d+:\d+  error  .*unknown helper shout/],
  // strict mode: a misspelt field fails while rendering, not while compiling
  ['a misspelt field in plan.md.hbs', 'plan.md.hbs', () => builtinWith('plan.md.hbs', '# {{text title}}', '# {{titel}}'), /plan\.md\.hbs:\d+:\d+  error  .*titel/],
  // the plan renders fine and only the agenda fails: the plan must not be written alone
  ['an unclosed {{#if}} in agenda.md.hbs', 'agenda.md.hbs', () => '{{#if date}}\n# {{text title}}\n', /agenda\.md\.hbs:\d+:\d+/],
  ['a misspelt field in agenda.md.hbs, after a good plan', 'agenda.md.hbs', () => builtinWith('agenda.md.hbs', '{{text title}}', '{{titel}}'), /agenda\.md\.hbs:\d+:\d+  error  .*titel/],
  ['a broken partial used by the plan', 'partials/swot-quadrant.md.hbs', () => '### {{t labelKey}}\n{{#each items}}\n- {{md text}\n{{/each}}\n', /swot-quadrant\.md\.hbs:\d+:\d+/],
  ['a partial that is not there', 'plan.md.hbs', () => builtinWith('plan.md.hbs', '{{> swot-quadrant}}', '{{> no-such-partial}}'), /plan\.md\.hbs/],
  ['a partial reaching outside templates/', 'plan.md.hbs', () => builtinWith('plan.md.hbs', '{{> swot-quadrant}}', '{{> ../../../etc/passwd}}'), /plan\.md\.hbs/],
];

describe('a run that fails midway', () => {
  for (const [name, rel, text, where] of BROKEN) {
    it(`leaves earlier outputs byte-identical: ${name}`, async () => {
      const { root, ws, out, before } = await generatedOnce();
      override(ws, rel, text());
      const r = await runCli(['generate', 'ws', '--out', 'out'], { cwd: root });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(where);
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      expect(snapshot(out)).toEqual(before);
    });
  }

  it('the same with the output folder of the workspace itself (the default)', async () => {
    const copy = copyExample();
    expect((await runCli(['generate', 'ws'], { cwd: copy.root })).code).toBe(0);
    const out = path.join(copy.ws, 'out');
    const before = snapshot(out);
    override(copy.ws, 'plan.md.hbs', '{{#each}}');
    const r = await runCli(['generate', 'ws', '--format', 'md,html,github'], { cwd: copy.root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=ws\/templates\/plan\.md\.hbs,line=\d+,col=\d+,/m);
    expect(snapshot(out)).toEqual(before);
  });

  it('a target that cannot be replaced: the others stay as they were, no temporary file is left', async () => {
    const { root, out } = await generatedOnce();
    // agenda.ics, written last, is now a folder: renaming onto it fails after the others are staged
    const ics = path.join(out, 'agenda.ics');
    copyFileSync(ics, path.join(root, 'agenda.ics.bak'));
    rmSync(ics);
    mkdirSync(path.join(ics, 'sub'), { recursive: true });
    const before = snapshot(out);
    // a changed input, so that every output would change
    writeFileSync(path.join(root, 'ws', 'plan.yaml'), String(readFileSync(path.join(root, 'ws', 'plan.yaml'))).replace('language: fi', 'language: sv'));
    const r = await runCli(['generate', 'ws', '--out', 'out'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lnhs: could not write the outputs to out (EISDIR: out/agenda.ics); the previous outputs are unchanged.\n');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a rename that fails halfway puts every file back as it was and removes the new ones', async () => {
    const { out, before } = await generatedOnce();
    let renames = 0;
    vi.resetModules();
    // the moves are synchronous (a signal handler must find the disk as the journal says)
    vi.doMock('node:fs', async (importOriginal) => {
      const real = await importOriginal<typeof import('node:fs')>();
      const renameSync = (from: string, to: string) => {
        // the third new file fails to move into place, after two have replaced their old ones
        if (from.endsWith('.tmp') && !from.includes('lnhs-journal') && ++renames === 3) {
          throw Object.assign(new Error(`EIO: i/o error, rename '${from}'`), { code: 'EIO' });
        }
        return real.renameSync(from, to);
      };
      return { ...real, renameSync, default: { ...real, renameSync } };
    });
    try {
      const { writeOutputs } = await import('../../src/output/write.js');
      const files = ['new.md', ...Object.keys(before)].map((name) => ({ name, content: `changed ${name}\n` }));
      await expect(writeOutputs(out, files)).rejects.toThrow(/EIO/);
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
    expect(renames).toBe(3);
    expect(snapshot(out)).toEqual(before);
  });

  // Tests run as root here and in CI, where a read-only folder is still writable; the refusal
  // of the file system is therefore simulated, as an EACCES from the first write.
  it('an output folder that cannot be written: exit 1, one line, nothing changes', async () => {
    const { root, out, before } = await generatedOnce();
    writeFileSync(path.join(root, 'ws', 'plan.yaml'), String(readFileSync(path.join(root, 'ws', 'plan.yaml'))).replace('language: fi', 'language: sv'));
    vi.resetModules();
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const real = await importOriginal<typeof import('node:fs/promises')>();
      const open = async (file: string, ...rest: unknown[]) => {
        if (String(file).startsWith(out)) {
          throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES', path: String(file) });
        }
        return (real.open as (...a: unknown[]) => Promise<unknown>)(file, ...rest);
      };
      return { ...real, open, default: { ...real, open } };
    });
    try {
      const { runCli: run } = await import('../helpers/cli.js');
      const r = await run(['generate', 'ws', '--out', 'out'], { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^lnhs: could not write the outputs to out \(EACCES: out\/\.plan\.md\.[0-9a-f]{16}\.tmp\); the previous outputs are unchanged\.\n$/);
    } finally {
      vi.doUnmock('node:fs/promises');
      vi.resetModules();
    }
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
