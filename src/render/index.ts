// The render stage (SPEC 5): MergedPlan in, output files out — plan and agenda as Markdown and
// as standalone HTML, and the meeting as iCalendar, in the plan's language. Pure: the same input
// gives byte-identical files; nothing here reads the clock. The only disk access is reading the
// templates (templates.ts).
import type { Diagnostic } from '../diagnostics.js';
import type { DocumentMeta, MergedPlan, OutputFile, RenderedDocument } from '../model/types.js';
import { buildAgenda, type Agenda } from './agenda.js';
import { agendaMeta, planMeta, reportMeta } from './document-meta.js';
import { formatter, type Formatter } from './format.js';
import { mdText } from './escape.js';
import { makeHelpers } from './helpers.js';
import { PAGE_IDS, htmlPage } from './html.js';
import { agendaIcs } from './ics.js';
import { SWOT_MATRIX_IDS } from './swot-matrix.js';
import { markdownToHtml } from './markdown.js';
import { buildPlanView, documentLine, indicatorsView, planTitle, type PlanView } from './plan-view.js';
import { buildReportView, reportStateLine, reportTitle } from './report-view.js';
import type { MonitoringReport } from '../monitoring/report.js';
import {
  builtinTemplatesDir,
  listTemplates,
  loadTemplates,
  runTemplate,
  templateDiagnostic,
  type TemplateSet,
} from './templates.js';

export { builtinTemplatesDir, listTemplates, loadTemplates };
export type { TemplateInfo, TemplateSet } from './templates.js';
export { LABELS, type LabelKey } from './labels/index.js';

/** Ids that the page and the SWOT matrix's cells use (html.ts, swot-matrix.ts): no heading takes one. */
const RESERVED_IDS: readonly string[] = [...PAGE_IDS, ...SWOT_MATRIX_IDS];

export interface RenderOptions {
  /** render only this document (default both; the agenda only when there is a meeting) */
  only?: 'plan' | 'agenda';
  formats: ('md' | 'html')[];
  /** the workspace's template overrides; default `merged.templatesDir` */
  templatesDir?: string;
  /** agenda.ics whenever the agenda is rendered; default true */
  ics?: boolean;
  /** templates loaded before (loadTemplates), to render several plans without reading them again */
  templates?: TemplateSet;
}

export interface RenderResult {
  files: OutputFile[];
  /** each document rendered as Markdown, with what a Word file of it needs (issue 15) */
  documents: RenderedDocument[];
  diagnostics: Diagnostic[];
}

/** What every document's rendering starts from: the template set, the results to fill, the language's formatter and helpers. */
async function begin(merged: MergedPlan, options: { templatesDir?: string; templates?: TemplateSet }) {
  const set = options.templates ?? (await loadTemplates(options.templatesDir ?? merged.templatesDir));
  const diagnostics: Diagnostic[] = [...set.diagnostics];
  const files: OutputFile[] = [];
  const documents: RenderedDocument[] = [];
  const fmt = formatter(merged.plan.language);
  return { set, diagnostics, files, documents, fmt, helpers: makeHelpers(fmt) };
}

export async function render(merged: MergedPlan, options: RenderOptions): Promise<RenderResult> {
  const { set, diagnostics, files, documents, fmt, helpers } = await begin(merged, options);
  const wantMd = options.formats.includes('md');
  const wantHtml = options.formats.includes('html');

  const document = (
    name: 'plan' | 'agenda',
    title: string,
    meta: () => DocumentMeta,
    view: (html: boolean) => { context: object; fragments: readonly string[] },
    /** makes the fields of the Markdown view that differ in the HTML view report when read */
    watch: (context: object, onRead: () => void) => void,
    /** the HTML view's fragments alone */
    htmlFragments: () => readonly string[],
    /** the document's state and date for the cover and the printed header, or null */
    state: string | null = null,
  ) => {
    const template = `${name}.md`;
    if (!set.templates.has(template)) return; // its compile error is among the diagnostics
    const run = (html: boolean, context: object, fragments: readonly string[]) => {
      const result = runTemplate(set, template, context, helpers);
      if ('error' in result) {
        if (!result.reported) diagnostics.push(templateDiagnostic(result.file, result.error));
        return null;
      }
      return { markdown: tidyMarkdown(result.output), fragments };
    };
    // The HTML view differs from the Markdown view only in `html` and the trend lines. When the
    // Markdown pass never read them, the templates took the same paths and printed the same text
    // for both, so the HTML is made from the same Markdown without a second pass (issue 7).
    let htmlFieldsRead = false;
    let md: { markdown: string; fragments: readonly string[] } | null = null;
    if (wantMd) {
      const { context, fragments } = view(false);
      watch(context, () => {
        htmlFieldsRead = true;
      });
      md = run(false, context, fragments);
      if (!md) return;
      files.push({ name: `${name}.md`, content: md.markdown });
      documents.push({ name, markdown: md.markdown, meta: meta() });
    }
    if (wantHtml) {
      let source: { markdown: string; fragments: readonly string[] } | null;
      if (md && !htmlFieldsRead) source = { markdown: md.markdown, fragments: htmlFragments() };
      else {
        const { context, fragments } = view(true);
        source = run(true, context, fragments);
      }
      if (!source) return;
      const { html, headings } = markdownToHtml(source.markdown, { fragments: source.fragments, reservedIds: RESERVED_IDS });
      files.push({
        name: `${name}.html`,
        content: htmlPage({ lang: fmt.lang, title, body: html, headings, labels: fmt.labels, state, house: set.house }),
      });
    }
  };

  if (options.only !== 'agenda') {
    document(
      'plan',
      planTitle(merged, fmt),
      () => planMeta(merged, fmt),
      (html) => {
        const { view, fragments } = buildPlanView(merged, fmt, html);
        return { context: view, fragments };
      },
      (context, onRead) => {
        const view = context as PlanView;
        watchField(view, 'html', onRead);
        watchField(view, 'swotMatrix', onRead);
        for (const row of view.indicators.rows) watchField(row, 'trend', onRead);
      },
      () => indicatorsView(merged, fmt, true).fragments,
      documentState(merged, fmt),
    );
  }

  const meeting = merged.meeting;
  if (options.only !== 'plan' && meeting) {
    const agenda = buildAgenda(merged, meeting, fmt);
    document(
      'agenda',
      agenda.title,
      () => agendaMeta(merged, agenda, fmt),
      (html) => ({ context: agendaView(agenda, fmt, html), fragments: [] }),
      (context, onRead) => watchField(context, 'html', onRead),
      () => [],
    );
    if (options.ics !== false) files.push({ name: 'agenda.ics', content: agendaIcs(agenda, meeting, fmt) });
  }

  return { files, documents, diagnostics };
}

export interface ReportRenderOptions {
  formats: ('md' | 'html')[];
  /** the workspace's template overrides; default `merged.templatesDir` */
  templatesDir?: string;
  templates?: TemplateSet;
}

/**
 * The yearly monitoring report (issue 16) as `report-YYYY.md` and `.html`: templates/report.md.hbs
 * through the same helpers, Markdown → HTML step and page shell as the plan, so that it is as
 * safe and as accessible. The HTML view differs from the Markdown view only in the trend lines.
 */
export async function renderReport(merged: MergedPlan, report: MonitoringReport, options: ReportRenderOptions): Promise<RenderResult> {
  const { set, diagnostics, files, documents, fmt, helpers } = await begin(merged, options);
  const name = `report-${report.year}` as const;
  const template = 'report.md';
  if (!set.templates.has(template)) return { files, documents, diagnostics }; // its compile error is among the diagnostics
  const run = (html: boolean): { markdown: string; fragments: readonly string[] } | null => {
    const { view, fragments } = buildReportView(merged, report, fmt, html);
    const result = runTemplate(set, template, view, helpers);
    if ('error' in result) {
      if (!result.reported) diagnostics.push(templateDiagnostic(result.file, result.error));
      return null;
    }
    return { markdown: tidyMarkdown(result.output), fragments };
  };
  if (options.formats.includes('md')) {
    const md = run(false);
    if (!md) return { files, documents, diagnostics };
    files.push({ name: `${name}.md`, content: md.markdown });
    documents.push({ name, markdown: md.markdown, meta: reportMeta(merged, report, fmt) });
  }
  if (options.formats.includes('html')) {
    const source = run(true);
    if (!source) return { files, documents, diagnostics };
    const { html, headings } = markdownToHtml(source.markdown, { fragments: source.fragments, reservedIds: PAGE_IDS });
    files.push({
      name: `${name}.html`,
      content: htmlPage({
        lang: fmt.lang,
        title: reportTitle(merged, report, fmt),
        body: html,
        headings,
        labels: fmt.labels,
        state: reportStateLine(report, fmt),
        house: set.house,
      }),
    });
  }
  return { files, documents, diagnostics };
}

/**
 * "Luonnos 5.12.2026": the plan's `state` (draft, proposal or approved; SPEC 2.1, default draft)
 * and `date`, for the cover and the printed header (issue 14).
 */
export function documentState(merged: MergedPlan, fmt: Formatter): string {
  return documentLine(merged.plan, fmt);
}

/** `obj[key]` keeps its value and stays an enumerable own property, but reading it calls `onRead`. */
function watchField(obj: object, key: string, onRead: () => void): void {
  const value: unknown = (obj as Record<string, unknown>)[key];
  Object.defineProperty(obj, key, {
    get() {
      onRead();
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}

/**
 * An e-mail address as a Markdown mailto link, for the `md` helper (which keeps mailto links). The
 * address is one that meeting.yaml's schema accepted as an e-mail; its text is escaped as text.
 */
function mailLink(email: string): string {
  return `[${mdText(email)}](mailto:${email})`;
}

/**
 * The agenda for the templates: the meeting date as the § lines print it, and the appeal notices
 * with singular or plural wording (issue 11 point 3: "pykälä 8" / "pykälät 8–9").
 */
function agendaView(agenda: Agenda, fmt: Formatter, html: boolean) {
  // one notice per law: a municipality's boards under the Local Government Act, a county's
  // bodies under the Act on Wellbeing Services Counties (611/2021), each with its own wording
  const notice = (boards: Agenda['appeal']['prohibition']) => {
    const groups = (['municipal', 'county'] as const)
      .map((law) => ({ law, boards: boards.filter((b) => b.law === law) }))
      .filter((g) => g.boards.length > 0)
      .map((g) => ({
        county: g.law === 'county',
        many: g.boards.length > 1 || g.boards[0]!.numbers.length > 1,
        boards: g.boards.map((b) => ({ ...b, many: b.numbers.length > 1, emailLink: b.email ? mailLink(b.email) : null })),
      }));
    return groups.length === 0 ? null : { groups };
  };
  return {
    ...agenda,
    items: agenda.items.map((item) => ({ ...item, preparerMail: item.preparerEmail ? mailLink(item.preparerEmail) : null })),
    lang: fmt.lang,
    html,
    dateText: fmt.date(agenda.date),
    minutesOnlineText: agenda.minutesOnline ? fmt.date(agenda.minutesOnline) : null,
    appeal: {
      any: agenda.appeal.prohibition.length + agenda.appeal.rectification.length > 0,
      prohibition: notice(agenda.appeal.prohibition),
      rectification: notice(agenda.appeal.rectification),
    },
  };
}

/**
 * Whitespace only: trailing spaces off (hard breaks are backslashes, see escape.ts), at most one
 * blank line in a row, one newline at the end. Templates can then be written for readability.
 */
export function tidyMarkdown(markdown: string): string {
  // One pass each over the whole text rather than a regular expression per line, and the final
  // newlines counted by hand: `/\n*$/` tries every position of a 10 MB document (issue 7).
  const text = markdown
    .replace(/[ \t]+(?=\n|$)/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end) + '\n';
}
