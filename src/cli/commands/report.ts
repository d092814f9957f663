// `lnhs report [dir] --year YYYY` (issue 16 item 2): the yearly monitoring report of the plan,
// report-YYYY.md and .html (and .pdf, .docx with --format) in the output folder, written as
// `generate` writes (one atomic step, --check to compare). Load → validate → merge as for the
// plan; then the report's model (monitoring/report.ts) and its template (templates/report.md.hbs).
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics.js';
import { buildReport, latestMonitoringYear } from '../../monitoring/report.js';
import { prepareWorkspace } from '../../pipeline.js';
import { renderReport } from '../../render/index.js';
import { UsageError, type CommandContext } from '../context.js';
import { reportDiagnostics, type DiagnosticsFormat } from '../report.js';
import { cliText } from '../text.js';
import { emitDocuments, type DocumentFormat } from './generate.js';

export interface ReportOptions {
  year?: string;
  out?: string;
  formats?: DocumentFormat[];
  diagnostics?: DiagnosticsFormat;
  check?: boolean;
  strict?: boolean;
}

/** `--year 2028`: four digits, or a usage error (exit 2). */
export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError(cliText('report.badYear', 'en', { value }));
  return Number(value.trim());
}

export async function reportCommand(dir: string | undefined, options: ReportOptions, ctx: CommandContext): Promise<number> {
  const workspace = dir ?? '.';
  const formats = options.formats ?? ['md', 'html'];
  const format = options.diagnostics ?? 'text';
  const asked = parseYear(options.year);
  if (options.out !== undefined && options.out.trim() === '') throw new UsageError(cliText('generate.emptyOut', ctx.locale));
  const outDir = options.out !== undefined ? ctx.resolve(options.out) : path.resolve(ctx.io.cwd, workspace, 'out');

  const prepared = await prepareWorkspace(ctx.resolve(workspace), { label: workspace });
  const diagnostics: Diagnostic[] = [...prepared.diagnostics];
  const merged = prepared.merged;
  if (!merged || hasErrors(diagnostics, options.strict)) {
    reportDiagnostics(ctx, diagnostics, format, { toStdout: format !== 'text', command: 'report' });
    if (format === 'text') ctx.err(cliText('generate.failed', ctx.locale));
    return 1;
  }

  // the command that makes a year's file, for the hints: with the folder as the user wrote it
  const init = (year: number) => `lnhs monitoring init --year ${year}${dir !== undefined ? ` ${dir}` : ''}`;
  const latest = latestMonitoringYear(merged);
  if (latest === undefined) {
    reportDiagnostics(ctx, diagnostics, format, { toStdout: format !== 'text', command: 'report' });
    ctx.err(`lnhs: ${cliText('report.noMonitoring', ctx.locale, { dir: workspace })}`);
    ctx.err(cliText('report.noMonitoringHint', ctx.locale, { command: init(asked ?? merged.plan.period.start) }));
    return 1;
  }
  const year = asked ?? latest;
  const report = buildReport(merged, year);
  if (!report) {
    reportDiagnostics(ctx, diagnostics, format, { toStdout: format !== 'text', command: 'report' });
    const years = (merged.monitoring ?? []).map((m) => m.year).join(', ');
    ctx.err(`lnhs: ${cliText('report.noYear', ctx.locale, { year, years })}`);
    ctx.err(cliText('report.noYearHint', ctx.locale, { command: init(year) }));
    return 1;
  }

  // PDFs are printed from the HTML and Word files made from the Markdown, as by `generate`
  const renderFormats = formats.filter((f): f is 'md' | 'html' => f === 'md' || f === 'html');
  if (formats.includes('pdf') && !renderFormats.includes('html')) renderFormats.push('html');
  if (formats.includes('docx') && !renderFormats.includes('md')) renderFormats.push('md');
  const rendered = await renderReport(merged, report, {
    formats: renderFormats,
    ...(merged.templatesDir ? { templatesDir: merged.templatesDir } : {}),
  });
  diagnostics.push(...rendered.diagnostics);
  let styles: string | undefined;
  if (formats.includes('docx')) {
    const { readReferenceStyles } = await import('../../output/docx.js');
    const reference = await readReferenceStyles(merged.templatesDir);
    diagnostics.push(...reference.diagnostics);
    styles = reference.styles;
  }
  reportDiagnostics(ctx, diagnostics, format, { toStdout: format !== 'text', command: 'report' });
  if (hasErrors(diagnostics, options.strict)) {
    if (format === 'text') ctx.err(cliText('generate.failed', ctx.locale));
    return 1;
  }
  return emitDocuments(
    rendered.files,
    rendered.documents,
    { formats, outDir, check: options.check, allowLinkedRoot: options.out !== undefined, styles, command: 'report' },
    ctx,
  );
}
