// End to end: the BUILT command (bin/lnhs.cjs → dist/cli.cjs) and the built library reached by its
// package name, each as its own Node process. Few spawns; the in-process tests cover the rest.
import { execFile, execFileSync, spawn } from 'node:child_process';
import Module from 'node:module';
import { cpSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenExample, edit, REPO } from '../ci/example.js';
import { testdir } from '../helpers/testdir.js';

const run = promisify(execFile);
const BIN = path.join(REPO, 'bin', 'lnhs.cjs');
const TYPES = path.join(REPO, 'dist', 'types', 'index.d.ts');

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

async function node(args: string[], cwd: string, timeout = 20_000): Promise<Spawned> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: 'C' };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'LNHS_DEBUG', 'LANGUAGE', 'LC_MESSAGES']) delete env[name];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd, env, timeout });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(() => {
  // `npm test` builds first; build here only when that has not happened (declarations too when
  // they are missing, since the package's "types" points at them)
  const missingCode = !existsSync(path.join(REPO, 'dist', 'cli.cjs')) || !existsSync(path.join(REPO, 'dist', 'index.js'));
  const missingTypes = !existsSync(TYPES);
  if (missingCode || missingTypes) {
    execFileSync(process.execPath, ['scripts/build.mjs', ...(missingTypes ? [] : ['--no-types'])], { cwd: REPO, stdio: 'pipe' });
  }
}, 120_000);

describe('bin/lnhs.cjs', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const r = await node([BIN, '--version'], REPO);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  // npm links the bin and runs it by its `#!/usr/bin/env node` line (`npx lnhs …` in the Quick
  // start): it must be executable in the repository, not only runnable as `node bin/lnhs.cjs`
  it('runs as a program of its own, as npm links it', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: { lnhs: string } };
    const bin = path.join(REPO, pkg.bin.lnhs);
    expect(bin).toBe(BIN);
    const { stdout } = await run(bin, ['--version'], { cwd: REPO });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const mode = execFileSync('git', ['ls-files', '-s', 'bin/lnhs.cjs'], { cwd: REPO, encoding: 'utf8' });
    expect(mode.slice(0, 6)).toBe('100755');
  });

  it('generate plans/example --out <tmp> writes the documents', async () => {
    const out = path.join(testdir({}), 'public');
    const r = await node([BIN, 'generate', 'plans/example', '--out', out], REPO);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['agenda.html', 'agenda.ics', 'agenda.md', 'plan.html', 'plan.md']);
    expect(readFileSync(path.join(out, 'plan.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  // The bundle is not the source: a dependency imported lazily can behave differently once
  // bundled (`merge --format yaml` once died with exit 70 there while passing in-process), so
  // every lazily loaded path runs once through the built binary.
  it('runs every lazily loaded path of the bundle: yaml output, suggestions, overrides, status, diff, schema', async () => {
    const yaml = await node([BIN, 'merge', 'plans/example', '--format', 'yaml'], REPO);
    expect(yaml.code, yaml.stderr).toBe(0);
    expect(yaml.stdout).toContain('swot:\n  strengths:\n');
    const suggest = await node([BIN, 'merge', 'plans/example', '--suggest', '--format', 'yaml'], REPO);
    expect(suggest.code, suggest.stderr).toBe(0);
    expect(suggest.stdout).toMatch(/^- quadrant: strengths\n  score: 0\.91/);
    const status = await node([BIN, 'status', 'plans/example', '--format', 'json'], REPO);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toHaveProperty('boards');
    const diff = await node([BIN, 'diff', 'plans/example', 'plans/example'], REPO);
    expect(diff).toMatchObject({ code: 0, stdout: 'No changes.\n' });
    const schema = await node([BIN, 'schema', 'board'], REPO);
    expect(JSON.parse(schema.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });

    // a workspace override needs the full Handlebars compiler, which the bundle loads lazily
    const dir = testdir({});
    const copy = path.join(dir, 'ws');
    cpSync(path.join(REPO, 'plans', 'example'), copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
    const eject = await node([BIN, 'templates', 'eject', copy, '--only', 'plan.md.hbs'], dir);
    expect(eject.code, eject.stderr).toBe(0);
    const template = path.join(copy, 'templates', 'plan.md.hbs');
    writeFileSync(template, readFileSync(template, 'utf8').replace(/^/, 'Luonnos — ei hyväksytty.\n\n'));
    const generate = await node([BIN, 'generate', copy, '--only', 'plan', '--format', 'md'], dir);
    expect(generate.code, generate.stderr).toBe(0);
    expect(readFileSync(path.join(copy, 'out', 'plan.md'), 'utf8')).toMatch(/^Luonnos — ei hyväksytty\.\n\n# /);
  });

  // bin/lnhs.cjs runs these as bundles of their own (scripts/build.mjs, issue 7)
  it('runs the bundles split off the command line: init, indicators import, monitoring init, PDF printing', async () => {
    const dir = testdir({});
    const init = await node(
      [BIN, 'init', 'ws', '--yes', '--municipality', 'Testilä', '--period', '2027-2030', '--board', 'perusturva', '--quiet'],
      dir,
    );
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'ws', 'plan.yaml'), 'utf8')).toContain('Testilä');
    const fixtures = path.join(REPO, 'test', 'indicators', 'fixtures');
    const imported = await node(
      [BIN, 'indicators', 'import', path.join(fixtures, 'sotkanet.json'), 'ws', '--metadata', path.join(fixtures, 'metadata.json')],
      dir,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'ws', 'indicators.yaml'), 'utf8')).toContain('sotkanet-');
    // the yearly follow-up (issue 16): a fresh workspace has no goals yet, so the file it writes
    // has no actions, and it validates
    const monitoring = await node([BIN, 'monitoring', 'init', '--year', '2027', 'ws'], dir);
    expect(monitoring.code, monitoring.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'ws', 'monitoring', '2027.yaml'), 'utf8')).toContain('year: 2027\n');
    const validated = await node([BIN, 'validate', 'ws/monitoring/2027.yaml'], dir);
    expect(validated.code, validated.stderr).toBe(0);

    // PDF printing: its bundle requires playwright-core, which drives Debian's Chromium; a document
    // with a contents page is printed twice (issue 14), which takes a while on a busy machine
    const pdf = await node([BIN, 'generate', path.join(REPO, 'plans', 'example'), '--format', 'pdf', '--only', 'agenda', '--out', 'pdf'], dir, 90_000);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'pdf', 'agenda.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    // an error thrown in a bundle of its own is still recognised by the main one: exit 2, not 70
    const usage = await node([BIN, 'init', 'other'], dir);
    expect(usage.code, usage.stderr).toBe(2);
    expect(usage.stderr).toContain('--municipality');
    expect(usage.stderr).not.toContain('internal error');
  }, 150_000);

  // The code cache is the larger part of the start-up figures of SPEC 9; a build that made it
  // unusable (another wrapper, another Node) would only be slower, so it is checked here, on the
  // Node that runs the tests (.ci/run runs this file on Node 20, 22 and 24; issue 17).
  it("uses Node's compile cache (Node 22+) or the build's V8 code cache (Node 20), and runs without it", async () => {
    if (typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function') {
      // the bin enables Node's own cache, kept outside the package and valid for this Node only
      const probe = path.join(testdir({}), 'probe.cjs');
      writeFileSync(probe, "process.on('exit', () => process.stderr.write('compile cache: ' + require('node:module').getCompileCacheDir()));\n");
      const r = await node(['--require', probe, BIN, '--version'], REPO);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^compile cache: \S+/);
      expect(r.stderr).not.toContain(REPO);
      return;
    }
    const probe = `
      const { load, compiled } = require(${JSON.stringify(BIN)});
      load('cli.cjs');
      console.log(JSON.stringify({ rejected: compiled.get('cli.cjs').cachedDataRejected }));`;
    const cached = await node(['-e', probe], REPO);
    expect(cached.code, cached.stderr).toBe(0);
    expect(JSON.parse(cached.stdout)).toEqual({ rejected: false });
    // named for the V8 that made it, so that another Node does not even read it
    expect(existsSync(path.join(REPO, 'dist', `cli.cjs.${process.versions.v8}.cache`))).toBe(true);

    // a copy of the package without the caches (as after `node scripts/build.mjs --no-cache`)
    const copy = path.join(testdir({}), 'pkg');
    cpSync(REPO, copy, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|\.git|plans[\\/]example[\\/]out)$/.test(src) && !src.endsWith('.cache'),
    });
    expect(readdirSync(path.join(copy, 'dist')).filter((f) => f.endsWith('.cache'))).toEqual([]);

    // a cache older than its bundle is not used: V8 would take one made for other code of the
    // same length
    const stale = path.join(testdir({}), 'stale');
    cpSync(REPO, stale, { recursive: true, filter: (src) => !/[\\/](node_modules|\.git|plans[\\/]example[\\/]out)$/.test(src) });
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(stale, 'dist', 'cli.cjs'), later, later);
    const staleProbe = probe.replace(JSON.stringify(BIN), JSON.stringify(path.join(stale, 'bin', 'lnhs.cjs')));
    const notUsed = await node(['-e', staleProbe], REPO);
    expect(notUsed.code, notUsed.stderr).toBe(0);
    expect(JSON.parse(notUsed.stdout)).toEqual({}); // no cachedData given: `rejected` is undefined
    const outputs = [];
    for (const bin of [BIN, path.join(copy, 'bin', 'lnhs.cjs')]) {
      const out = path.join(testdir({}), 'public');
      const r = await node([bin, 'generate', 'plans/example', '--out', out, '--quiet'], REPO);
      expect(r.code, r.stderr).toBe(0);
      outputs.push(readFileSync(path.join(out, 'plan.html'), 'utf8'));
    }
    expect(outputs[1]).toBe(outputs[0]);
  });

  it('a bad workspace: exit 1, file:line:col on stderr, no stack trace, nothing written', async () => {
    const { root, errorLine } = brokenExample();
    edit(path.join(root, 'ws'), 'meeting.yaml', /^place: .*$/m, 'place: [Järvilahti');
    const r = await node([BIN, 'generate', 'ws', '--out', 'public'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`ws/boards/sivistys.yaml:${errorLine}:3`);
    expect(r.stderr).toMatch(/ws\/meeting\.yaml:\d+:\d+ {2}error/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(root, 'public'))).toBe(false);
  });

  it('stops quietly when the reader of its output goes away (`lnhs schema | head -1`)', async () => {
    const child = spawn(process.execPath, [BIN, 'schema'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before lnhs writes: its write fails with EPIPE
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('an unknown command: exit 2 with the help hint', async () => {
    const r = await node([BIN, 'publish'], REPO);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown command 'publish'");
    expect(r.stderr).toContain("Run 'lnhs --help' for usage.");
  });
});

describe("the package: import { … } from 'lnhs'", () => {
  it('resolves through package.json "exports" (self-reference) to the built library, which runs the pipeline', async () => {
    const script = `
      import { loadWorkspace, validate, merge, render } from 'lnhs';
      const loaded = await loadWorkspace('plans/example');
      const { model, diagnostics } = validate(loaded);
      const rendered = await render(merge(model), { formats: ['md', 'html'] });
      console.log(JSON.stringify({
        resolved: import.meta.resolve('lnhs'),
        diagnostics: diagnostics.length + rendered.diagnostics.length,
        files: rendered.files.map((f) => f.name),
      }));`;
    const r = await node(['--input-type=module', '-e', script], REPO);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      resolved: new URL('dist/index.js', `file://${REPO}/`).href,
      diagnostics: 0,
      files: ['plan.md', 'plan.html', 'agenda.md', 'agenda.html', 'agenda.ics'],
    });
  });

  it('has type declarations where package.json says, exporting the stages', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      types: string;
      exports: { '.': { types: string; import: string } };
    };
    expect(path.resolve(REPO, pkg.exports['.'].types)).toBe(TYPES);
    expect(path.resolve(REPO, pkg.types)).toBe(TYPES);
    const dts = readFileSync(TYPES, 'utf8');
    for (const name of ['loadWorkspace', 'validate', 'merge', 'render']) {
      expect(dts).toMatch(new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from`));
    }
    expect(dts).toMatch(/\btype Diagnostic\b/);
    // the stages' own declarations are there too, so the names resolve to real types
    for (const rel of ['workspace/load.d.ts', 'validate/index.d.ts', 'merge/index.d.ts', 'render/index.d.ts']) {
      expect(existsSync(path.join(REPO, 'dist', 'types', rel)), rel).toBe(true);
    }
  });

  it('exports the pipeline, not the command line, and no internal type (issue 17)', () => {
    const dts = readFileSync(TYPES, 'utf8');
    expect(dts).not.toMatch(/\brun\b/);
    expect(dts).not.toMatch(/cli\//);
    // SourceFile is public; its position index (the fast path's tree or yaml's Document) is not
    const types = readFileSync(path.join(REPO, 'dist', 'types', 'workspace', 'types.d.ts'), 'utf8');
    expect(types).toMatch(/interface SourceFile\b/);
    expect(types).toMatch(/\blineCounter\b/); // the declarations are there
    expect(types).not.toMatch(/positions|PosMap|NodePositions/);
  });
});
