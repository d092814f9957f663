import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, meetingEnd, meetingUid } from '../../src/render/ics.js';
import { rng } from '../helpers/rng.js';
import { render } from '../../src/render/index.js';
import { mergedPlan } from './fixtures.js';
import { file } from './helpers.js';

async function ics(options: Parameters<typeof mergedPlan>[0] = {}, edit?: (m: ReturnType<typeof mergedPlan>) => void) {
  const merged = mergedPlan(options);
  edit?.(merged);
  return file((await render(merged, { formats: ['md'], only: 'agenda' })).files, 'agenda.ics');
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('agenda.ics (RFC 5545)', () => {
  it('parses back with ical.js: summary, location, start and end in Helsinki time', async () => {
    const text = await ics();
    const { calendar, vevent, event } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/lnhs/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.summary).toBe('Perusturva-, koulutus- ja vapaa-aikalautakuntien yhteinen kokous');
    expect(event.location).toBe('Kunnantalo, valtuustosali');
    expect(event.uid).toMatch(/^[0-9a-f]{32}@lnhs$/);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Helsinki');
    const start = event.startDate;
    expect([start.year, start.month, start.day, start.hour, start.minute]).toEqual([2026, 10, 14, 17, 0]);
    expect([event.endDate.hour, event.endDate.minute]).toEqual([19, 30]);
    // the VTIMEZONE makes it an absolute time: 17.00 EEST on 14 October is 14.00 UTC
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    expect(zone.tzid).toBe('Europe/Helsinki');
    start.zone = zone;
    expect(start.toUnixTime()).toBe(Date.UTC(2026, 9, 14, 14, 0) / 1000);
    const winter = ICAL.Time.fromData({ year: 2026, month: 12, day: 1, hour: 17, minute: 0 }, zone);
    expect(winter.toUnixTime()).toBe(Date.UTC(2026, 11, 1, 15, 0) / 1000);
  });

  it('lists the items with their § numbers in the description, in the plan language', async () => {
    const fi = parse(await ics()).event.description;
    expect(fi).toContain('Esityslista: Perusturva-, koulutus- ja vapaa-aikalautakuntien yhteinen kokous');
    expect(fi).toContain('\n1. Kokouksen avaus, laillisuus ja päätösvaltaisuus (Perusturvalautakunta 45 §, Koulutuslautakunta 62 §, Vapaa-aikalautakunta 30 §)');
    expect(fi).toContain('\n8. Koulukuraattoripalvelujen lisäresurssi (Koulutuslautakunta 69 §)');
    const sv = parse(await ics({ lang: 'sv' })).event.description;
    expect(sv).toContain('Föredragningslista: ');
    expect(sv).toContain('\n1. Sammanträdets öppnande, laglighet och beslutförhet (');
    const en = parse(await ics({ lang: 'en' })).event.description;
    expect(en).toContain('\n1. Opening, lawfulness and quorum (Perusturvalautakunta § 45');
  });

  it('uses CRLF line ends and folds lines at 75 octets without splitting a character', async () => {
    const text = await ics({}, (m) => {
      m.meeting!.place = 'Ääneläisten kunnantalo, valtuustosali, Yhdystie 1 – sisäänkäynti pääovesta ja hissillä kolmanteen kerrokseen (esteetön)';
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      // a continuation line never starts inside a UTF-8 sequence (a valid string round-trips)
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(parse(text).event.location).toBe(
      'Ääneläisten kunnantalo, valtuustosali, Yhdystie 1 – sisäänkäynti pääovesta ja hissillä kolmanteen kerrokseen (esteetön)',
    );
  });

  it('escapes backslash, semicolon, comma and newline, and keeps special text intact', async () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const title = 'Kokous; osa 1, "tärkeä" \\ <script>alert(1)</script>\nrivi 2';
    const { event } = parse(await ics({}, (m) => (m.meeting!.title = title)));
    expect(event.summary).toBe(title);
  });

  it('folds by octets, never inside a multibyte character', () => {
    const line = 'DESCRIPTION:' + 'ä€😀'.repeat(40);
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('folds exactly where counting octets with Buffer.byteLength would', () => {
    // the reference: the plain algorithm, one Buffer.byteLength per code point
    const reference = (line: string) => {
      const out: string[] = [];
      let current = '';
      let octets = 0;
      let limit = 75;
      for (const ch of line) {
        const size = Buffer.byteLength(ch, 'utf8');
        if (octets + size > limit) {
          out.push(current);
          current = '';
          octets = 0;
          limit = 74;
        }
        current += ch;
        octets += size;
      }
      out.push(current);
      return out.join('\r\n ');
    };
    const random = rng(75);
    const pieces = ['a', 'Ö', 'ß', '€', '😀', '\ud800', '\udc00', ' ', ';', 'x'.repeat(30)];
    for (let k = 0; k < 3000; k++) {
      let line = '';
      const n = Math.floor(random() * 60);
      for (let i = 0; i < n; i++) line += pieces[Math.floor(random() * pieces.length)];
      expect(foldLine(line), JSON.stringify(line)).toBe(reference(line));
    }
  });

  it('has a stable UID for the same meeting and a DTSTAMP that does not come from the clock', async () => {
    const a = await ics();
    const b = await ics({}, (m) => (m.meeting!.items = []));
    expect(parse(a).event.uid).toBe(parse(b).event.uid);
    const moved = await ics({}, (m) => (m.meeting!.date = '2026-10-21'));
    expect(parse(moved).event.uid).not.toBe(parse(a).event.uid);
    expect(a).toContain('\r\nDTSTAMP:20261014T000000Z\r\n');
    expect(await ics()).toBe(a);
  });

  it('ends at meeting.end, else after the items’ durations, else after two hours', () => {
    const m = mergedPlan().meeting!;
    expect(meetingEnd(m)).toEqual({ date: '2026-10-14', time: '19:30' });
    delete m.end;
    expect(meetingEnd(m)).toEqual({ date: '2026-10-14', time: '17:20' }); // one item of 20 minutes
    m.items = [];
    expect(meetingEnd(m)).toEqual({ date: '2026-10-14', time: '19:00' });
    m.start = '23:30';
    expect(meetingEnd(m)).toEqual({ date: '2026-10-15', time: '01:30' });
    expect(meetingUid(m)).toMatch(/@lnhs$/);
  });
});
