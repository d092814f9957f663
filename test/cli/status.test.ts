import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysBetween, finnishDate, relativeDays, statusCommand, type StatusReport } from '../../src/cli/commands/status.js';
import { initCommand } from '../../src/cli/commands/init.js';
import { cleanup, tempDir, testContext, writeTree } from '../init/helpers.js';

// A small workspace in the format of SPEC 2: three boards, one not submitted; one item shared
// by id, one by equal text; two of the four sections a municipality plan needs are written.
const workspace: Record<string, string> = {
  'plan.yaml': `kind: municipality
municipalities: [Järvilahti]
period: {start: 2027, end: 2030}
sections:
  wellbeing_status: Lapset voivat pääosin hyvin.
  prevention: |
    Neuvola, varhaiskasvatus ja koulut.
  cooperation: "   "
`,
  'boards/perusturva.yaml': `board:
  id: perusturva
  name: Perusturvalautakunta
submitted: 2026-10-14
swot:
  strengths:
    - id: perhekeskus
      text: Perhekeskuksen verkosto toimii.
    - Neuvola tuntee perheet.
  weaknesses:
    - Mielenterveyspalveluihin jonotetaan liian kauan.
  threats:
    - Talous heikkenee.
vision:
  - Perhe saa apua yhdellä yhteydenotolla.
goals:
  - title: Matalan kynnyksen tuki
    actions:
      - text: Avoimet vastaanotot
`,
  'boards/sivistys.yaml': `board:
  id: sivistys
  name: Sivistyslautakunta
swot:
  strengths:
    - id: perhekeskus
      text: Perhekeskuksen verkosto toimii.
    - Koulunuorisotyö tavoittaa nuoret.
  opportunities:
    - Järjestöt mukaan.
vision: Jokainen lapsi tulee kuulluksi.
`,
  'boards/vapaa-aika.yaml': `board:
  id: vapaa-aika
  name: Vapaa-aikalautakunta
submitted: 2026-10-20
swot:
  weaknesses:
    - "mielenterveyspalveluihin jonotetaan liian kauan"
  opportunities:
    - Harrastamisen malli laajenee.
  threats: []
goals:
  - title: Harrastus jokaiselle
    actions:
      - text: Kerhoja kouluille
  - title: Nuorisotilat auki iltaisin
    actions:
      - text: Aukioloaikoja pidennetään
`,
  'meeting.yaml': `date: 2026-11-01
start: "17:00"
place: Kunnantalo
`,
};

let cwd: string;
beforeEach(async () => {
  cwd = await tempDir('lnhs-status-');
  await writeTree(cwd, workspace);
});
afterEach(async () => {
  await cleanup(cwd);
});

const now = new Date(2026, 9, 14, 15, 30); // 14.10.2026 afternoon, local time

describe('lnhs status', () => {
  it('prints one JSON object with boards, totals, shared items, missing sections and the meeting', async () => {
    const t = testContext({ cwd });
    expect(await statusCommand(undefined, { format: 'json' }, t.ctx, now)).toBe(0);
    const report = JSON.parse(t.stdout()) as StatusReport;
    expect(report.boards).toEqual([
      {
        id: 'perusturva',
        name: 'Perusturvalautakunta',
        submitted: '2026-10-14',
        counts: { strengths: 2, weaknesses: 1, opportunities: 0, threats: 1 },
        visions: 1,
        goals: 1,
        contact: null,
      },
      {
        id: 'sivistys',
        name: 'Sivistyslautakunta',
        submitted: null,
        counts: { strengths: 2, weaknesses: 0, opportunities: 1, threats: 0 },
        visions: 1,
        goals: 0,
        contact: null,
      },
      {
        id: 'vapaa-aika',
        name: 'Vapaa-aikalautakunta',
        submitted: '2026-10-20',
        counts: { strengths: 0, weaknesses: 1, opportunities: 1, threats: 0 },
        visions: 0,
        goals: 2,
        contact: null,
      },
    ]);
    expect(report.totals).toEqual({
      boards: 3,
      submitted: 2,
      counts: { strengths: 4, weaknesses: 2, opportunities: 2, threats: 1 },
      visions: 2,
      goals: 3,
    });
    expect(report.merged).toEqual({ counts: { strengths: 3, weaknesses: 1, opportunities: 2, threats: 1 }, total: 7 });
    expect(report.sharedItems).toEqual([
      { quadrant: 'strengths', id: 'perhekeskus', text: 'Perhekeskuksen verkosto toimii.', boards: ['perusturva', 'sivistys'] },
      { quadrant: 'weaknesses', text: 'Mielenterveyspalveluihin jonotetaan liian kauan.', boards: ['perusturva', 'vapaa-aika'] },
    ]);
    // cooperation is only white space: still missing
    expect(report.missingSections).toEqual(['cooperation', 'implementation']);
    expect(report.meeting).toEqual({ date: '2026-11-01', daysUntil: 18 });
    expect(t.stderr()).toBe('');
  });

  it('prints an aligned table in English', async () => {
    const t = testContext({ cwd });
    expect(await statusCommand('.', {}, t.ctx, now)).toBe(0);
    const text = t.stdout();
    expect(text).toMatchInlineSnapshot(`
      "Järvilahti · 2027–2030 · municipality plan

      Board                              Submitted      S  W  O  T  Visions  Goals
      Perusturvalautakunta (perusturva)  14.10.2026     2  1  0  1        1      1
      Sivistyslautakunta (sivistys)      not submitted  2  0  1  0        1      0
      Vapaa-aikalautakunta (vapaa-aika)  20.10.2026     0  1  1  0        0      2
      ────────────────────────────────────────────────────────────────────────────
      Total                              2/3            4  2  2  1        2      3

      Merged items: 7 (S 3, W 1, O 2, T 1)
      Raised by several boards (2):
        S  Perhekeskuksen verkosto toimii. — perusturva, sivistys
        W  Mielenterveyspalveluihin jonotetaan liian kauan. — perusturva, vapaa-aika
      Legal sections without text (2):
        cooperation     Organisation of cooperation
        implementation  Implementation and monitoring of the plan
      Joint meeting: 1.11.2026, in 18 days
      Contacts:
        perusturva  no contact in the file (add \`contact:\` with \`role:\` and \`email:\`)
        sivistys    no contact in the file (add \`contact:\` with \`role:\` and \`email:\`)
        vapaa-aika  no contact in the file (add \`contact:\` with \`role:\` and \`email:\`)
      "
    `);
  });

  it('speaks Finnish when the locale is Finnish', async () => {
    const t = testContext({ cwd, locale: 'fi' });
    expect(await statusCommand('.', { format: 'text' }, t.ctx, now)).toBe(0);
    const text = t.stdout();
    expect(text).toContain('Lautakunta');
    expect(text).toMatch(/Sivistyslautakunta \(sivistys\) +ei toimitettu +2 +0 +1 +0/);
    expect(text).toContain('V  H  M  U');
    expect(text).toContain('Yhteensä');
    expect(text).toContain('Useamman lautakunnan nostamat (2):');
    expect(text).toContain('Yhteistyön järjestäminen');
    expect(text).toContain('Yhteinen kokous: 1.11.2026, 18 päivän päästä');
  });

  it('says when the meeting was held', async () => {
    const t = testContext({ cwd });
    expect(await statusCommand('.', {}, t.ctx, new Date(2026, 10, 4, 9))).toBe(0);
    expect(t.stdout()).toContain('Joint meeting: 1.11.2026, held 3 days ago');
  });

  it('works without meeting.yaml and with every section written', async () => {
    const t = testContext({ cwd });
    const { rm, writeFile } = await import('node:fs/promises');
    await rm(`${cwd}/meeting.yaml`);
    await writeFile(
      `${cwd}/plan.yaml`,
      workspace['plan.yaml']!.replace('cooperation: "   "', 'cooperation: Yhteistyöryhmä.\n  implementation: Seuranta.'),
    );
    expect(await statusCommand('.', { format: 'json' }, t.ctx, now)).toBe(0);
    const report = JSON.parse(t.stdout()) as StatusReport;
    expect(report.meeting).toBeNull();
    expect(report.missingSections).toEqual([]);
  });

  it('keeps working when a board file has errors: that board shows them, the others as usual (issue 13)', async () => {
    await writeTree(cwd, {
      'boards/sivistys.yaml': 'board:\n  id: sivistys\n  name: Sivistyslautakunta\ncontact:\n  role: sihteeri\n  email: s@x.fi\nswot:\n  strenghts: []\n  threats: 3\n',
    });
    const t = testContext({ cwd });
    expect(await statusCommand('.', { format: 'json' }, t.ctx, now)).toBe(1);
    const report = JSON.parse(t.stdout()) as StatusReport;
    expect(report.boards.map((b) => [b.id, b.submitted, b.errors?.count ?? 0])).toEqual([
      ['perusturva', '2026-10-14', 0],
      ['sivistys', null, 2],
      ['vapaa-aika', '2026-10-20', 0],
    ]);
    const broken = report.boards[1]!;
    expect(broken.errors!.first).toMatchObject({ line: 8, code: 'unknown-key', message: 'Unknown key `strenghts`.' });
    // its contact is read from what could be read of the file, so the coordinator can write
    expect(broken.contact).toEqual({ role: 'sihteeri', email: 's@x.fi' });
    // the other boards are merged and counted as usual
    expect(report.merged.total).toBe(5);
    expect(report.problems.errors).toBe(2);
    expect(t.stderr()).toMatch(/^lnhs status: some inputs have problems \(2 errors, \d+ warnings?\); run `lnhs validate \.` to see them all\.\n$/);

    const text = testContext({ cwd, locale: 'fi' });
    expect(await statusCommand('.', {}, text.ctx, now)).toBe(1);
    expect(text.stdout()).toMatch(/Sivistyslautakunta \(sivistys\) +virheitä \(2\): rivi 8: Tuntematon avain `strenghts`\./);
    expect(text.stdout()).toMatch(/Perusturvalautakunta \(perusturva\) +14\.10\.2026 +2 +1 +0 +1/);
    expect(text.stdout()).toContain('  sivistys    sihteeri, s@x.fi');
  });

  it('shows plan.yaml\'s errors and still lists the boards', async () => {
    await writeTree(cwd, { 'plan.yaml': 'kind: kunta\nmunicipalities: [Järvilahti]\nperiod: {start: 2027, end: 2030}\n' });
    const t = testContext({ cwd });
    expect(await statusCommand('.', {}, t.ctx, now)).toBe(1);
    // what could be read of it still heads the report
    expect(t.stdout()).toMatch(/^Järvilahti · 2027–2030/);
    expect(t.stdout()).toMatch(/plan\.yaml has errors \(1\): line 1: The value `kunta` is not allowed/);
    expect(t.stdout()).toMatch(/Sivistyslautakunta \(sivistys\) +not submitted +2/);
  });

  it('still says only where to look when there is no workspace at all', async () => {
    const t = testContext({ cwd: path.join(cwd, 'boards') });
    expect(await statusCommand('.', {}, t.ctx, now)).toBe(1);
    expect(t.stdout()).toBe('');
    expect(t.stderr()).toMatch(/^lnhs status: the inputs have problems/);
  });

  it('shows each board\'s contact, and warns about the example meeting data that init wrote', async () => {
    await writeTree(cwd, {
      'boards/perusturva.yaml': workspace['boards/perusturva.yaml']!.replace('submitted:', 'contact:\n  role: sihteeri\n  name: Perusturvan sihteeri\n  email: pt@jarvilahti.fi\nsubmitted:'),
      'meeting.yaml': 'date: 2026-12-07\nstart: "17:00"\nplace: Kunnantalo, valtuustosali\n',
    });
    const t = testContext({ cwd });
    expect(await statusCommand('.', {}, t.ctx, now)).toBe(0);
    expect(t.stdout()).toContain('Contacts:\n  perusturva  sihteeri, Perusturvan sihteeri, pt@jarvilahti.fi\n  sivistys    no contact in the file');
    expect(t.stdout()).toContain('meeting.yaml still has the example date, start time and place that lnhs init wrote: check them.');
    const json = testContext({ cwd });
    await statusCommand('.', { format: 'json' }, json.ctx, now);
    expect((JSON.parse(json.stdout()) as StatusReport).placeholders).toEqual(['date', 'start', 'place']);
  });

  it('shows a fresh workspace from lnhs init: nobody has submitted, every section missing', async () => {
    const fresh = await tempDir('lnhs-status-init-');
    try {
      const t = testContext({ cwd: fresh });
      const flags = { yes: true, municipality: ['Järvilahti'], period: '2027-2030', board: ['perusturva', 'sivistys'] };
      expect(await initCommand('.', flags, t.ctx)).toBe(0);
      const s = testContext({ cwd: fresh });
      expect(await statusCommand('.', { format: 'json' }, s.ctx, now)).toBe(0);
      const report = JSON.parse(s.stdout()) as StatusReport;
      expect(report.boards.map((b) => b.submitted)).toEqual([null, null]);
      expect(report.missingSections).toEqual(['wellbeing_status', 'prevention', 'cooperation', 'implementation']);
      expect(report.meeting).toEqual({ date: '2026-12-07', daysUntil: 54 });
    } finally {
      await cleanup(fresh);
    }
  });
});

describe('lnhs status through the command line', () => {
  it('runs in-process with --format json', async () => {
    const { run } = await import('../../src/cli/main.js');
    let out = '';
    const io = {
      stdin: { isTTY: false },
      stdout: { write: (s: string) => void (out += s), isTTY: false },
      stderr: { write: () => undefined, isTTY: false },
      env: {},
      cwd,
    };
    expect(await run(['status', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(out) as StatusReport;
    expect(report.boards.map((b) => [b.id, b.submitted])).toEqual([
      ['perusturva', '2026-10-14'],
      ['sivistys', null],
      ['vapaa-aika', '2026-10-20'],
    ]);
  });
});

describe('status helpers', () => {
  it('counts calendar days, whatever the time of day', () => {
    expect(daysBetween(new Date(2026, 9, 14, 0, 0), '2026-10-14')).toBe(0);
    expect(daysBetween(new Date(2026, 9, 14, 23, 59), '2026-10-15')).toBe(1);
    expect(daysBetween(new Date(2026, 2, 28, 12), '2026-03-30')).toBe(2); // across the change to summer time
    expect(daysBetween(new Date(2026, 9, 14), '2026-10-11')).toBe(-3);
  });

  it('writes dates and distances the Finnish way', () => {
    expect(finnishDate('2026-10-04')).toBe('4.10.2026');
    expect(relativeDays(18, 'en')).toBe('in 18 days');
    expect(relativeDays(18, 'fi')).toBe('18 päivän päästä');
    expect(relativeDays(0, 'fi')).toBe('tänään');
    expect(relativeDays(1, 'en')).toBe('tomorrow');
    expect(relativeDays(-3, 'en')).toBe('held 3 days ago');
    expect(relativeDays(-3, 'fi')).toBe('pidetty 3 päivää sitten');
  });
});
