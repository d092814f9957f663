// `lnhs generate plans/example --format md,html,pdf` as a new user runs it (issue 3 "Done when"):
// six documents and agenda.ics; tagged, titled PDFs holding the title and every legal heading;
// without a Chromium a message saying how to get one, exit 1, and the other formats written;
// agenda.ics that a calendar (ical.js) reads back.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import { runCli } from '../helpers/cli.js';
import { pdfinfo } from '../helpers/pdfinfo.js';

const EXAMPLE = fileURLToPath(new URL('../../plans/example', import.meta.url));
const ENV = { PATH: process.env.PATH, LNHS_CHROME: process.env.LNHS_CHROME };

function copyExample(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lnhs-pdf-cli-')), 'example');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
  return dir;
}

/** The PDF's text with line breaks and hyphenation at line ends undone, spaces collapsed. */
const pdftext = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

const TITLE = 'Järvilahden lasten ja nuorten hyvinvointisuunnitelma 2027–2030';
const ALL_SECTIONS = ['wellbeing_status', 'prevention', 'child_welfare_need', 'child_welfare_resources', 'child_welfare_services', 'cooperation', 'implementation'] as const;
const MUNICIPALITY_SECTIONS = ['wellbeing_status', 'prevention', 'cooperation', 'implementation'] as const;

describe('lnhs generate --format md,html,pdf', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    dir = copyExample();
    result = await runCli(['generate', 'example', '--format', 'md,html,pdf'], { cwd: path.dirname(dir), env: ENV });
  }, 120_000);

  it('writes plan and agenda as md, html and pdf, and agenda.ics', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(
      ['agenda.html', 'agenda.ics', 'agenda.md', 'agenda.pdf', 'plan.html', 'plan.md', 'plan.pdf'].sort(),
    );
    expect(result.stderr).toContain('plan.pdf');
    expect(result.stdout).toBe('');
  });

  it('prints tagged, titled A4 PDFs; the plan has at least two pages', () => {
    const plan = pdfinfo(path.join(dir, 'out/plan.pdf'));
    expect(plan.Tagged).toBe('yes');
    expect(plan.Title).toBe(TITLE);
    expect(Number(plan.Pages)).toBeGreaterThanOrEqual(2);
    expect(plan['Page size']).toContain('(A4)');
    const agenda = pdfinfo(path.join(dir, 'out/agenda.pdf'));
    expect(agenda.Tagged).toBe('yes');
    expect(agenda.Title).toBe('Sivistyslautakunnan, vapaa-aikalautakunnan ja teknisen lautakunnan yhteinen kokous');
    expect(agenda['Page size']).toContain('(A4)');
  });

  it('holds the title and every legal heading of a municipality plan in the PDF text', () => {
    const text = pdftext(path.join(dir, 'out/plan.pdf'));
    expect(text).toContain(TITLE);
    for (const id of MUNICIPALITY_SECTIONS) expect(text, id).toContain(SECTION_HEADINGS.fi[id]);
    const agenda = pdftext(path.join(dir, 'out/agenda.pdf'));
    for (const heading of ['Esityslista', 'Laillisuus ja päätösvaltaisuus', 'Muutoksenhakukielto', 'Oikaisuvaatimusohje']) expect(agenda).toMatch(new RegExp(heading, 'i'));
  });

  it('agenda.ics reads back in a calendar: one event at 17.00 Helsinki time on 10.12.2026, with place and items', () => {
    const text = readFileSync(path.join(dir, 'out/agenda.ics'), 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(events[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Helsinki');
    const start = event.startDate;
    expect([start.year, start.month, start.day, start.hour, start.minute]).toEqual([2026, 12, 10, 17, 0]);
    expect([event.endDate.hour, event.endDate.minute]).toEqual([19, 30]);
    start.zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    expect(start.toUnixTime()).toBe(Date.UTC(2026, 11, 10, 15, 0) / 1000); // 17.00 EET = 15.00 UTC
    expect(event.summary).toBe('Sivistyslautakunnan, vapaa-aikalautakunnan ja teknisen lautakunnan yhteinen kokous');
    expect(event.location).toBe('Järvilahden kunnantalo, valtuustosali');
    for (const item of ['Kokouksen avaus, laillisuus ja päätösvaltaisuus', 'Pöytäkirjan tarkastus ja nähtävilläolo', 'Lasten ja nuorten osallisuusfoorumin kuuleminen']) {
      expect(event.description).toContain(item);
    }
    expect(event.uid).toMatch(/@lnhs$/);
  });

  it('gives agenda.ics the same UID on a second run', async () => {
    const first = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync(path.join(dir, 'out/agenda.ics'), 'utf8'))).getFirstSubcomponent('vevent')!);
    const again = await runCli(['generate', '--only', 'agenda', '--out', 'again'], { cwd: dir, env: ENV });
    expect(again.code, again.stderr).toBe(0);
    const second = readFileSync(path.join(dir, 'again/agenda.ics'), 'utf8');
    expect(second).toBe(readFileSync(path.join(dir, 'out/agenda.ics'), 'utf8'));
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(second)).getFirstSubcomponent('vevent')!).uid).toBe(first.uid);
  });

  it('a joint plan shows all seven legal headings', async () => {
    const joint = copyExample();
    const plan = path.join(joint, 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('kind: municipality', 'kind: joint'));
    const r = await runCli(['generate', '--only', 'plan', '--format', 'pdf'], { cwd: joint, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(joint, 'out'))).toEqual(['plan.pdf']);
    const text = pdftext(path.join(joint, 'out/plan.pdf'));
    for (const id of ALL_SECTIONS) expect(text, id).toContain(SECTION_HEADINGS.fi[id]);
  }, 60_000);
});

describe('lnhs generate --format pdf without a Chromium', () => {
  it('says how to install one, exits 1, and still writes md, html and ics', async () => {
    const dir = copyExample();
    const emptyPath = mkdtempSync(path.join(os.tmpdir(), 'lnhs-no-chrome-'));
    const r = await runCli(['generate', '--format', 'md,html,pdf'], {
      cwd: dir,
      env: { LNHS_CHROME: '/nonexistent', PATH: emptyPath },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent');
    expect(r.stderr).toContain('apt-get install chromium');
    expect(r.stderr).toContain('LNHS_CHROME');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['agenda.html', 'agenda.ics', 'agenda.md', 'plan.html', 'plan.md']);
    expect(existsSync(path.join(dir, 'out/plan.pdf'))).toBe(false);

    // without LNHS_CHROME at all the message is the general one
    const plain = await runCli(['generate', '--format', 'pdf', '--out', 'o2'], { cwd: dir, env: { PATH: emptyPath } });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('apt-get install chromium');
    expect(plain.stderr).not.toContain('/nonexistent');
  });
});
