// `lnhs status` as an aligned table in the CLI's language (split from commands/status.ts).
import type { Painter } from '../diagnostics.js';
import { SECTION_HEADINGS } from '../model/legal.js';
import type { Locale } from '../messages/index.js';
import { QUADRANTS } from '../model/types.js';
import type { StatusReport } from './status-types.js';

/** `2026-10-14` → `14.10.2026`, the Finnish way (SPEC 5). */
export function finnishDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

// ---- text -------------------------------------------------------------------------------

const LABELS = {
  en: {
    board: 'Board',
    submitted: 'Submitted',
    notSubmitted: 'not submitted',
    quadrants: 'S W O T',
    visions: 'Visions',
    goals: 'Goals',
    total: 'Total',
    merged: 'Merged items: {total} ({detail})',
    shared: 'Raised by several boards ({count}):',
    sharedNone: 'Raised by several boards: none',
    missing: 'Legal sections without text ({count}):',
    missingNone: 'Legal sections without text: none',
    meeting: 'Joint meeting: {date}, {when}',
    noMeeting: 'Joint meeting: no meeting.yaml',
    today: 'today',
    tomorrow: 'tomorrow',
    inDays: 'in {n} days',
    heldAgo: 'held {n} days ago',
    heldYesterday: 'held yesterday',
    kind: { municipality: 'municipality plan', county: 'county plan', joint: 'joint plan' },
    errors: 'lnhs status: the inputs have problems ({summary}); run `lnhs validate {dir}` to see them.',
    someErrors: 'lnhs status: some inputs have problems ({summary}); run `lnhs validate {dir}` to see them all.',
    hasErrors: 'has errors ({count}): line {line}: {message}',
    fileHasErrors: '{file} has errors ({count}): line {line}: {message}',
    noPlan: 'plan.yaml cannot be read: no title, period or legal sections to show.',
    contacts: 'Contacts:',
    noContact: 'no contact in the file (add `contact:` with `role:` and `email:`)',
    placeholders: 'meeting.yaml still has the example {fields} that lnhs init wrote: check them.',
    and: 'and',
    field: { date: 'date', start: 'start time', place: 'place' },
    monitoring: 'Monitoring {year} ({reported}): {done} of {total} actions reported',
    monitoringReported: 'reported {date}',
    monitoringOpen: 'not reported yet',
    monitoringPending: 'Responsible parties with actions to report:',
    monitoringAllIn: 'Every responsible party has reported.',
    monitoringUnreported: '{n} not reported',
    monitoringNotStarted: '{n} not started and no note',
    monitoringNobody: '(no responsible party given)',
  },
  fi: {
    board: 'Lautakunta',
    submitted: 'Toimitettu',
    notSubmitted: 'ei toimitettu',
    quadrants: 'V H M U',
    visions: 'Visiot',
    goals: 'Tavoitteet',
    total: 'Yhteensä',
    merged: 'Kohtia yhdistettynä: {total} ({detail})',
    shared: 'Useamman lautakunnan nostamat ({count}):',
    sharedNone: 'Useamman lautakunnan nostamat: ei yhtään',
    missing: 'Lakisääteiset osiot ilman tekstiä ({count}):',
    missingNone: 'Lakisääteiset osiot ilman tekstiä: ei yhtään',
    meeting: 'Yhteinen kokous: {date}, {when}',
    noMeeting: 'Yhteinen kokous: meeting.yaml puuttuu',
    today: 'tänään',
    tomorrow: 'huomenna',
    inDays: '{n} päivän päästä',
    heldAgo: 'pidetty {n} päivää sitten',
    heldYesterday: 'pidetty eilen',
    kind: { municipality: 'kunnan suunnitelma', county: 'hyvinvointialueen suunnitelma', joint: 'yhteinen suunnitelma' },
    errors: 'lnhs status: aineistossa on ongelmia ({summary}); näet ne komennolla `lnhs validate {dir}`.',
    someErrors: 'lnhs status: osassa aineistoa on ongelmia ({summary}); näet ne kaikki komennolla `lnhs validate {dir}`.',
    hasErrors: 'virheitä ({count}): rivi {line}: {message}',
    fileHasErrors: '{file}: virheitä ({count}): rivi {line}: {message}',
    noPlan: 'plan.yaml-tiedostoa ei voi lukea: otsikkoa, kautta tai lakisääteisiä osioita ei voi näyttää.',
    contacts: 'Yhteyshenkilöt:',
    noContact: 'tiedostossa ei ole yhteyshenkilöä (lisää `contact:`, jonka alle `role:` ja `email:`)',
    placeholders: 'meeting.yaml-tiedostossa on yhä lnhs init -komennon mallina kirjoittama {fields}: tarkista ne.',
    and: 'ja',
    field: { date: 'päivämäärä', start: 'alkamisaika', place: 'paikka' },
    monitoring: 'Seuranta {year} ({reported}): raportoitu {done}/{total} toimenpidettä',
    monitoringReported: 'raportoitu {date}',
    monitoringOpen: 'ei vielä raportoitu',
    monitoringPending: 'Vastuutahot, joilta puuttuu raportteja:',
    monitoringAllIn: 'Kaikki vastuutahot ovat raportoineet.',
    monitoringUnreported: '{n} raportoimatta',
    monitoringNotStarted: '{n} ei aloitettu eikä selvitystä',
    monitoringNobody: '(vastuutahoa ei ole merkitty)',
  },
} as const;

type LabelKey = Exclude<keyof (typeof LABELS)['en'], 'kind' | 'field'>;

export function label(locale: Locale, key: LabelKey, args: Record<string, string | number> = {}): string {
  return LABELS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}

/** "in 18 days" / "18 päivän päästä", "today", "held 3 days ago". */
export function relativeDays(days: number, locale: Locale): string {
  if (days === 0) return label(locale, 'today');
  if (days === 1) return label(locale, 'tomorrow');
  if (days === -1) return label(locale, 'heldYesterday');
  return days > 0 ? label(locale, 'inDays', { n: days }) : label(locale, 'heldAgo', { n: -days });
}

const width = (s: string) => [...s].length;
const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

function brief(text: string, max = 72): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return width(one) <= max ? one : [...one].slice(0, max - 1).join('') + '…';
}

export function formatStatusText(report: StatusReport, locale: Locale, paint: Painter): string {
  const L = LABELS[locale];
  const letters = L.quadrants.split(' ');
  const { plan } = report;
  const lines: string[] = [];
  if (plan) {
    lines.push(
      paint.bold(plan.title ?? plan.municipalities.join(', ')) +
        paint.dim(` · ${plan.period.start}–${plan.period.end} · ${L.kind[plan.kind as keyof typeof L.kind] ?? plan.kind}`),
    );
  } else lines.push(paint.yellow(label(locale, 'noPlan')));
  for (const e of report.fileErrors) {
    lines.push(paint.red(label(locale, 'fileHasErrors', { file: e.file, count: e.count, line: e.first.line, message: e.first.message })));
  }
  lines.push('');

  // one row per board, then the totals; numbers right-aligned under their headers
  type Row = { name: string; submitted: string; late: boolean; numbers: number[]; errors?: string };
  const rows: Row[] = report.boards.map((b) => ({
    name: `${b.name} (${b.id})`,
    submitted: b.submitted ? finnishDate(b.submitted) : L.notSubmitted,
    late: !b.submitted,
    numbers: [...QUADRANTS.map((q) => b.counts[q]), b.visions, b.goals],
    ...(b.errors
      ? { errors: label(locale, 'hasErrors', { count: b.errors.count, line: b.errors.first.line, message: brief(b.errors.first.message, 60) }) }
      : {}),
  }));
  const t = report.totals;
  const total: Row = {
    name: L.total,
    submitted: `${t.submitted}/${t.boards}`,
    late: false,
    numbers: [...QUADRANTS.map((q) => t.counts[q]), t.visions, t.goals],
  };
  const headers = [L.board, L.submitted, ...letters, L.visions, L.goals];
  const all = [...rows, total];
  const counted = all.filter((r) => !r.errors);
  const nameW = Math.max(width(headers[0]!), ...all.map((r) => width(r.name)));
  const subW = Math.max(width(headers[1]!), ...counted.map((r) => width(r.submitted)));
  const numW = headers.slice(2).map((h, i) => Math.max(width(h), ...counted.map((r) => String(r.numbers[i]).length)));
  const render = (cells: string[]) => cells.join('  ').trimEnd();
  const tableWidth = [nameW, subW, ...numW].reduce((sum, w) => sum + w, 0) + 2 * (numW.length + 1);

  lines.push(
    paint.bold(render([padEnd(headers[0]!, nameW), padEnd(headers[1]!, subW), ...headers.slice(2).map((h, i) => padStart(h, numW[i]!))])),
  );
  for (const r of all) {
    const isTotal = r === total;
    if (r.errors) {
      lines.push(render([padEnd(r.name, nameW), paint.red(r.errors)]));
      continue;
    }
    const cells = [
      padEnd(r.name, nameW),
      r.late ? paint.yellow(padEnd(r.submitted, subW)) : padEnd(r.submitted, subW),
      ...r.numbers.map((n, i) => padStart(String(n), numW[i]!)),
    ];
    if (isTotal) lines.push(paint.dim('─'.repeat(tableWidth)));
    lines.push(isTotal ? paint.bold(render(cells)) : render(cells));
  }
  lines.push('');

  const detail = QUADRANTS.map((q, i) => `${letters[i]} ${report.merged.counts[q]}`).join(', ');
  lines.push(label(locale, 'merged', { total: report.merged.total, detail }));

  if (report.sharedItems.length === 0) lines.push(label(locale, 'sharedNone'));
  else {
    lines.push(label(locale, 'shared', { count: report.sharedItems.length }));
    for (const item of report.sharedItems) {
      const letter = letters[QUADRANTS.indexOf(item.quadrant)]!;
      lines.push(`  ${paint.dim(letter)}  ${brief(item.text)} ${paint.dim(`— ${item.boards.join(', ')}`)}`);
    }
  }

  if (plan) {
    if (report.missingSections.length === 0) lines.push(label(locale, 'missingNone'));
    else {
      lines.push(paint.yellow(label(locale, 'missing', { count: report.missingSections.length })));
      const idW = report.missingSections.reduce((w, id) => Math.max(w, id.length), 0);
      for (const id of report.missingSections) lines.push(`  ${padEnd(id, idW)}  ${paint.dim(SECTION_HEADINGS[locale][id])}`);
    }
  }

  if (report.meeting) {
    lines.push(label(locale, 'meeting', { date: finnishDate(report.meeting.date), when: relativeDays(report.meeting.daysUntil, locale) }));
  } else lines.push(label(locale, 'noMeeting'));
  if (report.placeholders.length > 0) {
    const names = report.placeholders.map((f) => L.field[f]);
    const fields = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${L.and} ${names[names.length - 1]}`;
    lines.push(paint.yellow(label(locale, 'placeholders', { fields })));
  }

  // the year's follow-up: who still owes a report (issue 16)
  const m = report.monitoring;
  if (m) {
    const reported = m.reported ? label(locale, 'monitoringReported', { date: finnishDate(m.reported) }) : label(locale, 'monitoringOpen');
    lines.push(label(locale, 'monitoring', { year: m.year, reported, done: m.reportedActions, total: m.actions }));
    if (m.pending.length === 0) lines.push(label(locale, 'monitoringAllIn'));
    else {
      lines.push(paint.yellow(label(locale, 'monitoringPending')));
      for (const p of m.pending) {
        const what = [
          p.unreported > 0 ? label(locale, 'monitoringUnreported', { n: p.unreported }) : undefined,
          p.notStarted > 0 ? label(locale, 'monitoringNotStarted', { n: p.notStarted }) : undefined,
        ].filter((x) => x !== undefined);
        lines.push(`  ${p.responsible ?? paint.dim(L.monitoringNobody)}: ${what.join(', ')}`);
      }
    }
  }

  // whom to remind: every board's contact person (issue 13 item 5)
  if (report.boards.length > 0) {
    lines.push(label(locale, 'contacts'));
    const idW = report.boards.reduce((w, b) => Math.max(w, width(b.id)), 0);
    for (const b of report.boards) {
      const c = b.contact;
      const who = c ? [c.role, c.name, c.email].filter((x): x is string => x !== undefined && x !== '').join(', ') : paint.dim(L.noContact);
      lines.push(`  ${padEnd(b.id, idW)}  ${who}`);
    }
  }
  return lines.join('\n');
}
