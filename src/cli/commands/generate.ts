// `lnhs generate [dir]`: load → validate → merge → render → write. A run with errors writes
// nothing; a successful one writes all files at once (SPEC 8); --check compares instead (issue 5).
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics.js';
import type { OutputFile, RenderedDocument } from '../../model/types.js';
import { prepareWorkspace } from '../../pipeline.js';
import { render } from '../../render/index.js';
import { changedOutputs, OutputBusyError, writeOutputs } from '../../output/write.js';
import { UsageError, type CommandContext } from '../context.js';
import { reportDiagnostics, type DiagnosticsFormat } from '../report.js';
import { cliText } from '../text.js';

export interface GenerateOptions {
  out?: string;
  only?: 'plan' | 'agenda';
  formats?: DocumentFormat[];
  diagnostics?: DiagnosticsFormat;
  check?: boolean;
  strict?: boolean;
}

const DOCUMENT_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const;

/**
 * `--format md,html,pdf,docx` chooses the documents; SPEC 6 and issue 5 also put the diagnostics
 * format on `--format`, so `text`, `json` or `github` may stand in the same list.
 */
export function parseGenerateFormats(value: string | undefined): {
  formats: DocumentFormat[];
  diagnostics: DiagnosticsFormat;
} {
  const formats: DocumentFormat[] = [];
  let diagnostics: DiagnosticsFormat = 'text';
  let anyDocument = false;
  for (const raw of (value ?? 'md,html').split(',')) {
    const token = raw.trim().toLowerCase();
    if (!token) continue;
    if ((DOCUMENT_FORMATS as readonly string[]).includes(token)) {
      anyDocument = true;
      if (!formats.includes(token as DocumentFormat)) formats.push(token as DocumentFormat);
    } else if ((DIAGNOSTIC_FORMATS as readonly string[]).includes(token)) {
      diagnostics = token as DiagnosticsFormat;
    } else {
      throw new UsageError(cliText('generate.badFormat', 'en', { value: token }));
    }
  }
  return { formats: anyDocument ? formats : ['md', 'html'], diagnostics };
}

export async function generateCommand(dir: string | undefined, options: GenerateOptions, ctx: CommandContext): Promise<number> {
  const workspace = dir ?? '.';
  const formats = options.formats ?? ['md', 'html'];
  const format = options.diagnostics ?? 'text';
  // an empty --out would silently mean the current folder or out/ (issue 12)
  if (options.out !== undefined && options.out.trim() === '') throw new UsageError(cliText('generate.emptyOut', ctx.locale));
  const outDir = options.out !== undefined ? ctx.resolve(options.out) : path.resolve(ctx.io.cwd, workspace, 'out');

  const prepared = await prepareWorkspace(ctx.resolve(workspace), { label: workspace });
  const diagnostics: Diagnostic[] = [...prepared.diagnostics];
  const merged = prepared.merged;

  let files: OutputFile[] = [];
  let documents: RenderedDocument[] = [];
  let styles: string | undefined;
  if (merged && !hasErrors(diagnostics, options.strict)) {
    if (options.only === 'agenda' && !merged.meeting) throw new UsageError(cliText('generate.noDocument', ctx.locale));
    // PDFs are printed from the HTML, so HTML is rendered whenever a PDF is asked for.
    const renderFormats = formats.filter((f): f is 'md' | 'html' => f === 'md' || f === 'html');
    if (formats.includes('pdf') && !renderFormats.includes('html')) renderFormats.push('html');
    // Word files are made from the Markdown, so that template overrides apply to them (issue 15)
    if (formats.includes('docx') && !renderFormats.includes('md')) renderFormats.push('md');
    const rendered = await render(merged, {
      formats: renderFormats,
      ...(options.only ? { only: options.only } : {}),
      ...(merged.templatesDir ? { templatesDir: merged.templatesDir } : {}),
    });
    for (const d of rendered.diagnostics) diagnostics.push(d);
    files = rendered.files;
    documents = rendered.documents;
    if (formats.includes('docx')) {
      // the Word writer and its libraries are a bundle of their own, loaded only now (issue 15)
      const { readReferenceStyles } = await import('../../output/docx.js');
      const reference = await readReferenceStyles(merged.templatesDir);
      diagnostics.push(...reference.diagnostics);
      styles = reference.styles;
    }
    if (!merged.meeting && options.only !== 'plan') ctx.progress(cliText('generate.noMeeting', ctx.locale));
  }

  reportDiagnostics(ctx, diagnostics, format, { toStdout: format !== 'text', command: 'generate' });
  if (!merged || hasErrors(diagnostics, options.strict)) {
    if (format === 'text') ctx.err(cliText('generate.failed', ctx.locale));
    return 1;
  }

  return emitDocuments(files, documents, { formats, outDir, check: options.check, allowLinkedRoot: options.out !== undefined, styles, command: 'generate' }, ctx);
}

export interface EmitOptions {
  formats: readonly DocumentFormat[];
  outDir: string;
  check?: boolean | undefined;
  /** a folder the user named may be a link; the workspace's own out/ may not (issue 12) */
  allowLinkedRoot: boolean;
  /** the reference document's styles for Word files (readReferenceStyles) */
  styles?: string | undefined;
  /** the command to suggest when --check finds a difference */
  command: string;
}

/**
 * The last steps of `generate` and `report` alike: print the PDFs, make the Word files, keep the
 * formats asked for, then compare (--check) or write them all at once (SPEC 8).
 */
export async function emitDocuments(
  rendered: readonly OutputFile[],
  documents: readonly RenderedDocument[],
  options: EmitOptions,
  ctx: CommandContext,
): Promise<number> {
  const { formats, outDir } = options;
  let files = [...rendered];
  let exitCode = 0;
  if (formats.includes('pdf')) {
    const pdf = await printPdf(files, ctx);
    files.push(...pdf.files);
    if (!pdf.ok) exitCode = 1; // the other formats are still written (issue 3)
  }
  if (formats.includes('docx')) {
    const { markdownToDocx } = await import('../../output/docx.js');
    for (const doc of documents) {
      files.push({ name: `${doc.name}.docx`, content: await markdownToDocx(doc.markdown, { ...doc.meta, ...(options.styles !== undefined ? { styles: options.styles } : {}) }) });
    }
  }
  // HTML rendered only to print the PDF, and Markdown only to make the Word files, are not written.
  if (!formats.includes('html')) files = files.filter((f) => !f.name.endsWith('.html'));
  if (!formats.includes('md')) files = files.filter((f) => !f.name.endsWith('.md'));

  const shownDir = path.relative(ctx.io.cwd, outDir) || '.';
  if (options.check) {
    const changed = await changedOutputs(outDir, files);
    if (changed.length > 0) {
      // an ignored output folder has nothing committed to compare with (issue 13 item 8)
      const { gitIgnoredBy } = await import('../../output/git-ignored.js');
      const ignoredBy = await gitIgnoredBy(outDir);
      if (ignoredBy) {
        ctx.err(
          cliText('generate.checkIgnored', ctx.locale, {
            dir: shownDir,
            files: changed.join(', '),
            gitignore: path.relative(ctx.io.cwd, ignoredBy) || '.gitignore',
            // `generate` or `report`: the command that was run, without its options
            verb: options.command.split(' ')[0] ?? 'generate',
          }),
        );
      } else ctx.err(cliText('generate.checkChanged', ctx.locale, { dir: shownDir, files: changed.join(', '), command: options.command }));
      return 1;
    }
    ctx.progress(cliText('generate.checkOk', ctx.locale, { dir: shownDir }));
    return exitCode;
  }

  try {
    await writeOutputs(outDir, files, { allowLinkedRoot: options.allowLinkedRoot });
  } catch (error) {
    // a folder in the way, no permission, a full disk: the environment's problem, not a bug (70)
    const reason = writeFailure(error, ctx.io.cwd);
    if (reason === undefined) throw error;
    ctx.err(cliText('generate.writeFailed', ctx.locale, { dir: shownDir, reason }));
    return 1;
  }
  ctx.progress(cliText('generate.wrote', ctx.locale, { dir: shownDir, files: files.map((f) => f.name).join(', ') }));
  return exitCode;
}

/**
 * Print the rendered HTML documents to PDF with a local Chromium; loaded only when asked for.
 * No Chromium, or one that fails, is a clear message and exit 1, with the other formats still
 * written (issue 3).
 */
async function printPdf(files: readonly OutputFile[], ctx: CommandContext): Promise<{ ok: boolean; files: OutputFile[] }> {
  const { printPdfs, requireChrome, ChromeNotFoundError, PdfPrintError } = await import('../../output/pdf.js');
  const { t } = await import('../../messages/index.js');
  try {
    const chrome = requireChrome(ctx.io.env);
    ctx.progress(cliText('generate.pdfPrinting', ctx.locale, { chrome }));
    const docs = files
      .filter((f) => f.name.endsWith('.html') && typeof f.content === 'string')
      .map((f) => {
        const html = f.content as string;
        return {
          name: f.name.replace(/\.html$/, '.pdf'),
          html,
          title: decodeEntities(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? f.name),
          lang: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'fi',
        };
      });
    // fixed dates and a content-derived id: the same inputs give the same bytes, so --check can
    // compare PDFs too (issue 12)
    const { stablePdf } = await import('../../output/pdf-stable.js');
    const { pdfTimeoutMs } = await import('../../output/chrome-guard.js');
    const timeoutMs = pdfTimeoutMs(ctx.io.env);
    if (typeof timeoutMs !== 'number') {
      throw new PdfPrintError(docs[0]?.name ?? 'plan.pdf', chrome, `LNHS_PDF_TIMEOUT must be a number of seconds, found ${JSON.stringify(timeoutMs.invalid)}`);
    }
    const printed = await printPdfs(docs, { chrome, timeoutMs });
    return { ok: true, files: printed.map((f) => ({ ...f, content: typeof f.content === 'string' ? f.content : stablePdf(f.content, ctx.io.env) })) };
  } catch (error) {
    if (error instanceof ChromeNotFoundError || error instanceof PdfPrintError) {
      ctx.err(`lnhs: ${t(error.messageId, error.args, ctx.locale)}`);
      ctx.err(t(error.hintId, error.args, ctx.locale));
      return { ok: false, files: [] };
    }
    throw error;
  }
}

/** `EACCES: /out/plan.md`-style reason of a file-system error, or undefined for anything else. */
function writeFailure(error: unknown, cwd: string): string | undefined {
  const e = error as { code?: unknown; path?: unknown; target?: unknown; message?: unknown } | null;
  if (typeof e?.code !== 'string' || !/^E[A-Z]+$/.test(e.code)) return undefined;
  const where = typeof e.target === 'string' ? e.target : typeof e.path === 'string' ? e.path : undefined;
  // another run holds the folder: say who, and which file to remove if nobody does
  if (error instanceof OutputBusyError) return `${e.code}: ${path.relative(cwd, error.lockFile) || error.lockFile} ${error.reason}`;
  return where ? `${e.code}: ${path.relative(cwd, where) || where}` : e.code;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
