// Printing plan.pdf and agenda.pdf with a local Chromium (issue 3 item 2): A4, the document title
// and page numbers in the footer, a tagged PDF with an outline from the headings.
//
// playwright-core is imported inside printPdfs, never at the top: `--help`, `validate` and
// md/html generation must not load browser code (SPEC 9). The pages are our own generated HTML,
// but they are printed as if hostile anyway: JavaScript off, every network request refused.
import type { OutputFile } from '../model/types.js';
import type { MessageArgs, MessageId } from '../messages/index.js';
import { chromeLaunchOptions } from './chrome.js';
import { DEFAULT_PDF_TIMEOUT_S, guarded } from './chrome-guard.js';
import { PAGED_MEDIA_META, destinationPages, fillContentsPages, hasContentsPages } from './pdf-pages.js';

export { ChromeNotFoundError, findChrome, requireChrome } from './chrome.js';

export interface PdfDocument {
  /** output file name, e.g. `plan.pdf` */
  name: string;
  /** the standalone HTML page; the PDF's title and language come from its `<title>` and `lang` */
  html: string;
  /** shown in the footer of every page */
  title: string;
  /** language of the footer text */
  lang: string;
}

export interface PdfOptions {
  /** path of the Chromium executable, from {@link findChrome} */
  chrome: string;
  /** told of every request a page made and that was refused */
  onBlocked?: (name: string, url: string) => void;
  /** how long the whole printing may take (issue 12: a hanging Chromium is killed after it) */
  timeoutMs?: number;
}

/** Chromium failed to start or to print; `generate` shows it and exits 1. */
export class PdfPrintError extends Error {
  override name = 'PdfPrintError';
  readonly messageId: MessageId = 'pdf.failed';
  readonly hintId: MessageId = 'pdf.failed.hint';
  readonly args: MessageArgs;

  constructor(document: string, chrome: string, cause: unknown) {
    const reason = firstLine(cause instanceof Error ? cause.message : String(cause));
    super(`Chromium could not print ${document}: ${reason}`, { cause });
    this.args = { name: document, reason, chrome };
  }
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '') ?? s).trim();
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The footer Chromium draws on every page: the title on the left, "page / pages" on the right.
 * Page styles do not reach the template, so it carries its own font size (Chromium's default is
 * too small to read) and the side margins of the page.
 */
export function footerTemplate(title: string, lang: string): string {
  return (
    `<div lang="${escapeHtml(lang)}" style="box-sizing:border-box;width:100%;padding:0 18mm;font-family:'Liberation Sans',Arial,sans-serif;` +
    `font-size:8pt;color:#333;display:flex;justify-content:space-between;gap:8mm">` +
    `<span style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${escapeHtml(title)}</span>` +
    `<span style="white-space:nowrap"><span class="pageNumber"></span> / <span class="totalPages"></span></span>` +
    `</div>`
  );
}

/**
 * Print every document with one browser; the PDFs come back in the order of `docs`. A Chromium
 * that crashes, hangs or answers with garbage is a {@link PdfPrintError} within `timeoutMs`, and
 * the processes it started are killed and reaped before this returns (chrome-guard.ts, issue 12).
 */
export async function printPdfs(docs: readonly PdfDocument[], options: PdfOptions): Promise<OutputFile[]> {
  if (docs.length === 0) return [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_S * 1000;
  const progress = { current: docs[0]!.name };
  try {
    return await guarded(() => printAll(docs, options, timeoutMs, progress), timeoutMs);
  } catch (error) {
    throw error instanceof PdfPrintError ? error : new PdfPrintError(progress.current, options.chrome, error);
  }
}

async function printAll(docs: readonly PdfDocument[], options: PdfOptions, timeoutMs: number, progress: { current: string }): Promise<OutputFile[]> {
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    const launch = chromeLaunchOptions(options.chrome);
    browser = await chromium.launch({ ...launch, timeout: Math.min(launch.timeout, timeoutMs) });
  } catch (error) {
    throw new PdfPrintError(docs[0]!.name, options.chrome, error);
  }
  try {
    const files: OutputFile[] = [];
    for (const doc of docs) {
      progress.current = doc.name;
      const context = await browser.newContext({
        javaScriptEnabled: false,
        offline: true,
        serviceWorkers: 'block',
        acceptDownloads: false,
        // the locale Chromium formats with; the page's own `lang` is what the PDF records
        ...(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(doc.lang) ? { locale: doc.lang } : {}),
      });
      try {
        // Everything but the document itself and inline data is refused: a published plan must
        // not call home, and an image from the web would make the PDF depend on the network.
        await context.route('**', (route) => {
          const url = route.request().url();
          if (url.startsWith('data:') || url.startsWith('about:')) return route.continue();
          options.onBlocked?.(doc.name, url);
          return route.abort('blockedbyclient');
        });
        const page = await context.newPage();
        /** `draft`: the first of two prints, read only for its pages: untagged and without an outline, which is quicker */
        const print = async (html: string, draft = false): Promise<Uint8Array> => {
          await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
          // Our own pages (html.ts) say in CSS how they are printed: A4 with landscape pages
          // for wide tables, a running header and "n / N" in page margin boxes, none on the
          // cover (issue 14). Any other page gets A4 and a footer drawn by Chromium.
          const paged = html.includes(PAGED_MEDIA_META);
          const bytes = await page.pdf({
            ...(paged
              ? { preferCSSPageSize: true, displayHeaderFooter: false }
              : {
                  format: 'A4',
                  margin: { top: '18mm', right: '18mm', bottom: '20mm', left: '18mm' },
                  displayHeaderFooter: true,
                  // an empty header: Chromium's default one shows the date and the URL
                  headerTemplate: '<span></span>',
                  footerTemplate: footerTemplate(doc.title, doc.lang),
                }),
            printBackground: true,
            tagged: !draft,
            outline: !draft,
          });
          return new Uint8Array(bytes);
        };
        let pdf: Uint8Array;
        if (hasContentsPages(doc.html)) {
          // The contents page's numbers: print, read where each heading landed, fill them in,
          // print again; once more if that moved a heading (a longer number wrapping a line).
          pdf = await print(fillContentsPages(doc.html, undefined), true);
          let pages = destinationPages(pdf);
          for (let pass = 0; pass < 2 && pages.size > 0; pass++) {
            pdf = await print(fillContentsPages(doc.html, pages));
            const again = destinationPages(pdf);
            const moved = [...pages].some(([id, n]) => again.get(id) !== n);
            pages = again;
            if (!moved) break;
          }
        } else {
          pdf = await print(doc.html);
        }
        files.push({ name: doc.name, content: new Uint8Array(pdf) });
      } catch (error) {
        throw new PdfPrintError(doc.name, options.chrome, error);
      } finally {
        await context.close().catch(() => undefined);
      }
    }
    return files;
  } finally {
    await browser.close().catch(() => undefined);
  }
}
