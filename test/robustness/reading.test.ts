// Reading that stays inside the workspace (issue 12 items 2 and 6): at every place where lnhs
// reads a file (plan, meeting, indicators, a board, a template, a partial, the file given to
// `indicators import`), every kind of thing that is not a plain file inside the workspace — a
// folder, FIFO, socket, device, a link to nothing, a loop of links, a link out of the workspace
// (to another YAML file, to /proc/self/environ), a file over 5 MiB — is a diagnostic with its own
// code at that file, exit 1, never a hang, never silence and never the foreign file's content.
// A link that stays inside the workspace is read as the file it leads to.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readLimited, ReadRefusedError } from '../../src/fs/read-limited.js';
import { readInput } from '../../src/workspace/read.js';
import { copyExample, REPO } from '../ci/example.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';

// node:fs has no mkfifo; the coreutils one is everywhere lnhs is tested
function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

const servers: net.Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

/** A listening Unix socket at `file`. */
async function socketAt(file: string): Promise<void> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(file, resolve));
}

type Kind = 'folder' | 'fifo' | 'socket' | 'dangling' | 'loop' | 'outside-yaml' | 'environ' | 'device' | 'too-large';

/** What each kind is reported as. */
const EXPECTED: Record<Kind, string> = {
  folder: 'not-a-file',
  fifo: 'not-a-file',
  socket: 'not-a-file',
  dangling: 'not-a-file',
  loop: 'not-a-file',
  'outside-yaml': 'outside-workspace',
  environ: 'outside-workspace',
  // a device can only be reached through a link here (mknod needs root): that link leads outside
  device: 'outside-workspace',
  'too-large': 'file-too-large',
};

/** Put a thing of `kind` at `file` (replacing what is there); `outside` is a folder beside the workspace. */
async function plant(file: string, kind: Kind, outside: string): Promise<void> {
  rmSync(file, { recursive: true, force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  switch (kind) {
    case 'folder':
      mkdirSync(file);
      writeFileSync(path.join(file, 'x.yaml'), 'board: {}\n');
      return;
    case 'fifo':
      return mkfifo(file);
    case 'socket':
      return socketAt(file);
    case 'dangling':
      return symlinkSync(path.join(path.dirname(file), 'nothing-here.yaml'), file);
    case 'loop':
      return symlinkSync(path.basename(file), file);
    case 'outside-yaml': {
      const foreign = path.join(outside, `foreign-${path.basename(file)}`);
      writeFileSync(foreign, 'secret: "FOREIGN-CONTENT"\n');
      return symlinkSync(foreign, file);
    }
    case 'environ':
      return symlinkSync('/proc/self/environ', file);
    case 'device':
      return symlinkSync('/dev/zero', file);
    case 'too-large':
      return writeFileSync(file, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
  }
}

interface Json {
  diagnostics: { code: string; file: string; line: number; severity: string }[];
}

async function generate(root: string, extra: string[] = []) {
  const r = await runCli(['generate', 'ws', '--out', 'out', '--format', 'md,json', ...extra], { cwd: root });
  const diagnostics = r.stdout ? (JSON.parse(r.stdout) as Json).diagnostics : [];
  return { ...r, diagnostics };
}

const PLACES = [
  'plan.yaml',
  'meeting.yaml',
  'indicators.yaml',
  'boards/sivistys.yaml',
  'boards/uusi.yaml',
  'templates/plan.md.hbs',
  'templates/partials/section.md.hbs',
] as const;
const KINDS = Object.keys(EXPECTED) as Kind[];

describe('every place × every kind of non-file', () => {
  // exhaustive rather than sampled: 63 runs of the in-process command
  for (const place of PLACES) {
    it(`${place}`, async () => {
      for (const kind of KINDS) {
        const { root, ws } = copyExample();
        const outside = testdir({});
        await plant(path.join(ws, ...place.split('/')), kind, outside);
        const r = await generate(root);
        const what = `${kind} at ${place}`;
        expect(r.code, what).toBe(1);
        // a template must lie in templates/ itself (SPEC 8), said with the templates' own code
        const code = place.startsWith('templates/') && EXPECTED[kind] === 'outside-workspace' ? 'template' : EXPECTED[kind];
        expect(r.diagnostics, what).toContainEqual(expect.objectContaining({ code, file: `ws/${place}`, line: 1, severity: 'error' }));
        expect(r.stdout + r.stderr, what).not.toMatch(/FOREIGN-CONTENT|PATH=|internal error/);
        expect(readdirSync(root), `${what}: nothing written`).toEqual(['ws']);
      }
    }, 120_000);
  }

  it('a link that stays inside the workspace is read as its target', async () => {
    const { root, ws } = copyExample();
    // a board linked to a file elsewhere in the workspace; a partial linked within templates/
    const links: [string, string, string][] = [
      ['boards/tekninen.yaml', 'yhteiset/tekninen.yaml', path.join(ws, 'boards/tekninen.yaml')],
      ['templates/partials/section.md.hbs', 'templates/yhteiset/section.md.hbs', path.join(REPO, 'templates/partials/section.md.hbs')],
    ];
    for (const [rel, targetRel, from] of links) {
      const link = path.join(ws, ...rel.split('/'));
      const target = path.join(ws, ...targetRel.split('/'));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(from));
      rmSync(link, { force: true });
      mkdirSync(path.dirname(link), { recursive: true });
      symlinkSync(path.relative(path.dirname(link), target), link);
    }
    const r = await generate(root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.diagnostics).toEqual([]);
    expect(readFileSync(path.join(root, 'out', 'plan.md'), 'utf8')).toMatch(/Tekninen lautakunta/);
  });
});

describe('the workspace folder itself', () => {
  const cases: [string, (p: string) => Promise<void> | void, string, RegExp][] = [
    ['missing', () => undefined, 'no-workspace', /does not exist/],
    ['a file', (p) => writeFileSync(p, 'plan: x\n'), 'not-a-folder', /is a file, not a folder/],
    ['a FIFO', (p) => mkfifo(p), 'not-a-folder', /is a FIFO \(named pipe\), not a folder/],
    ['a socket', (p) => socketAt(p), 'not-a-folder', /is a socket, not a folder/],
    ['a link to nothing', (p) => symlinkSync('nowhere', p), 'not-a-folder', /symbolic link to a folder that does not exist/],
    ['a loop of links', (p) => symlinkSync('ws', p), 'not-a-folder', /loop of symbolic links/],
  ];
  for (const [name, make, code, message] of cases) {
    it(`${name}: said as what it is`, async () => {
      const root = testdir({});
      await make(path.join(root, 'ws'));
      const r = await runCli(['validate', 'ws'], { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^ws:1:1 {2}error {2}.*${message.source}.*\\[${code}\\]`, 'm'));
    });
  }

  it('a device', async () => {
    const r = await runCli(['validate', '/dev/null'], { cwd: testdir({}) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/null is a device, not a folder\. {2}\[not-a-folder\]/);
  });

  it('in Finnish too', async () => {
    const root = testdir({ ws: 'x' });
    const r = await runCli(['validate', 'ws'], { cwd: root, env: { LANG: 'fi_FI.UTF-8' } });
    expect(r.stderr).toMatch(/ws on tiedosto eikä kansio/);
  });
});

describe('inputs that are not where lnhs looks', () => {
  it('plan.yml beside plan.yaml (and meeting.yml beside meeting.yaml) is an error at the ignored file', async () => {
    const { root, ws } = copyExample();
    writeFileSync(path.join(ws, 'plan.yml'), readFileSync(path.join(ws, 'plan.yaml')));
    writeFileSync(path.join(ws, 'meeting.yml'), 'place: muualla\n');
    const r = await generate(root);
    expect(r.code).toBe(1);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'ambiguous-input', file: 'ws/meeting.yml', severity: 'error' }),
      expect.objectContaining({ code: 'ambiguous-input', file: 'ws/plan.yml', severity: 'error' }),
    ]);
  });

  it('a linked templates/ folder is refused, even one that leads inside the workspace', async () => {
    const { root, ws } = copyExample();
    mkdirSync(path.join(ws, 'mallit'));
    writeFileSync(path.join(ws, 'mallit', 'plan.md.hbs'), '# Vieras pohja\n');
    symlinkSync('mallit', path.join(ws, 'templates'));
    const r = await generate(root);
    expect(r.code).toBe(1);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'template', file: 'ws/templates', severity: 'error' }));
    // and `templates eject` never writes through it
    const eject = await runCli(['templates', 'eject', 'ws'], { cwd: root });
    expect(eject.code).toBe(1);
    expect(eject.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(path.join(ws, 'mallit'))).toEqual(['plan.md.hbs']);
  });

  it('a template that is not UTF-8 is refused at its first bad byte', async () => {
    const { root, ws } = copyExample();
    mkdirSync(path.join(ws, 'templates'));
    writeFileSync(path.join(ws, 'templates', 'plan.md.hbs'), Buffer.concat([Buffer.from('# Suunnitelma\n\nHyvinvointi'), Buffer.from([0xe4]), Buffer.from('\n')]));
    const r = await generate(root);
    expect(r.code).toBe(1);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'encoding', file: 'ws/templates/plan.md.hbs', line: 3 })]);
  });

  it('{{log}} in a template writes nothing anywhere', async () => {
    const { root, ws } = copyExample();
    mkdirSync(path.join(ws, 'templates'));
    writeFileSync(path.join(ws, 'templates', 'plan.md.hbs'), '{{log "LOKI-1"}}{{log "LOKI-2" level="error"}}# Suunnitelma\n');
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
    try {
      const r = await runCli(['generate', 'ws', '--out', 'out', '--format', 'md'], { cwd: root });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/LOKI/);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('indicators import reads only a regular file', () => {
  const cases: [string, (p: string) => Promise<void> | void, RegExp][] = [
    ['a FIFO', (p) => mkfifo(p), /is a FIFO \(named pipe\), not a file/],
    ['a folder', (p) => mkdirSync(p), /is a folder, not a file/],
    ['a socket', (p) => socketAt(p), /is a socket, not a file/],
    ['a link to nothing', (p) => symlinkSync('nowhere.json', p), /symbolic link to a file that does not exist/],
    ['a device', (p) => symlinkSync('/dev/zero', p), /is a device, not a file/],
    ['over 5 MiB', (p) => writeFileSync(p, Buffer.alloc(5 * 1024 * 1024 + 1, ' ')), /5\.0 MiB; the limit is 5 MiB/],
  ];
  for (const [name, make, message] of cases) {
    it(`${name}: one line, exit 1, nothing written`, async () => {
      const { root, ws } = copyExample();
      rmSync(path.join(ws, 'indicators.yaml'));
      await make(path.join(root, 'sotkanet.json'));
      const r = await runCli(['indicators', 'import', 'sotkanet.json', 'ws'], { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^lnhs: sotkanet\\.json: .*${message.source}`));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(ws)).not.toContain('indicators.yaml');
    });
  }

  it('into a workspace that is a file: said so', async () => {
    const root = testdir({ 'sotkanet.json': '[]', ws: 'x' });
    const r = await runCli(['indicators', 'import', 'sotkanet.json', 'ws'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lnhs: ws is a file, not a folder.\n');
  });
});

describe('the reading functions', () => {
  it('readLimited refuses a device on its handle', async () => {
    await expect(readLimited('/dev/zero')).rejects.toMatchObject({ why: 'not-a-file', kind: 'device' });
    await expect(readLimited('/dev/zero')).rejects.toBeInstanceOf(ReadRefusedError);
  });

  it('readInput: a device, outside any check of the workspace, is not-a-file', async () => {
    expect(await readInput('/dev/null')).toEqual({ problem: expect.objectContaining({ code: 'not-a-file', id: 'file.notFile.device' }) });
  });
});

describe('very many boards', () => {
  // 1 000 boards with at most 256 open files: reading all in parallel failed hundreds of them with
  // EMFILE ("The file cannot be read"). The built binary, as the limit must hold for the process.
  it('are all read under `ulimit -n 256`', () => {
    const { root, ws } = copyExample();
    const board = readFileSync(path.join(ws, 'boards', 'sivistys.yaml'), 'utf8');
    for (let i = 0; i < 1000; i++) writeFileSync(path.join(ws, 'boards', `b${i}.yaml`), board.replace(/^ {2}id: sivistys$/m, `  id: b${i}`));
    const bin = path.join(REPO, 'bin', 'lnhs.cjs');
    const r = spawnSync('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" "${bin}" validate ws`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: 'C' },
      timeout: 60_000,
    });
    expect(r.stderr).not.toMatch(/EMFILE/);
    expect(r.stderr).toMatch(/no problems found \(1003 boards\)/);
    expect(r.status).toBe(0);
  }, 90_000);
});
