// The joint plan of four municipalities and a county with five boards, one not submitted (issue 2
// item 10, issue 11),
// checked against test/fixtures/joint/EXPECTED.md: attribution, merging by id and by normalized
// text, an id-less item joining an id'd one, board-count ordering, the not-submitted board in the
// plan's board list, and every agenda item's § number per board. The expected merge and the §
// table are read from EXPECTED.md itself, so the document and the test cannot drift apart.
// EXPECTED.md agrees with SPEC 3 and 5 (checked by hand); where it would not, SPEC wins.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUADRANTS, type MergedPlan, type Quadrant } from '../../src/model/types.js';
import { prepareWorkspace } from '../../src/pipeline.js';
import { render } from '../../src/render/index.js';
import { runCli } from '../helpers/cli.js';
import { JOINT } from './example.js';

const EXPECTED = readFileSync(path.join(JOINT, 'EXPECTED.md'), 'utf8');
const BOARDS = ['harjuvesi-vapaa-aika', 'hollola-sivistys', 'hyvinvointialue-perhe', 'peltomaa-sivistys', 'rantala-tekninen'];
const NAMES: Record<string, string> = {
  'harjuvesi-vapaa-aika': 'Harjuveden vapaa-aikalautakunta',
  'hollola-sivistys': 'Hollolan sivistyslautakunta',
  'hyvinvointialue-perhe': 'Perhe- ja sosiaalipalvelujen lautakunta',
  'peltomaa-sivistys': 'Peltomaan sivistyslautakunta',
  'rantala-tekninen': 'Tekninen lautakunta',
};

interface ExpectedItem {
  text: string;
  boards: string[];
  id?: string;
  theme?: string;
}

/** "## Merged SWOT, in order" of EXPECTED.md: `N. text (details) — board, board`. */
function expectedSwot(): Record<Quadrant, ExpectedItem[]> {
  const section = EXPECTED.split('## Merged SWOT, in order')[1]!.split('\n## ')[0]!;
  const out = {} as Record<Quadrant, ExpectedItem[]>;
  for (const quadrant of QUADRANTS) {
    const heading = quadrant[0]!.toUpperCase() + quadrant.slice(1);
    const block = section.split(`**${heading} (`)[1]!.split('\n\n**')[0]!;
    out[quadrant] = block
      .split('\n')
      .filter((l) => /^\d+\. /.test(l))
      .map((line) => {
        const body = line.replace(/^\d+\. /, '');
        const cut = body.lastIndexOf(' — ');
        let text = body.slice(0, cut);
        let boards = body.slice(cut + 3);
        const item: ExpectedItem = { text, boards: [] };
        const details = / \(([^)]*)\)$/.exec(text);
        if (details) {
          text = text.slice(0, details.index);
          const id = /^`([^`]+)`/.exec(details[1]!);
          if (id) item.id = id[1]!;
        }
        const theme = /theme `([^`]+)`/.exec(line);
        if (theme) item.theme = theme[1]!;
        boards = boards.replace(/ \(theme `[^`]+`\)$/, '');
        item.text = text;
        item.boards = boards === 'all five boards' ? [...BOARDS] : boards.split(', ');
        return item;
      });
  }
  return out;
}

/** "## Agenda § numbers" of EXPECTED.md: item number → board → § (absent: the board does not handle it). */
function expectedSections(): { item: number; sections: Record<string, number> }[] {
  const table = EXPECTED.split('## Agenda § numbers')[1]!;
  const header = table.split('\n').find((l) => l.startsWith('| # | item |'))!;
  const columns = header.split('|').slice(3, -1).map((c) => c.trim());
  expect(columns).toEqual(BOARDS);
  return table
    .split('\n')
    .filter((l) => /^\| \d+ \|/.test(l))
    .map((row) => {
      const cells = row.split('|').slice(1, -1).map((c) => c.trim());
      const sections: Record<string, number> = {};
      columns.forEach((board, i) => {
        const cell = cells[i + 2]!;
        if (/^\d+$/.test(cell)) sections[board] = Number(cell);
      });
      return { item: Number(cells[0]), sections };
    });
}

let merged: MergedPlan;
let planMd: string;
let agendaMd: string;

beforeAll(async () => {
  const prepared = await prepareWorkspace(JOINT);
  expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  merged = prepared.merged!;
  const { files } = await render(merged, { formats: ['md'] });
  planMd = String(files.find((f) => f.name === 'plan.md')!.content);
  agendaMd = String(files.find((f) => f.name === 'agenda.md')!.content);
});

describe('the joint fixture (EXPECTED.md)', () => {
  it('is clean: validate --strict reports nothing', async () => {
    const r = await runCli(['validate', '--strict', JOINT]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stderr + r.stdout).not.toMatch(/\b(error|warning)\b(?!s)/);
  });

  it('keeps the boards in file-name order', () => {
    expect(merged.boards.map((b) => b.id)).toEqual(BOARDS);
  });

  it.each(QUADRANTS)('merges %s exactly as EXPECTED.md lists them: text, order, boards, ids, themes', (quadrant) => {
    const want = expectedSwot()[quadrant];
    const got = merged.swot[quadrant];
    const plain = ({ text, boards, id }: ExpectedItem) => ({ text, boards, id });
    expect(got.map(plain)).toEqual(want.map(plain));
    // the merged-SWOT list names a theme only where it is news; where it does, it must match
    want.forEach((w, i) => {
      if (w.theme) expect(got[i]!.theme, w.text).toBe(w.theme);
    });
  });

  it('counts as EXPECTED.md says: merged 8, 6, 7, 8', () => {
    expect(QUADRANTS.map((q) => merged.swot[q].length)).toEqual([8, 6, 7, 8]);
    const raw = (q: Quadrant) => merged.boards.reduce((n, b) => n + b.swot[q].length, 0);
    expect(QUADRANTS.map(raw)).toEqual([9, 10, 8, 8]);
  });

  it('merges by id: one item for all five boards, every source kept, the note kept', () => {
    const item = merged.swot.weaknesses.find((i) => i.id === 'nuorten-mielenterveys')!;
    expect(item.boards).toEqual(BOARDS);
    expect(item.theme).toBe('mielenterveys');
    expect(item.shared).toBe(true);
    expect(item.notes).toEqual(['Jonotusaika on noin kolme kuukautta.']);
    expect(item.sources.map((s) => s.board)).toEqual(BOARDS);
    for (const s of item.sources) {
      expect(s.file.replace(/\\/g, '/')).toMatch(new RegExp(`boards/${s.board}\\.yaml$`));
      const lines = readFileSync(path.join(JOINT, 'boards', `${s.board}.yaml`), 'utf8').split('\n');
      expect(lines[s.line - 1], `${s.board}:${s.line}`).toMatch(/nuorten-mielenterveys|Nuorten mielenterveyspalveluihin/);
    }
    // not the first item in every file, so the lines differ between boards
    expect(new Set(item.sources.map((s) => s.line)).size).toBeGreaterThan(1);
  });

  it('merges by normalized text: case, spaces and the final period do not matter; the first text wins', () => {
    const item = merged.swot.strengths[0]!;
    expect(item.text).toBe('Varhaiskasvatus ja neuvola tekevät tiivistä yhteistyötä.');
    expect(item.id).toBeUndefined();
    expect(item.boards).toEqual(['hollola-sivistys', 'peltomaa-sivistys']);
    expect(item.sources).toHaveLength(2);
  });

  it('joins an id-less item written first with an id\'d item written later', () => {
    const joined = merged.swot.opportunities.filter((i) => i.text.startsWith('Perhekeskuksen toimintamalli'));
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({
      id: 'perhekeskus-malli',
      theme: 'perheet',
      text: 'Perhekeskuksen toimintamalli kokoaa palvelut yhteen.',
      boards: ['peltomaa-sivistys', 'rantala-tekninen'],
      shared: true,
    });
    expect(merged.swot.opportunities[0]).toBe(joined[0]);
  });

  it('does not merge near-duplicates', () => {
    const texts = merged.swot.threats.map((i) => i.text);
    expect(texts).toContain('Nuorisotyöntekijöiden vaihtuvuus on suurta.');
    expect(texts).toContain('Nuorisotyöntekijöiden vaihtuvuus on suuri.');
    expect(merged.swot.threats.every((i) => !i.shared)).toBe(true);
  });

  it('orders by board count, then by first appearance', () => {
    for (const q of QUADRANTS) {
      const counts = merged.swot[q].map((i) => i.boards.length);
      expect(counts, q).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('merges goals with equal ids and their actions in board order', () => {
    expect(merged.goals.map((g) => g.id)).toEqual(['harrastus-kaikille', 'mielenterveys-tuki', 'nuorten-osallisuus']);
    const shared = merged.goals[1]!;
    expect(shared.boards).toEqual(['hollola-sivistys', 'peltomaa-sivistys']);
    expect(shared.actions.map((a) => [a.boards, a.due])).toEqual([
      [['hollola-sivistys'], '2027'],
      [['peltomaa-sivistys'], '2026-08-01'],
    ]);
    expect(merged.visions).toHaveLength(5);
  });
});

describe('the joint plan document', () => {
  it('names the boards of every SWOT item, by name, and marks shared items', () => {
    const swot = expectedSwot();
    for (const q of QUADRANTS) {
      for (const item of swot[q]) {
        const names = item.boards.map((b) => NAMES[b]!);
        // a name with "ja" in it ("Perhe- ja sosiaalipalvelujen lautakunta") makes the last pair "sekä"
        const and = names.some((n) => / ja /.test(n)) ? 'sekä' : 'ja';
        const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)!}`;
        const line = planMd.split('\n').find((l) => l.startsWith(`- ${item.text} — `));
        expect(line, item.text).toBeDefined();
        expect(line!.startsWith(`- ${item.text} — ${list}`), line).toBe(true);
        if (item.boards.length > 1) expect(line).toContain(`**Yhteinen** (${item.boards.length} lautakuntaa)`);
        else expect(line).not.toContain('**Yhteinen**');
      }
    }
  });

  it('lists every board of the preparation in an appendix, and not who has submitted (issue 11 item 6)', () => {
    const inputs = planMd.split('## Liite 3. Valmisteluun osallistuneet lautakunnat')[1]!;
    const rows = inputs.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Lautakunta'));
    expect(rows).toEqual([
      '| Harjuveden vapaa-aikalautakunta | Harjuvesi | vapaa-aikasihteeri |',
      '| Hollolan sivistyslautakunta | Hollola | sivistysjohtaja |',
      '| Perhe- ja sosiaalipalvelujen lautakunta | Harjun hyvinvointialue | perhepalvelujen johtaja |',
      '| Peltomaan sivistyslautakunta | Peltomaa | sivistysjohtaja |',
      '| Tekninen lautakunta | Rantala | tekninen johtaja |',
    ]);
    // the progress of the work belongs to `lnhs status`, not to the plan
    expect(planMd).not.toContain('toimittanut');
    expect(planMd).not.toContain('ei vielä toimitettu');
  });

  it('has every legal section of a joint plan with its text', () => {
    for (const heading of [
      'Lasten ja nuorten kasvuolot ja hyvinvoinnin tila',
      'Hyvinvointia edistävät ja ongelmia ehkäisevät toimet ja palvelut',
      'Lastensuojelun tarve',
      'Lastensuojeluun varattavat voimavarat',
      'Lastensuojelun palvelujärjestelmä',
      'Yhteistyön järjestäminen',
      'Suunnitelman toteuttaminen ja seuranta',
    ]) {
      expect(planMd).toContain(`\n## ${heading}\n`);
    }
    expect(planMd).not.toContain('puuttuu vielä');
  });
});

describe('the joint agenda: § numbers (EXPECTED.md)', () => {
  const table = expectedSections();
  /** the § lines of item `n`: "Hollolan sivistyslautakunta 18.3.2026 § 96" */
  const sectionLines = (n: number) => {
    const block = agendaMd.split(new RegExp(`^### ${n}\\. `, 'm'))[1]!.split(/^##/m)[0]!;
    return block.split('\n').filter((l) => /^- .* 18\.3\.2026 § \d+$/.test(l)).map((l) => l.slice(2));
  };

  it('has the nine numbered items of EXPECTED.md', () => {
    expect(table.map((r) => r.item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...agendaMd.matchAll(/^### (\d+)\. /gm)].map((m) => Number(m[1]))).toEqual(table.map((r) => r.item));
  });

  it.each(table.map((r) => [r.item, r] as const))('item %i: each handling board\'s own § with the date, no other board', (n, row) => {
    const want = BOARDS.filter((b) => b in row.sections).map((b) => `${NAMES[b]} 18.3.2026 § ${row.sections[b]}`);
    expect(sectionLines(n)).toEqual(want);
  });

  it('ends each board on the last § of EXPECTED.md', () => {
    const last = EXPECTED.split('Last § per board:')[1]!;
    for (const b of BOARDS) {
      const want = Number(new RegExp(`${b} (\\d+)`).exec(last)![1]);
      const all = [...agendaMd.matchAll(new RegExp(`^- ${NAMES[b]} 18\\.3\\.2026 § (\\d+)$`, 'gm'))].map((m) => Number(m[1]));
      expect(Math.max(...all), b).toBe(want);
    }
  });
});

describe('the joint agenda: title, routing and appeal (issue 11, EXPECTED.md)', () => {
  it('lists names with a genitive, an adjective or several words in full, in the genitive', () => {
    expect(agendaMd.split('\n')[0]).toBe(
      '# Harjuveden vapaa-aikalautakunnan, Hollolan sivistyslautakunnan, perhe- ja sosiaalipalvelujen lautakunnan, Peltomaan sivistyslautakunnan sekä teknisen lautakunnan yhteinen kokous',
    );
  });

  it('routes the plan per municipality to its executive board and council, the county body to the regional council', () => {
    const item = agendaMd.split(/^### 6\. /m)[1]!.split(/^### /m)[0]!;
    expect(item).toContain('- Hollola: Hollolan sivistyslautakunta esittää suunnitelman kunnanhallitukselle edelleen kunnanvaltuuston hyväksyttäväksi.');
    expect(item).toContain('- Rantala: Tekninen lautakunta esittää suunnitelman kunnanhallitukselle edelleen kunnanvaltuuston hyväksyttäväksi.');
    expect(item).toContain(
      '- Harjun hyvinvointialue: Perhe- ja sosiaalipalvelujen lautakunta esittää suunnitelman aluehallitukselle edelleen aluevaltuuston hyväksyttäväksi.',
    );
    expect(item.match(/kunnanhallitukselle/g)).toHaveLength(4);
    expect(item).toContain('Sen hyväksyvät kunkin kunnan kunnanvaltuusto ja hyvinvointialueen aluevaltuusto.');
    expect(item).toContain('- Liite 1: Lasten ja nuorten hyvinvointisuunnitelma 2026–2029 (plan.pdf)');
    expect(item).toContain('- Liite 2: Lasten ja nuorten kuulemisen yhteenveto (kuuleminen.pdf)');
    expect(item).toContain('Dno HARJU/85/00.01.02/2025');
  });

  it('gives each board\'s appeal notices by its own § ranges, not by item number', () => {
    const appeal = agendaMd.split('## Muutoksenhakuohjeet')[1]!;
    const [prohibition, rectification] = appeal.split('### Oikaisuvaatimusohje') as [string, string];
    // the municipalities' boards under the Local Government Act, the county body under the Act
    // on Wellbeing Services Counties (611/2021)
    const [municipal, county] = prohibition.split('(kuntalaki 141 §).') as [string, string];
    expect(municipal).toContain('(kuntalaki 410/2015, 136 §)');
    expect(municipal.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- Harjuveden vapaa-aikalautakunta 41–48 §',
      '- Hollolan sivistyslautakunta 96–101 ja 103–104 §',
      '- Peltomaan sivistyslautakunta 58–65 §',
      '- Tekninen lautakunta 123–128 ja 130–131 §',
    ]);
    expect(county).toContain('(laki hyvinvointialueesta 611/2021, 141 §)');
    expect(county.split('\n').filter((l) => l.startsWith('- '))).toEqual(['- Perhe- ja sosiaalipalvelujen lautakunta 12–19 §']);
    expect(rectification.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- Hollolan sivistyslautakunta 102 §; oikaisuvaatimus: Hollolan sivistyslautakunta, postiosoite PL 66, 15871 Hollola, sähköposti [kirjaamo@hollola.example](mailto:kirjaamo@hollola.example)',
      '- Tekninen lautakunta 129 §; oikaisuvaatimus: Tekninen lautakunta, postiosoite Rantatie 5, 99930 Rantala, sähköposti [kirjaamo@rantala.example](mailto:kirjaamo@rantala.example)',
    ]);
    expect(appeal).not.toMatch(/asiakohtia/);
    expect(rectification).toContain('Pöytäkirja on nähtävänä yleisessä tietoverkossa 25.3.2026.');
  });
});
