// A real browser for the tests of issue 3 item 1: Debian's Chromium driven by playwright-core
// (no browser download), started once per test file.
//
// checkPage(html) opens the page from a file:// URL, as a reader who downloaded plan.html would,
// with JavaScript ON and the page's own Content-Security-Policy bypassed, so that the test
// proves the markup carries no script at all rather than that a CSP stopped it. It then reports
//   - every request other than the document itself (each one is refused, none leaves),
//   - every sign that something of the page's ran: scripts parsed in the page (inline
//     `<script>`, `onerror=` handlers …, seen through the DevTools protocol), console output,
//     dialogs, uncaught errors, `window.__pwned` markers set by hostile payloads, `<script>`
//     elements in the live DOM,
//   - markup that would run or load something on a click: `on*` attributes, `javascript:` URLs,
//     frames, objects, `<base>`, meta refresh,
//   - and the axe-core violations for wcag2a, wcag2aa, wcag21a, wcag21aa and best-practice.
// axe.min.js is injected by us after the page's checks are recorded; it is not the page's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromeLaunchOptions, findChrome } from '../../src/output/chrome.js';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

export interface PageCheck {
  /** the file:// URL the page was opened from */
  url: string;
  /** every request other than the document itself */
  requests: string[];
  /** evidence that something of the page's ran */
  scripts: string[];
  /** markup that would run script or load something on a click or when JS is on */
  unsafeMarkup: string[];
  /** axe-core violations (empty when `axe: false`) */
  violations: AxeViolation[];
  /** the text a reader sees (`document.body.innerText`) */
  text: string;
}

export interface CheckOptions {
  /** run axe-core too (default true) */
  axe?: boolean;
  /** file name of the page inside its temporary folder (default `page.html`) */
  name?: string;
}

/** One line per violation and node, for a readable assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? '-'}): ${v.help}\n    at ${n.target}: ${n.html}\n    ${n.summary}`))
    .join('\n');
}

/** Debian's Chromium (or LNHS_CHROME) through playwright-core; a clear error when there is none. */
export async function launchChromium(): Promise<Browser> {
  const executable = findChrome(process.env);
  if (!executable) throw new Error('No Chromium: apt-get install chromium (what .ci/run does), or set LNHS_CHROME');
  return chromium.launch(chromeLaunchOptions(executable));
}

/** Chromium for this test file: started before the first test, closed after the last. */
export function useBrowser(): { checkPage(html: string, options?: CheckOptions): Promise<PageCheck> } {
  let browser: Browser | undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lnhs-browser-'));

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let counter = 0;
  async function checkPage(html: string, options: CheckOptions = {}): Promise<PageCheck> {
    if (!browser) throw new Error('the browser has not started');
    const folder = path.join(dir, String(++counter));
    const file = path.join(folder, options.name ?? 'page.html');
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;

    const context = await browser.newContext({
      javaScriptEnabled: true,
      bypassCSP: true,
      serviceWorkers: 'block',
      offline: true,
    });
    const requests: string[] = [];
    const scripts: string[] = [];
    try {
      // Nothing leaves: every request but the document is refused (and recorded below).
      await context.route('**', (route) => {
        const u = route.request().url();
        return u === url ? route.continue() : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('request', (request) => {
        if (request.url() !== url) requests.push(request.url());
      });
      page.on('websocket', (ws) => requests.push(ws.url()));
      page.on('console', (message) => scripts.push(`console.${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => scripts.push(`uncaught error: ${error.message}`));
      page.on('dialog', (dialog) => {
        scripts.push(`dialog ${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      page.on('popup', (popup) => scripts.push(`popup: ${popup.url()}`));

      // Every script V8 compiles for the page's own document: inline <script>, event handler
      // attributes, javascript: URLs. Our own evaluate() calls have no URL or Playwright's.
      const cdp = await context.newCDPSession(page);
      let recording = true;
      cdp.on('Debugger.scriptParsed', (event) => {
        if (recording && event.url === url) scripts.push(`script parsed at ${event.startLine + 1}:${event.startColumn + 1}`);
      });
      await cdp.send('Debugger.enable');

      await page.goto(url, { waitUntil: 'load' });
      // timers and late error events of a hostile page get a moment to show themselves
      await page.waitForTimeout(150);

      const live = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        const markers = Object.keys(w).filter((k) => k.toLowerCase().includes('pwned'));
        const unsafe: string[] = [];
        const describe = (el: Element) => el.outerHTML.slice(0, 120);
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) unsafe.push(`event handler ${name}: ${describe(el)}`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(name)) {
              const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
              if (/^(javascript|vbscript|data:text\/html)/.test(value)) unsafe.push(`${name}=${attr.value}: ${describe(el)}`);
            }
          }
        }
        for (const el of Array.from(
          document.querySelectorAll('iframe, frame, object, embed, base, form, meta[http-equiv="refresh" i], link[rel~="preconnect" i], link[rel~="dns-prefetch" i], link[rel~="prefetch" i], link[rel~="preload" i], link[rel~="import" i]'),
        )) {
          unsafe.push(`element: ${describe(el)}`);
        }
        return {
          markers: markers.map((k) => `window.${k} = ${String(w[k])}`),
          scriptElements: document.querySelectorAll('script').length,
          unsafe,
          text: document.body?.innerText ?? '',
        };
      });
      recording = false;
      scripts.push(...live.markers);
      if (live.scriptElements > 0) scripts.push(`${live.scriptElements} <script> element(s) in the DOM`);

      let violations: AxeViolation[] = [];
      if (options.axe !== false) {
        await page.addScriptTag({ path: AXE_PATH });
        violations = await page.evaluate(async (tags) => {
          const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return (
            result.violations as {
              id: string;
              impact: string | null;
              help: string;
              helpUrl: string;
              nodes: { target: unknown[]; html: string; failureSummary?: string }[];
            }[]
          ).map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
          }));
        }, [...AXE_TAGS]);
      }
      await cdp.detach().catch(() => undefined);
      return { url, requests, scripts, unsafeMarkup: live.unsafe, violations, text: live.text };
    } finally {
      await context.close();
    }
  }

  return { checkPage };
}
