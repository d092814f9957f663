// Output writing that no planted file can redirect and no interruption can leave half done
// (issue 12 items 1 and 6): links planted at every temporary and backup name, at the targets and
// at the folders; a kill (SIGKILL, SIGTERM, SIGINT) at every step of the write sequence, in a
// child process, after which the outputs are all old or all new with nothing left behind; a lock
// that makes concurrent runs wait.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, rmSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { JOURNAL_NAME, LOCK_NAME, OutputBusyError, recoverSync, writeOutputs } from '../../src/output/write.js';
import { copyExample, REPO } from '../ci/example.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';

const NAMES = ['plan.md', 'plan.html', 'agenda.md', 'agenda.html', 'agenda.ics'];
const OLD = NAMES.map((name) => ({ name, content: `old ${name}\n` }));
const NEW = NAMES.map((name) => ({ name, content: `new ${name}\n`.repeat(1000) }));

/** Every entry of a folder, recursively, with its content (links as `-> target`). */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (e.isSymbolicLink()) out[rel] = `-> ${readlinkSync(p)}`;
      else if (e.isDirectory()) walk(p);
      else out[rel] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const asListing = (files: { name: string; content: string }[]) => Object.fromEntries(files.map((f) => [f.name, f.content]));

describe('planted links', () => {
  it('a link at every temporary and backup name is never written through', async () => {
    const root = testdir({ 'victim.txt': 'precious\n' });
    const out = path.join(root, 'out');
    await writeOutputs(out, OLD);
    // plant links at the very names this run chose, after it chose them and before it writes
    let planted = 0;
    const run = writeOutputs(out, NEW, {
      onStep: (_step, what) => {
        if (what !== 'temporaries') return;
        const journal = JSON.parse(readFileSync(path.join(out, JOURNAL_NAME), 'utf8')) as { entries: { tmp: string; backup: string }[] };
        for (const e of journal.entries) {
          for (const name of [e.tmp, e.backup]) {
            symlinkSync(path.join(root, 'victim.txt'), path.join(out, name));
            planted++;
          }
        }
      },
    });
    // O_EXCL refuses the planted name: the run fails cleanly instead of writing through it
    await expect(run).rejects.toMatchObject({ code: 'EEXIST' });
    expect(planted).toBe(NAMES.length * 2);
    expect(readFileSync(path.join(root, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(listing(out)).toEqual(asListing(OLD));
  });

  it('links committed at the predictable names of earlier versions are removed, not followed', async () => {
    const copy = copyExample();
    const out = path.join(copy.ws, 'out');
    mkdirSync(out);
    const planYaml = readFileSync(path.join(copy.ws, 'plan.yaml'), 'utf8');
    for (let pid = 1; pid < 200; pid++) {
      for (const name of NAMES) symlinkSync('../plan.yaml', path.join(out, `.${name}.${pid}.tmp`));
    }
    symlinkSync('../plan.yaml', path.join(out, '.agenda.ics.77.bak'));
    const r = await runCli(['generate', 'ws'], { cwd: copy.root });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(copy.ws, 'plan.yaml'), 'utf8')).toBe(planYaml);
    expect(readdirSync(out).sort()).toEqual([...NAMES].sort());
  });

  it('an output that is a link is replaced by a file; what it pointed at is unchanged', async () => {
    const root = testdir({ 'victim.txt': 'precious\n' });
    const out = path.join(root, 'out');
    mkdirSync(out);
    symlinkSync(path.join(root, 'victim.txt'), path.join(out, 'plan.md'));
    await writeOutputs(out, NEW);
    expect(readFileSync(path.join(root, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(out, 'plan.md')).isFile()).toBe(true);
    expect(listing(out)).toEqual(asListing(NEW));
  });

  it("a workspace's out/ that is a link is refused (one line, exit 1); a folder named with --out may be one", async () => {
    const copy = copyExample();
    const elsewhere = path.join(copy.root, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(copy.ws, 'out'));
    const r = await runCli(['generate', 'ws'], { cwd: copy.root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lnhs: could not write the outputs to ws/out (ELOOP: ws/out); the previous outputs are unchanged.\n');
    expect(readdirSync(elsewhere)).toEqual([]);
    const named = await runCli(['generate', 'ws', '--out', 'ws/out'], { cwd: copy.root });
    expect(named.code, named.stderr).toBe(0);
    expect(readdirSync(elsewhere).sort()).toEqual([...NAMES].sort());
  });

  it('a folder below the output folder that is a link is refused', async () => {
    const root = testdir({});
    const out = path.join(root, 'ws');
    mkdirSync(out);
    mkdirSync(path.join(root, 'elsewhere'));
    symlinkSync(path.join(root, 'elsewhere'), path.join(out, 'boards'));
    await expect(writeOutputs(out, [{ name: 'boards/a.yaml', content: 'x' }])).rejects.toMatchObject({ code: 'ELOOP' });
    expect(readdirSync(path.join(root, 'elsewhere'))).toEqual([]);
    expect(readdirSync(out)).toEqual(['boards']);
  });

  it('templates eject refuses a templates/ that is a link and does not write through it', async () => {
    const copy = copyExample();
    const elsewhere = path.join(copy.root, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(copy.ws, 'templates'));
    const r = await runCli(['templates', 'eject', 'ws'], { cwd: copy.root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lnhs: ws/templates: is a symbolic link (ELOOP)\n');
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('file-system faults on a write are one line and exit 1', () => {
  it.each([
    ['templates eject onto a file', ['templates', 'eject', 'ws'], 'templates', /^lnhs: ws\/templates: is not a folder \(ENOTDIR\)\n$/],
    ['schema --out onto a file', ['schema', '--out', 'ws/plan.yaml'], null, /^lnhs: ws\/plan\.yaml: is not a folder \(ENOTDIR\)\n$/],
    ['schema --out below /proc', ['schema', '--out', '/proc/lnhs-no'], null, /^lnhs: \/proc\/lnhs-no: .* \((ENOENT|EACCES|EPERM|EROFS)\)\n$/],
    // root may write almost anywhere: /sys/kernel refuses even root (EACCES), and the message names the folder
    ['indicators import --force into a folder that cannot be written', ['indicators', 'import', 'data.json', '/sys/kernel', '--force'], null, /^lnhs: \/sys\/kernel: .* \((EACCES|EPERM|EROFS)\)\n$/],
    ['schema --out onto /proc itself', ['schema', '--out', '/proc'], null, /^lnhs: \/proc: .* \((ENOENT|EACCES|EPERM|EROFS)\)\n$/],
    ['indicators import --force onto a folder', ['indicators', 'import', 'data.json', 'ws', '--force'], 'indicators.yaml/', /^lnhs: ws\/indicators\.yaml: is not a file \(EISDIR\)\n$/],
  ])('%s', async (_name, argv, plant, expected) => {
    const copy = copyExample();
    writeFileSync(path.join(copy.root, 'data.json'), JSON.stringify([{ indicator: 1, region: 1, year: 2020, gender: 'total', value: 1 }]));
    if (plant === 'templates') writeFileSync(path.join(copy.ws, 'templates'), 'a file\n');
    if (plant === 'indicators.yaml/') {
      rmSync(path.join(copy.ws, 'indicators.yaml'), { force: true });
      mkdirSync(path.join(copy.ws, 'indicators.yaml'));
    }
    const r = await runCli(argv as string[], { cwd: copy.root });
    expect(r.stderr).toMatch(expected);
    expect(r.code).toBe(1);
  });

  it('--out with an empty folder name is wrong usage', async () => {
    const copy = copyExample();
    const r = await runCli(['generate', 'ws', '--out', ''], { cwd: copy.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out needs a folder/);
    expect(existsSync(path.join(copy.ws, 'out'))).toBe(false);
  });
});

describe('one run at a time', () => {
  it('concurrent writes into one folder wait for each other: the result is one whole set', async () => {
    const out = path.join(testdir({}), 'out');
    const sets = Array.from({ length: 4 }, (_, i) => NAMES.map((name) => ({ name, content: `run ${i} ${name}\n`.repeat(200) })));
    await Promise.all(sets.map((files) => writeOutputs(out, files)));
    const result = listing(out);
    expect(sets.map(asListing)).toContainEqual(result);
  });

  it('a lock held by a live process: the second run fails clearly after waiting', async () => {
    const out = testdir({});
    const holder = spawn('sleep', ['20']);
    try {
      writeFileSync(path.join(out, LOCK_NAME), JSON.stringify({ pid: holder.pid, host: hostname(), token: 'x' }));
      const started = Date.now();
      const error = await writeOutputs(out, NEW, { lockTimeoutMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputBusyError);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect((error as OutputBusyError).reason).toBe(`is held by another lnhs run (process ${holder.pid} on ${hostname()})`);
      expect(readdirSync(out)).toEqual([LOCK_NAME]);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('a stale lock (its process is gone) or a planted link at the lock is taken over', async () => {
    const root = testdir({ 'victim.txt': 'precious\n' });
    const out = path.join(root, 'out');
    mkdirSync(out);
    const dead = spawnSync('true').pid!;
    writeFileSync(path.join(out, LOCK_NAME), JSON.stringify({ pid: dead, host: hostname(), token: 'x' }));
    await writeOutputs(out, OLD, { lockTimeoutMs: 0 });
    symlinkSync(path.join(root, 'victim.txt'), path.join(out, LOCK_NAME));
    await writeOutputs(out, NEW, { lockTimeoutMs: 0 });
    expect(readFileSync(path.join(root, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(listing(out)).toEqual(asListing(NEW));
  });
});

/** Run one write of NEW over OLD in a child process that `signal`s itself before step `step`. */
function interruptedChild(out: string, step: number, signal: 'SIGKILL' | 'SIGTERM' | 'SIGINT') {
  const script = `
    const { writeOutputs } = await import(${JSON.stringify(path.join(REPO, 'dist', 'index.js'))});
    const files = JSON.parse(process.env.FILES);
    await writeOutputs(process.env.OUT, files, {
      onStep: (n) => { if (n === Number(process.env.STEP)) process.kill(process.pid, process.env.SIG); },
    });
    process.stdout.write('completed');
  `;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, OUT: out, STEP: String(step), SIG: signal, FILES: JSON.stringify(NEW) },
    encoding: 'utf8',
  });
}

describe('an interruption at every step of the write sequence', () => {
  // the steps of writing five files over five old ones (counted by a run without a kill)
  let steps = 0;
  it('counts the steps', async () => {
    const out = path.join(testdir({}), 'out');
    await writeOutputs(out, OLD);
    await writeOutputs(out, NEW, { onStep: (n) => (steps = n) });
    // journal, temporaries, journal, 5 × (backup + rename), journal, 5 backups removed, journal removed
    expect(steps).toBe(1 + 1 + 1 + 10 + 1 + 5 + 1);
  });

  for (const signal of ['SIGKILL', 'SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: afterwards all old or all new, nothing left behind`, async () => {
      expect(steps).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (let step = 1; step <= steps; step++) {
        const out = path.join(testdir({}), 'out');
        await writeOutputs(out, OLD);
        const child = interruptedChild(out, step, signal);
        if (signal === 'SIGKILL') {
          expect(child.signal).toBe('SIGKILL');
          expect(child.stdout, `step ${step}`).toBe('');
          // the next run first rolls the interrupted one back
          recoverSync(out);
        } else {
          // handled: rolled back at once, exit 128 + the signal's number; or, when the signal came
          // during the synchronous moves, the write finished first (checked below: all new)
          if (child.stdout === 'completed') {
            expect(listing(out), `step ${step}`).toEqual(asListing(NEW));
          } else {
            expect(child.status, `step ${step}: ${child.stderr}`).toBe(signal === 'SIGINT' ? 130 : 143);
            expect(child.stderr).toMatch(/interrupted/);
          }
        }
        // a killed run's lock stays until the next run finds its process gone and takes it over
        const after = listing(out);
        if (signal === 'SIGKILL') delete after[LOCK_NAME];
        const same = (files: { name: string; content: string }[]) => isDeepStrictEqual(after, asListing(files));
        const state = same(OLD) ? 'old' : same(NEW) ? 'new' : 'mixed';
        expect(state, `step ${step}: ${Object.keys(after).join(', ')}`).not.toBe('mixed');
        seen.add(state);
        // and the next run writes its set whole, with nothing left behind
        await writeOutputs(out, NEW);
        expect(listing(out)).toEqual(asListing(NEW));
      }
      // early kills leave the old set, kills after the last move the new one
      expect([...seen].sort()).toEqual(['new', 'old']);
    }, 120_000);
  }
});
