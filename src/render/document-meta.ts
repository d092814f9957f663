// What the Word files of the plan and the agenda need beyond their Markdown (issue 15): their
// properties (title, author, language), the page header, which sections start a page, and
// which four sections are the SWOT matrix. The headings are found by the text the built-in
// templates give them, in the document's language; an override that renames them keeps its
// own layout.
import type { DocumentMeta, Lang, MergedPlan } from '../model/types.js';
import type { Agenda } from './agenda.js';
import type { Formatter } from './format.js';
import type { MonitoringReport } from '../monitoring/report.js';
import { documentLine, planTitle } from './plan-view.js';
import { reportStateLine, reportTitle } from './report-view.js';

/** Word's language tags: Finland's Swedish, and British English as the EU institutions write it. */
const WORD_LANGUAGE: Readonly<Record<Lang, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The organisation that issues the documents: the county for a county's plan, else the municipalities. */
function author(merged: MergedPlan, fmt: Formatter): string {
  const { plan } = merged;
  if (plan.kind === 'county' && plan.county) return plan.county;
  return fmt.list(plan.municipalities);
}

export function planMeta(merged: MergedPlan, fmt: Formatter): DocumentMeta {
  const l = fmt.labels;
  return {
    language: WORD_LANGUAGE[fmt.lang],
    title: planTitle(merged, fmt),
    author: author(merged, fmt),
    // the state and date on every page ("Luonnos 19.11.2026"), as the title block and the
    // printed header have them (issue 11 item 6); docProps are dated by the plan's own date,
    // never the clock, so the bytes stay the same (issue 15)
    header: documentLine(merged.plan, fmt),
    ...(merged.plan.date !== undefined ? { date: merged.plan.date } : {}),
    matrix: { headings: [l['swot.strengths'], l['swot.weaknesses'], l['swot.opportunities'], l['swot.threats']] },
  };
}

export function agendaMeta(merged: MergedPlan, agenda: Agenda, fmt: Formatter): DocumentMeta {
  const l = fmt.labels;
  return {
    language: WORD_LANGUAGE[fmt.lang],
    title: agenda.title,
    author: author(merged, fmt),
    header: `${l['agenda.document']} ${fmt.date(agenda.date)}`,
    // each item on a page of its own, so that a preparer can paste one item into the decision
    // system with its boards' § lines; the appeal instructions too (issue 15)
    newPage: [
      { depth: 3, under: l['agenda.items'] },
      { depth: 2, text: l['appeal.heading'] },
    ],
  };
}

/** The monitoring report (issue 16): dated by the report's own date, never the clock. */
export function reportMeta(merged: MergedPlan, report: MonitoringReport, fmt: Formatter): DocumentMeta {
  return {
    language: WORD_LANGUAGE[fmt.lang],
    title: reportTitle(merged, report, fmt),
    author: author(merged, fmt),
    header: reportStateLine(report, fmt),
    date: report.asOf,
  };
}
