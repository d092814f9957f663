// `lnhs indicators import <file> [dir]`: writes indicators.yaml atomically, refuses to replace one
// without --force, and turns bad input into messages and exit 1.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indicatorsImportCommand } from '../../src/cli/commands/indicators.js';
import type { CommandContext } from '../../src/cli/context.js';
import { plainPainter } from '../../src/diagnostics.js';
import type { Locale } from '../../src/messages/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(path.join(os.tmpdir(), 'lnhs-indicators-'));
  mkdirSync(path.join(cwd, 'ws'));
  copyFileSync(path.join(fixtures, 'sotkanet.json'), path.join(cwd, 'sotkanet.json'));
  copyFileSync(path.join(fixtures, 'metadata.json'), path.join(cwd, 'metadata.json'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function context(locale: Locale = 'en'): CommandContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const line = (s: string) => (s.endsWith('\n') ? s : s + '\n');
  return {
    stdout,
    stderr,
    io: {
      stdin: { isTTY: false },
      stdout: { write: (s: string) => stdout.push(s) },
      stderr: { write: (s: string) => stderr.push(s) },
      env: {},
      cwd,
    },
    locale,
    paint: plainPainter,
    paintErr: plainPainter,
    quiet: false,
    out: (s) => void stdout.push(line(s)),
    progress: (s) => void stderr.push(line(s)),
    err: (s) => void stderr.push(line(s)),
    resolve: (p) => path.resolve(cwd, p),
  };
}

const target = () => path.join(cwd, 'ws', 'indicators.yaml');

describe('indicatorsImportCommand', () => {
  it('writes indicators.yaml with titles from the metadata and says so on stderr', async () => {
    const ctx = context();
    const code = await indicatorsImportCommand('sotkanet.json', 'ws', { metadata: 'metadata.json', schema: 'local' }, ctx);
    expect(ctx.stderr.join('')).toBe('Wrote ws/indicators.yaml: 2 indicator(s).\n');
    expect(code).toBe(0);
    expect(ctx.stdout).toEqual([]);
    const text = readFileSync(target(), 'utf8');
    // with --schema local, the schema line points at the committed schema, relative to the new file
    const ref = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
    expect(ref).toBeDefined();
    const repoSchema = path.resolve(fileURLToPath(new URL('../../schema/indicators.schema.json', import.meta.url)));
    expect(path.resolve(path.dirname(target()), ref!)).toBe(repoSchema);
    const data = parse(text) as { indicators: { id: string; title: string; values: Record<number, number> }[] };
    expect(data.indicators.map((i) => i.id)).toEqual(['sotkanet-189', 'sotkanet-5527']);
    expect(data.indicators[1]!.title).toMatch(/^Harrastaa/);
    expect(data.indicators[1]!.values).toEqual({ 2021: 68.2, 2023: 71.4 });
    // no temporary file is left behind
    expect(readdirSync(path.join(cwd, 'ws'))).toEqual(['indicators.yaml']);
  });

  it('takes the titles in the plan language', async () => {
    writeFileSync(path.join(cwd, 'ws', 'plan.yaml'), 'municipalities: [Esimerkkilä]\nlanguage: en\n');
    const code = await indicatorsImportCommand('sotkanet.json', 'ws', { metadata: 'metadata.json' }, context());
    expect(code).toBe(0);
    expect(readFileSync(target(), 'utf8')).toContain('title: Has a hobby at least once a week');
  });

  it('imports into the current folder when no dir is given', async () => {
    const code = await indicatorsImportCommand('sotkanet.json', undefined, {}, context());
    expect(code).toBe(0);
    expect(existsSync(path.join(cwd, 'indicators.yaml'))).toBe(true);
  });

  it('refuses to replace an existing indicators.yaml without --force', async () => {
    writeFileSync(target(), 'indicators: []\n');
    const ctx = context();
    const code = await indicatorsImportCommand('sotkanet.json', 'ws', {}, ctx);
    expect(code).toBe(1);
    expect(ctx.stderr.join('')).toBe('lnhs: ws/indicators.yaml already exists; nothing was written.\nUse --force to overwrite it.\n');
    expect(readFileSync(target(), 'utf8')).toBe('indicators: []\n');

    const fi = context('fi');
    expect(await indicatorsImportCommand('sotkanet.json', 'ws', {}, fi)).toBe(1);
    expect(fi.stderr.join('')).toContain('--force');

    const forced = context();
    expect(await indicatorsImportCommand('sotkanet.json', 'ws', { force: true }, forced)).toBe(0);
    expect(readFileSync(target(), 'utf8')).toContain('sotkanet-5527');
    expect(readdirSync(path.join(cwd, 'ws'))).toEqual(['indicators.yaml']);
  });

  it('prints diagnostics with the place for a broken export and writes nothing', async () => {
    writeFileSync(path.join(cwd, 'broken.json'), '[\n  {"indicator": 1,\n  "region": }\n]\n');
    const ctx = context();
    const code = await indicatorsImportCommand('broken.json', 'ws', {}, ctx);
    expect(code).toBe(1);
    const err = ctx.stderr.join('');
    expect(err).toMatch(/^broken\.json:3:13 {2}error {2}The file is not valid JSON: unexpected "\}" {2}\[json-syntax\]\n/);
    expect(err).toContain('3 |   "region": }');
    expect(err).toContain('1 error, 0 warnings');
    expect(existsSync(target())).toBe(false);
    expect(readdirSync(path.join(cwd, 'ws'))).toEqual([]);
  });

  it('says which file is missing', async () => {
    const ctx = context();
    expect(await indicatorsImportCommand('nope.json', 'ws', {}, ctx)).toBe(1);
    expect(ctx.stderr.join('')).toBe('lnhs: nope.json: The file cannot be read: no such file.\n');
    const meta = context();
    expect(await indicatorsImportCommand('sotkanet.json', 'ws', { metadata: 'meta.json' }, meta)).toBe(1);
    expect(meta.stderr.join('')).toContain('meta.json');
    const dir = context();
    expect(await indicatorsImportCommand('sotkanet.json', 'nowhere', {}, dir)).toBe(1);
    expect(dir.stderr.join('')).toBe('lnhs: The folder nowhere does not exist.\n');
  });

  it('keeps one region with --region and shows warnings but still writes', async () => {
    const rows = JSON.parse(readFileSync(path.join(cwd, 'sotkanet.json'), 'utf8'));
    rows.push({ indicator: 189, region: 91, year: 2023, gender: 'total', value: 1.4 });
    rows.push({ indicator: 189, region: 833, year: 2020, gender: 'total', value: null });
    writeFileSync(path.join(cwd, 'two.json'), JSON.stringify(rows));
    const ctx = context();
    expect(await indicatorsImportCommand('two.json', 'ws', { region: '833' }, ctx)).toBe(0);
    expect(ctx.stderr.join('')).toContain('1 row(s) without a value were left out');
    const data = parse(readFileSync(target(), 'utf8')) as { indicators: { id: string }[] };
    expect(data.indicators.map((i) => i.id)).toEqual(['sotkanet-189', 'sotkanet-5527']);
  });

  it('writes a file the workspace loads and validates without a diagnostic', async () => {
    writeFileSync(path.join(cwd, 'ws', 'plan.yaml'), 'municipalities: [Järvilahti]\nperiod: {start: 2026, end: 2029}\nvision: Hyvä arki.\n');
    mkdirSync(path.join(cwd, 'ws', 'boards'));
    writeFileSync(path.join(cwd, 'ws', 'boards', 'a.yaml'), 'board:\n  id: a\n  name: A-lautakunta\nsubmitted: 2026-09-01\n');
    expect(await indicatorsImportCommand('sotkanet.json', 'ws', { metadata: 'metadata.json' }, context())).toBe(0);
    const { prepareWorkspace } = await import('../../src/pipeline.js');
    const prepared = await prepareWorkspace(path.join(cwd, 'ws'));
    expect(prepared.diagnostics.filter((d) => d.file.endsWith('indicators.yaml'))).toEqual([]);
    expect(prepared.model?.indicators.map(({ pos: _pos, ...rest }) => rest)).toEqual([
      {
        id: 'sotkanet-189',
        title: 'Kodin ulkopuolelle sijoitetut 0–17-vuotiaat, % vastaavanikäisestä väestöstä',
        source: 'Sotkanet',
        values: { '2021': 2.3, '2022': 1.9, '2023': 1.7 },
      },
      {
        id: 'sotkanet-5527',
        title: 'Harrastaa jotakin vähintään kerran viikossa, % 8. ja 9. luokan oppilaista',
        source: 'Sotkanet',
        values: { '2021': 68.2, '2023': 71.4 },
      },
    ]);
  });

  it('is wired to `lnhs indicators import` with --metadata, --region and --force', async () => {
    const { run } = await import('../../src/cli/main.js');
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdin: { isTTY: false },
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      env: {},
      cwd,
    };
    const argv = ['indicators', 'import', 'sotkanet.json', 'ws', '--metadata', 'metadata.json', '--region', '833'];
    expect(await run(argv, io)).toBe(0);
    expect(err.join('')).toContain('ws/indicators.yaml');
    expect(await run(argv, io)).toBe(1);
    expect(err.join('')).toContain('--force');
    expect(await run([...argv, '--force'], io)).toBe(0);
    expect(out).toEqual([]);
  });
});
