// `lnhs merge` as a coordinator runs it on the example workspace (issue 4 item 3, SPEC 3):
// every merged item traced to board, file and line; text, json and yaml; --suggest with its
// threshold and its advice to give a pair one `id`.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../../plans/example', import.meta.url));
const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

/** A copy of plans/example without its out/ folder, as a coordinator would start from it. */
function copyExample(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-merge-')), 'example');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
  return dir;
}

interface Source {
  board: string;
  file: string;
  line: number;
  column: number;
}
interface Item {
  id?: string;
  text: string;
  boards: string[];
  shared: boolean;
  sources: Source[];
}
interface Merged {
  boards: { id: string; name: string; file: string; submitted: string | null }[];
  swot: Record<(typeof QUADRANTS)[number], Item[]>;
  visions: { text: string; boards: string[] }[];
}

const SCHOOL_YOUTH_WORK = 'Koulunuorisotyö tavoittaa nuoret hyvin.';
const SCHOOL_YOUTH_WORK_UPPER = 'Koulunuorisotyö tavoittaa yläkoulun nuoret hyvin.';

describe('lnhs merge on the example', () => {
  let dir: string;
  let json: Merged;
  beforeAll(async () => {
    dir = copyExample();
    const r = await runCli(['merge', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    json = JSON.parse(r.stdout) as Merged;
  });

  it('--format json traces every item to board, file and line, relative to the working folder', () => {
    expect(json.boards.map((b) => b.id)).toEqual(['sivistys', 'tekninen', 'vapaa-aika']);
    let sources = 0;
    for (const q of QUADRANTS) {
      expect(json.swot[q].length, q).toBeGreaterThan(0);
      for (const item of json.swot[q]) {
        expect(item.sources.length).toBeGreaterThan(0);
        expect(item.boards).toEqual([...new Set(item.sources.map((s) => s.board))]);
        expect(item.shared).toBe(item.boards.length > 1);
        for (const s of item.sources) {
          sources++;
          expect(s.file).toBe(`boards/${s.board}.yaml`);
          // the line holds the item: its text (as written, maybe in other case or spacing) or its id
          const line = readFileSync(path.join(dir, s.file), 'utf8').split('\n')[s.line - 1]!;
          const written = line.replace(/\s+/g, ' ').toLowerCase();
          const words = item.text.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
          expect(written.includes(words) || (item.id !== undefined && line.includes(`id: ${item.id}`)), `${s.file}:${s.line} ${line}`).toBe(true);
          expect(s.column).toBe(line.search(/\S/) + 1 + (line.trimStart().startsWith('- ') ? 2 : 0));
        }
      }
    }
    expect(sources).toBeGreaterThan(40);
  });

  it('gives the known lines of a plain item and of an item shared by id', () => {
    const sivistys = readFileSync(path.join(dir, 'boards/sivistys.yaml'), 'utf8').split('\n');
    const vapaa = readFileSync(path.join(dir, 'boards/vapaa-aika.yaml'), 'utf8').split('\n');
    const school = json.swot.strengths.find((i) => i.text === SCHOOL_YOUTH_WORK)!;
    expect(school.sources).toEqual([
      { board: 'sivistys', file: 'boards/sivistys.yaml', line: sivistys.indexOf(`    - ${SCHOOL_YOUTH_WORK}`) + 1, column: 7 },
    ]);
    const upper = json.swot.strengths.find((i) => i.text === SCHOOL_YOUTH_WORK_UPPER)!;
    expect(upper.sources[0]!.line).toBe(vapaa.indexOf(`    - ${SCHOOL_YOUTH_WORK_UPPER}`) + 1);

    const queues = json.swot.weaknesses.find((i) => i.id === 'mielenterveys-jonot')!;
    expect(queues.boards).toEqual(['sivistys', 'vapaa-aika']);
    for (const s of queues.sources) {
      const lines = readFileSync(path.join(dir, s.file), 'utf8').split('\n');
      expect(lines[s.line - 1]).toBe('    - id: mielenterveys-jonot');
    }
  });

  it('--format yaml parses to the same data as json', async () => {
    const r = await runCli(['merge', '--format', 'yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parseYaml(r.stdout)).toEqual(json);
  });

  it('text shows each quadrant with its count, shared items marked with their board count, and each source', async () => {
    const r = await runCli(['merge', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    for (const [label, q] of [['Strengths', 'strengths'], ['Weaknesses', 'weaknesses'], ['Opportunities', 'opportunities'], ['Threats', 'threats']] as const) {
      expect(lines).toContain(`${label} (${json.swot[q].length})`);
    }
    expect(r.stdout).toContain('  [2] Lasten ja nuorten mielenterveyspalveluihin joutuu jonottamaan liian kauan.  #mielenterveys-jonot');
    expect(r.stdout).toContain('  [3] Kunnan ja hyvinvointialueen heikkenevä talous uhkaa ehkäisevien palvelujen resursseja.  #talous-heikkenee');
    expect(r.stdout).toContain('  [2] Harrastusmahdollisuuksia on monipuolisesti.\n');
    expect(r.stdout).toContain(`      ${SCHOOL_YOUTH_WORK}\n        Sivistyslautakunta  `);
    const shared = lines.filter((l) => /^ {2}\[\d\] /.test(l)).length;
    expect(shared).toBe(QUADRANTS.reduce((n, q) => n + json.swot[q].filter((i) => i.shared).length, 0));
    // no colour when stdout is not a terminal
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('is deterministic: the same inputs give the same bytes', async () => {
    const again = await runCli(['merge', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toEqual(json);
    const a = await runCli(['merge', '--format', 'yaml'], { cwd: dir });
    const b = await runCli(['merge', '--format', 'yaml'], { cwd: dir });
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('lnhs merge --suggest on the example', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyExample();
  });

  it('pairs the two school youth work items, says how to merge them, and lists no unrelated pair', async () => {
    const r = await runCli(['merge', '--suggest'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const [pairs, advice] = r.stdout.split('\n\n');
    // the whole list at the default threshold: the two real near-duplicates of the example, and
    // not "Koulunuorisotyö …" ~ "Etsivä nuorisotyö tavoittaa …" (two different services)
    expect(pairs!.split('\n')).toEqual([
      `0.91  strengths  "${SCHOOL_YOUTH_WORK}" (sivistys, boards/sivistys.yaml:25)  ~  "${SCHOOL_YOUTH_WORK_UPPER}" (vapaa-aika, boards/vapaa-aika.yaml:22)`,
      '0.76  threats    "Ammattilaisten vaihtuvuus heikentää yhteistyön jatkuvuutta." (tekninen, boards/tekninen.yaml:48)' +
        '  ~  "Työntekijöiden vaihtuvuus heikentää yhteistyön jatkuvuutta." (vapaa-aika, boards/vapaa-aika.yaml:46)',
    ]);
    expect(r.stdout).not.toContain('Etsivä');
    expect(advice).toContain('give both items the same `id` and that same `text`');
    expect(r.stdout).toContain(
      `  # boards/sivistys.yaml:25\n  - id: koulunuorisotyo\n    text: ${SCHOOL_YOUTH_WORK}\n\n` +
        `  # boards/vapaa-aika.yaml:22\n  - id: koulunuorisotyo\n    text: ${SCHOOL_YOUTH_WORK}`,
    );
  });

  it('shows the paths relative to the working folder when the workspace is given as an argument', async () => {
    const r = await runCli(['merge', 'example', '--suggest'], { cwd: path.dirname(dir) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(sivistys, example/boards/sivistys.yaml:25)');
    expect(r.stdout).not.toContain(path.dirname(dir));
  });

  it('--threshold filters: higher keeps the best pair only, lower shows weaker pairs', async () => {
    const high = await runCli(['merge', '--suggest', '--threshold', '0.8'], { cwd: dir });
    expect(high.code).toBe(0);
    expect(high.stdout.split('\n\n')[0]!.split('\n')).toHaveLength(1);
    expect(high.stdout).toMatch(/^0\.91  strengths  /);

    const low = await runCli(['merge', '--suggest', '--threshold', '0.5'], { cwd: dir });
    const lowPairs = low.stdout.split('\n\n')[0]!.split('\n');
    expect(lowPairs.length).toBeGreaterThan(2);
    const scores = lowPairs.map((l) => Number(l.slice(0, 4)));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.5);

    const none = await runCli(['merge', '--suggest', '--threshold', '1'], { cwd: dir });
    expect(none.code).toBe(0);
    expect(none.stdout.trim()).toBe('No near-duplicates found.');
  });

  it('rejects a threshold outside 0..1 as wrong usage', async () => {
    for (const bad of ['1.5', '-0.1', 'high']) {
      const r = await runCli(['merge', '--suggest', '--threshold', bad], { cwd: dir });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--threshold');
    }
  });

  it('--format json gives score, quadrant and both items with their sources', async () => {
    const r = await runCli(['merge', '--suggest', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { quadrant: string; score: number; a: Item; b: Item }[];
    expect(data[0]).toMatchObject({
      quadrant: 'strengths',
      score: 0.91,
      a: { text: SCHOOL_YOUTH_WORK, sources: [{ board: 'sivistys', file: 'boards/sivistys.yaml', line: 25 }] },
      b: { text: SCHOOL_YOUTH_WORK_UPPER, sources: [{ board: 'vapaa-aika', file: 'boards/vapaa-aika.yaml', line: 22 }] },
    });
    const yaml = await runCli(['merge', '--suggest', '--format', 'yaml'], { cwd: dir });
    expect(parseYaml(yaml.stdout)).toEqual(data);
  });

  it('speaks Finnish with --lang fi', async () => {
    const r = await runCli(['merge', '--suggest', '--lang', 'fi'], { cwd: dir });
    expect(r.stdout).toMatch(/^0\.91  vahvuudet  /);
    expect(r.stdout).toContain('sama `id`');
  });

  it('finds nothing more once the coordinator gives the pair one id, and merges them', async () => {
    const fixed = copyExample();
    for (const [file, text] of [
      ['boards/sivistys.yaml', SCHOOL_YOUTH_WORK],
      ['boards/vapaa-aika.yaml', SCHOOL_YOUTH_WORK],
    ] as const) {
      const p = path.join(fixed, file);
      const source = readFileSync(p, 'utf8');
      const original = file.includes('sivistys') ? SCHOOL_YOUTH_WORK : SCHOOL_YOUTH_WORK_UPPER;
      writeFileSync(p, source.replace(`    - ${original}\n`, `    - id: koulunuorisotyo\n      text: ${text}\n`));
    }
    const suggest = await runCli(['merge', '--suggest', '--threshold', '0.8'], { cwd: fixed });
    expect(suggest.stdout.trim()).toBe('No near-duplicates found.');
    const merged = JSON.parse((await runCli(['merge', '--format', 'json'], { cwd: fixed })).stdout) as Merged;
    expect(merged.swot.strengths.find((i) => i.id === 'koulunuorisotyo')?.boards).toEqual(['sivistys', 'vapaa-aika']);
  });
});

describe('lnhs merge with broken inputs', () => {
  it('prints the diagnostics and exits 1 without output on stdout', async () => {
    const dir = copyExample();
    const p = path.join(dir, 'boards/sivistys.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('  weaknesses:', '  weeknesses:'));
    const r = await runCli(['merge', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/boards\/sivistys\.yaml:\d+:\d+/);
  });
});
