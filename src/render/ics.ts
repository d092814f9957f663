// agenda.ics: the joint meeting as one iCalendar event (RFC 5545, issue 3), in Helsinki time
// with its VTIMEZONE, in the plan's language. Deterministic: no clock, no random UID.
import { createHash } from 'node:crypto';
import type { Lang, Meeting } from '../model/types.js';
import type { Agenda } from './agenda.js';
import type { Formatter } from './format.js';
import { fill } from './labels/index.js';

const CRLF = '\r\n';
const DEFAULT_MINUTES = 120;

/** RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped in TEXT values. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // C0, C1, bidirectional controls, line separators and the renderer's markers (issue 12)
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uE000\uE001\uFEFF]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The UTF-8 octets of one code point, as `Buffer.byteLength` counts them (a lone surrogate
 * becomes U+FFFD, three octets), without a call into Node for every character (issue 7).
 */
function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space. Split between
 * code points, never inside a UTF-8 sequence (or a surrogate pair).
 */
export function foldLine(line: string): string {
  // most lines are short ASCII: nothing to fold
  if (line.length <= 75 && !NON_ASCII.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75; // the first line; continuation lines lose one octet to the leading space
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
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
  return out.join(CRLF + ' ');
}

/** `2026-10-14` + `17:00` → `20261014T170000` (local, floating; used with TZID). */
function localDateTime(date: string, time: string): string {
  const [h = '0', m = '0'] = time.split(':');
  return `${date.replace(/-/g, '')}T${h.padStart(2, '0')}${m.padStart(2, '0')}00`;
}

/** The end: meeting.end, else start + the items' durations when any are given, else 2 hours. */
export function meetingEnd(meeting: Meeting): { date: string; time: string } {
  if (meeting.end) return { date: meeting.date, time: meeting.end };
  const durations = meeting.items.map((i) => i.duration ?? 0);
  const minutes = durations.some((d) => d > 0) ? durations.reduce((a, b) => a + b, 0) : DEFAULT_MINUTES;
  const [y, mo, d] = meeting.date.split('-').map(Number) as [number, number, number];
  const [h, m] = meeting.start.split(':').map(Number) as [number, number];
  // wall-clock arithmetic in UTC, so that the machine's time zone plays no part
  // (setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999: issue 12)
  const end = new Date(0);
  end.setUTCFullYear(y, mo - 1, d);
  end.setUTCHours(h, m + minutes);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    date: `${pad(end.getUTCFullYear(), 4)}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
    time: `${pad(end.getUTCHours())}:${pad(end.getUTCMinutes())}`,
  };
}

/** Stable for the same meeting: the same date, place and boards give the same UID. */
export function meetingUid(meeting: Meeting): string {
  const key = JSON.stringify([meeting.date, meeting.place.trim(), [...meeting.boards]]);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return `${hash}@lnhs`;
}

// Europe/Helsinki: EET (+02:00), EEST (+03:00) from the last Sunday of March 03:00 to the last
// Sunday of October 04:00 local time (the EU rule, since 1996 in this form).
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'X-LIC-LOCATION:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19960331T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19961027T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function agendaIcs(agenda: Agenda, meeting: Meeting, fmt: Formatter): string {
  const lang: Lang = fmt.lang;
  const end = meetingEnd(meeting);
  const description = [
    fill('{agenda}: {title}', { agenda: fmt.labels['ics.agenda'], title: agenda.title }),
    `${fmt.labels['agenda.boards']}: ${fmt.list(agenda.boards)}`,
    '',
    ...agenda.items.map((item) => {
      const sections = item.sections
        .map((s) => fill(fmt.labels['agenda.section'], { board: s.board, number: s.number }))
        .join(', ');
      return `${item.number}. ${item.title}${sections ? ` (${sections})` : ''}`;
    }),
  ].join('\n');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//lnhs//lnhs//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${meetingUid(meeting)}`,
    // DTSTAMP is required and must be UTC. The clock would make every run differ (SPEC 3 wants
    // byte-identical output), so it is midnight UTC of the meeting day: fixed for a meeting, and
    // a moved meeting gets a new UID anyway, since the UID hashes the date.
    `DTSTAMP:${meeting.date.replace(/-/g, '')}T000000Z`,
    `DTSTART;TZID=Europe/Helsinki:${localDateTime(meeting.date, meeting.start)}`,
    `DTEND;TZID=Europe/Helsinki:${localDateTime(end.date, end.time)}`,
    `SUMMARY;LANGUAGE=${lang}:${escapeText(agenda.title)}`,
    `LOCATION;LANGUAGE=${lang}:${escapeText(agenda.place)}`,
    `DESCRIPTION;LANGUAGE=${lang}:${escapeText(description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
