import { mkdtemp, readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initCommand, type InitOptions, type PromptDriver } from '../../src/cli/commands/init.js';
import { UsageError } from '../../src/cli/context.js';
import { cleanup, tempDir, testContext } from '../init/helpers.js';

const repoRoot = path.resolve(__dirname, '../..');

const allFlags: InitOptions = {
  yes: true,
  municipality: ['Järvilahti'],
  kind: 'municipality',
  period: '2027-2030',
  language: 'fi',
  board: ['perusturva:Perusturvalautakunta', 'sivistys:Sivistyslautakunta', 'vapaa-aika:Vapaa-aikalautakunta'],
};

let cwd: string;
beforeEach(async () => {
  cwd = await tempDir('lnhs-init-');
});
afterEach(async () => {
  await cleanup(cwd);
});

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel + '/')));
    else out.push(rel);
  }
  return out.sort();
}

const read = (...parts: string[]) => readFile(path.join(cwd, ...parts), 'utf8');

/** Where a `$schema=` line in `file` leads, as an absolute path. */
function schemaTarget(file: string, text: string): string {
  const m = /^# yaml-language-server: \$schema=(.+)$/m.exec(text.split('\n')[0]!);
  expect(m, `schema line in ${file}`).not.toBeNull();
  return path.resolve(path.dirname(file), m![1]!);
}

describe('lnhs init with flags', () => {
  it('writes plan, boards, meeting and .gitignore with --yes', async () => {
    const t = testContext({ cwd });
    expect(await initCommand('ws', allFlags, t.ctx)).toBe(0);
    const ws = path.join(cwd, 'ws');
    expect(await listFiles(ws)).toEqual([
      '.gitignore',
      'boards/perusturva.yaml',
      'boards/sivistys.yaml',
      'boards/vapaa-aika.yaml',
      'meeting.yaml',
      'plan.yaml',
    ]);
    await expect(stat(path.join(ws, 'templates'))).rejects.toThrow();
    expect(await read('ws', '.gitignore')).toMatch(/^out\/$/m);

    const plan = parse(await read('ws', 'plan.yaml'));
    expect(plan).toMatchObject({ kind: 'municipality', municipalities: ['Järvilahti'], period: { start: 2027, end: 2030 }, language: 'fi' });
    const board = parse(await read('ws', 'boards', 'sivistys.yaml'));
    expect(board.board).toEqual({ id: 'sivistys', name: 'Sivistyslautakunta' });
    expect(board.swot).toEqual({ strengths: [], weaknesses: [], opportunities: [], threats: [] });
    expect(parse(await read('ws', 'meeting.yaml'))).toEqual({ date: '2026-12-07', start: '17:00', place: 'Kunnantalo, valtuustosali' });

    // progress and next steps on stderr, nothing on stdout
    expect(t.stdout()).toBe('');
    expect(t.stderr()).toContain('Created the workspace ws:');
    expect(t.stderr()).toContain('  boards/perusturva.yaml');
    expect(t.stderr()).toContain('lnhs validate ws');
  });

  it('points each $schema line at the published schema of this version, which works wherever the file is sent', async () => {
    const t = testContext({ cwd });
    expect(await initCommand(undefined, allFlags, t.ctx)).toBe(0);
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const [rel, name] of [
      ['plan.yaml', 'plan'],
      ['boards/perusturva.yaml', 'board'],
      ['meeting.yaml', 'meeting'],
    ] as const) {
      const text = await readFile(path.join(cwd, rel), 'utf8');
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=https://unpkg.com/lnhs@${version}/schema/${name}.schema.json`);
    }
  });

  it('with --schema local, points each $schema line at the committed schema of this repository', async () => {
    const t = testContext({ cwd });
    expect(await initCommand(undefined, { ...allFlags, schema: 'local' }, t.ctx)).toBe(0);
    for (const [rel, name] of [
      ['plan.yaml', 'plan'],
      ['boards/perusturva.yaml', 'board'],
      ['meeting.yaml', 'meeting'],
    ] as const) {
      const file = path.join(cwd, rel);
      const text = await readFile(file, 'utf8');
      expect(schemaTarget(file, text)).toBe(path.join(repoRoot, 'schema', `${name}.schema.json`));
      expect(text).toMatch(/^# [A-ZÄÖ].*[äö]/m); // Finnish comments follow
    }
  });

  it('uses a short relative path for a workspace inside the repository', async () => {
    const inside = await mkdtemp(path.join(repoRoot, 'test', '.tmp-init-'));
    try {
      const t = testContext({ cwd: inside });
      expect(await initCommand('.', { ...allFlags, schema: 'local' }, t.ctx)).toBe(0);
      const plan = await readFile(path.join(inside, 'plan.yaml'), 'utf8');
      expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/plan.schema.json');
      const board = await readFile(path.join(inside, 'boards', 'perusturva.yaml'), 'utf8');
      expect(board.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schema/board.schema.json');
    } finally {
      await cleanup(inside);
    }
  });

  it('needs no --yes when every answer is a flag', async () => {
    const t = testContext({ cwd });
    const { yes: _, ...flags } = allFlags;
    expect(await initCommand('.', flags, t.ctx)).toBe(0);
    expect(await listFiles(cwd)).toContain('plan.yaml');
  });

  it('defaults kind and language, keeps the county, and accepts common board ids', async () => {
    const t = testContext({ cwd });
    const code = await initCommand('.', { yes: true, municipality: ['A, B'], period: '2027–2030', board: ['perusturva', 'nuoriso'], county: 'Alue' }, t.ctx);
    expect(code).toBe(0);
    expect(parse(await read('plan.yaml'))).toMatchObject({ kind: 'municipality', language: 'fi', municipalities: ['A', 'B'], county: 'Alue' });
    expect(parse(await read('boards', 'nuoriso.yaml')).board).toEqual({ id: 'nuoriso', name: 'Nuorisolautakunta' });
  });

  it('round-trips names with colons, hashes and quotes', async () => {
    const t = testContext({ cwd });
    const code = await initCommand(
      '.',
      { ...allFlags, municipality: ['Kunta "A" # 1'], county: 'Alue: #2', board: ['x:Lauta: "kunta" # 3'] },
      t.ctx,
    );
    expect(code).toBe(0);
    expect(parse(await read('plan.yaml'))).toMatchObject({ municipalities: ['Kunta "A" # 1'], county: 'Alue: #2' });
    expect(parse(await read('boards', 'x.yaml')).board.name).toBe('Lauta: "kunta" # 3');
  });

  it('refuses to overwrite without --force and writes nothing', async () => {
    await mkdir(path.join(cwd, 'boards'));
    await writeFile(path.join(cwd, 'boards', 'sivistys.yaml'), 'mine\n');
    const t = testContext({ cwd });
    expect(await initCommand('.', allFlags, t.ctx)).toBe(1);
    expect(await listFiles(cwd)).toEqual(['boards/sivistys.yaml']);
    expect(await read('boards', 'sivistys.yaml')).toBe('mine\n');
    expect(t.stderr()).toContain('boards/sivistys.yaml');
    expect(t.stderr()).toContain('--force');
  });

  it('overwrites with --force', async () => {
    await writeFile(path.join(cwd, 'plan.yaml'), 'old: true\n');
    const t = testContext({ cwd });
    expect(await initCommand('.', { ...allFlags, force: true }, t.ctx)).toBe(0);
    expect(parse(await read('plan.yaml')).municipalities).toEqual(['Järvilahti']);
    expect((await listFiles(cwd)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('reports a folder it cannot write into and leaves no temporary files', async () => {
    await writeFile(path.join(cwd, 'boards'), 'a file where the folder should be\n');
    const t = testContext({ cwd });
    expect(await initCommand('.', { ...allFlags, force: true }, t.ctx)).toBe(1);
    expect(t.stderr()).toMatch(/cannot write .*boards/);
    expect(await listFiles(cwd)).toEqual(['boards']);
  });
});

describe('lnhs init without answers', () => {
  it('is a usage error without a terminal, naming the missing flags', async () => {
    const t = testContext({ cwd, tty: false });
    const run = initCommand('.', { kind: 'joint' }, t.ctx);
    await expect(run).rejects.toThrow(UsageError);
    await expect(initCommand('.', {}, t.ctx)).rejects.toThrow(
      'init: missing --municipality, --period, --board (no terminal for prompts; use --yes with flags)',
    );
    expect(await listFiles(cwd)).toEqual([]);
  });

  it('is a usage error with --yes on a terminal too', async () => {
    const t = testContext({ cwd, tty: true });
    const prompts = scripted([]);
    await expect(initCommand('.', { yes: true, municipality: ['A'] }, t.ctx, prompts)).rejects.toThrow(
      'init: missing --period, --board (--yes does not ask; give them as flags)',
    );
    expect(prompts.asked).toEqual([]);
  });

  it('says it in Finnish when the locale is Finnish', async () => {
    const t = testContext({ cwd, locale: 'fi' });
    await expect(initCommand('.', { yes: true, board: ['perusturva'] }, t.ctx)).rejects.toThrow(
      'init: puuttuu --municipality, --period',
    );
  });

  it('refuses bad flag values as usage errors', async () => {
    const t = testContext({ cwd });
    await expect(initCommand('.', { ...allFlags, period: '2030-2027' }, t.ctx)).rejects.toThrow(/--period: The period 2030-2027 ends before/);
    await expect(initCommand('.', { ...allFlags, kind: 'city' }, t.ctx)).rejects.toThrow(/--kind: unknown plan kind/);
    await expect(initCommand('.', { ...allFlags, language: 'de' }, t.ctx)).rejects.toThrow(/--language/);
    await expect(initCommand('.', { ...allFlags, board: ['../x:Evil'] }, t.ctx)).rejects.toThrow(/--board/);
    await expect(initCommand('.', { ...allFlags, board: ['a:A', 'a:B'] }, t.ctx)).rejects.toThrow(/given twice/);
    await expect(initCommand('.', { ...allFlags, municipality: ['A\nkind: joint'] }, t.ctx)).rejects.toThrow(/control characters/);
    expect(await listFiles(cwd)).toEqual([]);
  });
});

// ---- prompts ------------------------------------------------------------------------------

type Answer = string | boolean | string[];

/**
 * A PromptDriver that answers from a script, in order, checking each answer with the prompt's
 * own validation as inquirer would (a refused answer is recorded and the next one is tried).
 */
function scripted(script: Answer[]) {
  const queue = [...script];
  const asked: string[] = [];
  const refused: string[] = [];
  const next = (message: string): Answer => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`unexpected prompt: ${message}`);
    return queue.shift()!;
  };
  const driver: PromptDriver & { asked: string[]; refused: string[] } = {
    asked,
    refused,
    async input(config) {
      for (;;) {
        const answer = next(config.message);
        const value = answer === '' && config.default !== undefined ? config.default : String(answer);
        const ok = config.validate ? config.validate(value) : true;
        if (ok === true) return value;
        refused.push(String(ok));
      }
    },
    async select<V>(config: Parameters<PromptDriver['select']>[0] & { choices: readonly { value: V }[] }) {
      const answer = next(config.message);
      const value = answer === '' ? config.default : config.choices.find((c) => c.value === answer)?.value;
      if (value === undefined) throw new Error(`no choice ${String(answer)} in ${config.message}`);
      return value as V;
    },
    async checkbox<V>(config: Parameters<PromptDriver['checkbox']>[0] & { choices: readonly { value: V }[] }) {
      for (;;) {
        const answer = next(config.message) as string[];
        const picked = config.choices.filter((c) => answer.includes(String(c.value)) || (answer.includes('other') && String(c.value).endsWith('other')));
        const ok = config.validate ? config.validate(picked) : true;
        if (ok === true) return picked.map((c) => c.value);
        refused.push(String(ok));
      }
    },
    async confirm(config) {
      return Boolean(next(config.message));
    },
  };
  return driver;
}

describe('lnhs init with prompts', () => {
  it('asks only what the flags leave out, in Finnish', async () => {
    const t = testContext({ cwd, tty: true, locale: 'fi' });
    const prompts = scripted(['Järvilahti', 'municipality', ['perusturva', 'koulutus']]);
    expect(await initCommand('.', { period: '2027-2030', language: 'sv' }, t.ctx, prompts)).toBe(0);
    expect(prompts.asked).toEqual([
      'Suunnitelman kunnat (erota useampi pilkulla)',
      'Suunnitelman laji',
      'Mukana olevat lautakunnat (välilyönti valitsee, Enter hyväksyy)',
    ]);
    expect(parse(await read('plan.yaml'))).toMatchObject({ municipalities: ['Järvilahti'], language: 'sv', period: { start: 2027, end: 2030 } });
    expect(await listFiles(cwd)).toEqual(['.gitignore', 'boards/koulutus.yaml', 'boards/perusturva.yaml', 'meeting.yaml', 'plan.yaml']);
    expect(t.stderr()).toContain('Luotiin työtila .:');
  });

  it('asks everything, checks each answer, and takes boards of its own', async () => {
    const t = testContext({ cwd, tty: true });
    const prompts = scripted([
      ' , ', // refused: no municipality
      'Järvilahti, Koskela',
      'joint',
      'Järvi-Suomen hyvinvointialue',
      '2030-2027', // refused: reversed
      '', // the default period
      'en',
      [], // refused: no board
      ['sivistys', 'other'],
      'Tekninen', // refused: an unknown id alone
      'tekninen:Tekninen lautakunta',
      true,
      'Ympäristö- ja rakennuslautakunta',
      false,
    ]);
    expect(await initCommand('uusi', {}, t.ctx, prompts)).toBe(0);
    expect(prompts.refused).toHaveLength(4);
    expect(prompts.refused[3]).toMatch(/not a board/);
    const year = new Date().getFullYear();
    expect(parse(await read('uusi', 'plan.yaml'))).toMatchObject({
      kind: 'joint',
      municipalities: ['Järvilahti', 'Koskela'],
      county: 'Järvi-Suomen hyvinvointialue',
      period: { start: year + 1, end: year + 4 },
      language: 'en',
    });
    expect(await listFiles(path.join(cwd, 'uusi', 'boards'))).toEqual(['sivistys.yaml', 'tekninen.yaml', 'ymparisto-ja-rakennus.yaml']);
  });

  it('refuses before asking when the workspace exists', async () => {
    await writeFile(path.join(cwd, 'plan.yaml'), 'kind: joint\n');
    const t = testContext({ cwd, tty: true });
    const prompts = scripted([]);
    expect(await initCommand('.', {}, t.ctx, prompts)).toBe(1);
    expect(prompts.asked).toEqual([]);
  });

  it('writes nothing when the prompts are cancelled', async () => {
    const t = testContext({ cwd, tty: true });
    const cancelled: PromptDriver = {
      ...scripted([]),
      input: async () => {
        throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
      },
    };
    expect(await initCommand('.', {}, t.ctx, cancelled)).toBe(130);
    expect(t.stderr()).toContain('cancelled');
    expect(await listFiles(cwd)).toEqual([]);
  });
});

describe('lnhs init with the real @inquirer/prompts', () => {
  it('is driven through streams: type, arrows, space and enter', async ({ onTestFailed }) => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 40 });
    let screen = '';
    let seen = 0;
    stdout.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));

    const t = testContext({ cwd, tty: true, stdin, stdout });
    const run = initCommand('ws', {}, t.ctx);
    let ended: number | string | undefined;
    const settled = run.then(
      (code) => void (ended = code),
      (error: unknown) => void (ended = String(error)),
    );
    // a prompt that never comes while init waits for another one ends in the test's timeout: show
    // the screen then too
    onTestFailed(() => console.error(`init's screen:\n${screen}`));

    /**
     * Wait until `text` appears on the screen after what was answered before, then press the keys.
     * No deadline (a loaded machine is slow, not wrong): the screen is read on every write, and the
     * wait fails at once, showing the screen, when init ends without having asked.
     */
    const answer = async (text: string, ...keys: string[]) => {
      await new Promise<void>((resolve, reject) => {
        const look = (): void => {
          const at = screen.indexOf(text, seen);
          if (at >= 0) {
            seen = at + text.length;
            stdout.off('data', look);
            resolve();
          } else if (ended !== undefined) {
            stdout.off('data', look);
            reject(new Error(`init ended (${ended}) without asking "${text}"; screen:\n${screen}`));
          }
        };
        stdout.on('data', look);
        void settled.then(() => setImmediate(look));
        look();
      });
      for (const key of keys) {
        stdin.write(key);
        await new Promise((r) => setTimeout(r, 5));
      }
    };

    const DOWN = '\x1b[B';
    const UP = '\x1b[A';
    await answer('Municipalities of the plan', 'Järvilahti, Koskela', '\r');
    await answer('Kind of plan', UP, '\r'); // two municipalities default to joint; up is county
    await answer('Wellbeing services county', 'Järvi-Suomen hyvinvointialue', '\r');
    await answer('Plan period', '\r'); // the default
    await answer('Language of the generated documents', DOWN, '\r'); // sv
    await answer('Boards that take part', ' ', DOWN, DOWN, DOWN, ' ', ...Array(5).fill(DOWN), ' ', '\r');
    await answer('Board as id:Name', 'tekninen:Tekninen lautakunta', '\r');
    await answer('Add one more board?', 'n', '\r');
    expect(await run).toBe(0);
    stdin.end();

    const year = new Date().getFullYear();
    expect(parse(await read('ws', 'plan.yaml'))).toMatchObject({
      kind: 'county',
      municipalities: ['Järvilahti', 'Koskela'],
      county: 'Järvi-Suomen hyvinvointialue',
      period: { start: year + 1, end: year + 4 },
      language: 'sv',
    });
    expect(await listFiles(path.join(cwd, 'ws', 'boards'))).toEqual(['perusturva.yaml', 'tekninen.yaml', 'vapaa-aika.yaml']);
    expect(parse(await read('ws', 'boards', 'tekninen.yaml')).board).toEqual({ id: 'tekninen', name: 'Tekninen lautakunta' });
  });
});

describe('lnhs init through the command line', () => {
  it('runs in-process: usage error without answers, then a workspace with --yes', async () => {
    const { run } = await import('../../src/cli/main.js');
    let out = '';
    let err = '';
    const io = {
      stdin: { isTTY: false },
      stdout: { write: (s: string) => void (out += s), isTTY: false },
      stderr: { write: (s: string) => void (err += s), isTTY: false },
      env: {},
      cwd,
    };
    expect(await run(['init', 'ws'], io)).toBe(2);
    expect(err).toContain('missing --municipality, --period, --board');
    err = '';
    const argv = ['init', 'ws', '--yes', '--municipality', 'Järvilahti', '--period', '2027-2030', '--board', 'perusturva', '--board', 'x:Muu: "lauta"'];
    expect(await run(argv, io)).toBe(0);
    expect(out).toBe('');
    expect(await listFiles(path.join(cwd, 'ws'))).toEqual(['.gitignore', 'boards/perusturva.yaml', 'boards/x.yaml', 'meeting.yaml', 'plan.yaml']);
    expect(await run(argv, io)).toBe(1);
    expect(err).toContain('Use --force');
  });
});
