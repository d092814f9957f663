// report-YYYY.html in a real browser (issue 16 item 2): as accessible and as safe as the plan —
// zero axe violations, nothing runs, nothing is requested — for the report of a constructed plan
// and for one whose notes, reporters and action texts are hostile.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/monitoring/report.js';
import { renderReport } from '../../src/render/index.js';
import type { MergedPlan } from '../../src/model/types.js';
import { describeViolations, useBrowser } from '../helpers/browser.js';
import { entry, monitoredPlan } from '../monitoring/fixture.js';
import { HOSTILE } from '../render/fixtures.js';

const { checkPage } = useBrowser();

async function reportHtml(merged: MergedPlan): Promise<string> {
  const { files, diagnostics } = await renderReport(merged, buildReport(merged, 2028)!, { formats: ['html'] });
  expect(diagnostics).toEqual([]);
  return String(files.find((f) => f.name === 'report-2028.html')!.content);
}

describe('report-2028.html', () => {
  it.each(['fi', 'sv', 'en'] as const)('passes axe, runs nothing and requests nothing (%s)', async (lang) => {
    const result = await checkPage(await reportHtml(monitoredPlan(lang)), { name: 'report-2028.html' });
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
    expect(result.scripts).toEqual([]);
    expect(result.requests).toEqual([]);
    expect(result.unsafeMarkup).toEqual([]);
  });

  it('shows hostile notes, reporters and texts as text', async () => {
    const merged = monitoredPlan();
    for (const g of merged.goals) for (const a of g.actions) Object.assign(a, { responsible: HOSTILE });
    merged.goals[0]!.title = HOSTILE;
    merged.indicators[0]!.title = HOSTILE;
    merged.monitoring![1]!.actions = merged.monitoring![1]!.actions.map((e) => entry(e.goal, e.action, e.status, { note: HOSTILE, reporter: HOSTILE }));
    const html = await reportHtml(merged);
    expect(html).not.toMatch(/<script|<img|<iframe|<svg onload/i);
    const result = await checkPage(html, { name: 'report-2028.html' });
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
    expect(result.scripts).toEqual([]);
    expect(result.requests).toEqual([]);
    expect(result.unsafeMarkup).toEqual([]);
    expect(result.text).toContain('<script>alert(1)</script>');
  });
});
