// Dates, times, numbers and lists in the document language. Pure string work on the ISO forms
// the model guarantees (`YYYY-MM-DD`, `HH:MM`): no `Date` in local time and no `Intl`, so the
// output is the same on every machine and Node version (SPEC 3: byte-identical output).
import type { Lang } from '../model/types.js';
import { LABELS, fill, type Labels } from './labels/index.js';

export interface Formatter {
  lang: Lang;
  labels: Labels;
  /** `14.10.2026` (fi, sv), `14 October 2026` (en) */
  date(iso: string): string;
  /** `keskiviikko 14.10.2026` */
  weekdayDate(iso: string): string;
  /** `17.00` (fi, sv), `17:00` (en) */
  time(hhmm: string): string;
  /** `klo 17.00–19.00`, or `klo 17.00` without an end */
  timeRange(start: string, end?: string): string;
  /** `12,5` (fi, sv), `12.5` (en); thousands grouped from 10 000 up */
  number(value: number): string;
  /** a due value: a year as written, an ISO date formatted */
  due(value: string): string;
  /** `A, B ja C` */
  list(items: readonly string[]): string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^(\d{1,2}):(\d{2})$/;

export function formatter(lang: Lang): Formatter {
  const labels = LABELS[lang];
  const months = labels['date.months'].split(',');
  const weekdays = labels['date.weekdays'].split(',');

  const date = (iso: string): string => {
    const m = ISO_DATE.exec(iso);
    if (!m) return iso;
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    return fill(labels['date.format'], {
      d: String(Number(d)),
      m: String(Number(mo)),
      y,
      monthName: months[Number(mo) - 1] ?? mo,
    });
  };

  const time = (hhmm: string): string => {
    const m = HH_MM.exec(hhmm);
    if (!m) return hhmm;
    const [, h, mm] = m as unknown as [string, string, string];
    return fill(labels['time.format'], { h: String(Number(h)), hh: h.padStart(2, '0'), mm });
  };

  return {
    lang,
    labels,
    date,
    weekdayDate(iso) {
      const m = ISO_DATE.exec(iso);
      if (!m) return iso;
      // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999 (issue 12)
      const at = new Date(0);
      at.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      const day = at.getUTCDay();
      return fill(labels['date.weekdayDate'], { weekday: weekdays[day] ?? '', date: date(iso) });
    },
    time,
    timeRange(start, end) {
      return end
        ? fill(labels['time.range'], { start: time(start), end: time(end) })
        : fill(labels['time.start'], { start: time(start) });
    },
    number(value) {
      if (!Number.isFinite(value)) return String(value);
      const [int = '0', frac] = String(Math.abs(value)).split('.');
      const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+$)/g, labels['number.group']) : int;
      const body = frac === undefined ? grouped : grouped + labels['number.decimal'] + frac;
      return value < 0 ? labels['number.minus'] + body : body;
    },
    due(value) {
      return ISO_DATE.test(value) ? date(value) : value;
    },
    list(items) {
      if (items.length <= 1) return items.join('');
      const rest = items.slice(0, -1).join(', ');
      const last = items[items.length - 1]!;
      // An item that has the conjunction in it ("Harrastukset ja liikkuminen") would run into
      // the next: the last pair is then joined with "sekä" / "samt" / ", and", as Finnish and
      // Swedish usage guides advise, so "a, b ja c ja d" never reads as one item.
      const and = labels['list.and'];
      const inner = new RegExp(`(^|\\s)${and}(\\s|$)`, 'u');
      if (items.some((item) => inner.test(item))) return fill(labels['list.andGrouped'], { rest, last });
      return `${rest} ${and} ${last}`;
    },
  };
}
