// The monitoring report's model (issue 16 item 2): counts by status, progress per goal, overdue
// judged at the report's own date, unreported actions, indicators against baseline and target,
// and changes since the previous year.
import { describe, expect, it } from 'vitest';
import { buildReport, dueDate, goalProgress, latestMonitoringYear, reportIndicator } from '../../src/monitoring/report.js';
import type { Indicator } from '../../src/model/types.js';
import { entry, monitoredPlan, monitoring } from './fixture.js';

const texts = (actions: { text: string }[]) => actions.map((a) => a.text);

describe('buildReport', () => {
  it('counts the actions of the plan by status, with the unreported ones', () => {
    const report = buildReport(monitoredPlan(), 2028)!;
    expect(report.total).toBe(5);
    expect(report.counts).toEqual({ not_started: 0, in_progress: 1, done: 1, delayed: 1, dropped: 1, unreported: 1 });
    expect(report.ignored).toBe(2);
    expect(report.asOf).toBe('2029-01-31');
  });

  it('finds an action by its id and one without an id by its text', () => {
    const report = buildReport(monitoredPlan(), 2028)!;
    const [kuraattori, chat] = report.goals[0]!.actions;
    expect(kuraattori!.status).toBe('done');
    expect(chat!.status).toBe('delayed');
    expect(chat!.progress).toBe(30);
    expect(chat!.reporter).toBe('perhekeskuksen johtaja');
    expect(chat!.boards).toEqual(['perusturva']);
  });

  it('rolls progress up per goal: done 100, reported progress or 0, dropped left out', () => {
    const report = buildReport(monitoredPlan(), 2028)!;
    // kuraattori done 100, chat 30 → 65
    expect(report.goals[0]!.progress).toBe(65);
    // a goal without actions has no progress
    expect(report.goals[1]!.progress).toBeNull();
    // kerhot 50, tilat unreported 0, vanha dropped (left out) → 25
    expect(report.goals[2]!.progress).toBe(25);
    expect(goalProgress([{ status: 'dropped', progress: 80 }])).toBeNull();
    expect(goalProgress([{ status: 'done', progress: 20 }, { status: 'not_started', progress: null }])).toBe(50);
  });

  it('judges overdue at the report date, not the clock: due 2028 is overdue on 31.1.2029', () => {
    const report = buildReport(monitoredPlan(), 2028)!;
    // chat due 30.6.2027 (delayed), kerhot due 2028 (in progress); kuraattori is done, vanha dropped, tilat due 2030
    expect(texts(report.overdue)).toEqual(['Perheneuvolan chat-palvelu', 'Maksuttomat iltapäiväkerhot']);
  });

  it('takes 31.12. of the year when the file has no reported date: due 2028 is not yet overdue then', () => {
    const merged = monitoredPlan();
    delete merged.monitoring![1]!.reported;
    const report = buildReport(merged, 2028)!;
    expect(report.asOf).toBe('2028-12-31');
    expect(report.reported).toBeNull();
    expect(texts(report.overdue)).toEqual(['Perheneuvolan chat-palvelu']);
  });

  it('counts an unreported action whose due date passed as overdue too', () => {
    const merged = monitoredPlan();
    merged.monitoring = [monitoring(2030, [], '2031-02-01')];
    const report = buildReport(merged, 2030)!;
    expect(report.overdue).toHaveLength(5);
    expect(report.overdue.every((a) => a.status === 'unreported')).toBe(true);
  });

  it('lists the actions nobody reported on', () => {
    const report = buildReport(monitoredPlan(), 2028)!;
    expect(texts(report.unreported)).toEqual(['Koulujen liikuntatilat iltakäyttöön']);
  });

  it('says what changed since the previous file: status changes, newly reported, newly done', () => {
    const changes = buildReport(monitoredPlan(), 2028)!.changes!;
    expect(changes.previousYear).toBe(2027);
    expect(changes.statusChanged.map((c) => [c.action.text, c.from, c.to])).toEqual([
      ['Koulukuraattorin vastaanotto ilman ajanvarausta', 'in_progress', 'done'],
      ['Maksuttomat iltapäiväkerhot', 'not_started', 'in_progress'],
      ['Liikuntaseteli', 'in_progress', 'dropped'],
    ]);
    expect(changes.newlyReported.map((c) => [c.action.text, c.to])).toEqual([['Perheneuvolan chat-palvelu', 'delayed']]);
    expect(texts(changes.newlyDone)).toEqual(['Koulukuraattorin vastaanotto ilman ajanvarausta']);
  });

  it('has no changes for the first year, and compares with the latest earlier file when a year is missing', () => {
    const merged = monitoredPlan();
    expect(buildReport(merged, 2027)!.changes).toBeNull();
    merged.monitoring![1]!.year = 2029;
    expect(buildReport(merged, 2029)!.changes!.previousYear).toBe(2027);
  });

  it('gives nothing for a year without a file, and the latest year as the default', () => {
    const merged = monitoredPlan();
    expect(buildReport(merged, 2026)).toBeUndefined();
    expect(latestMonitoringYear(merged)).toBe(2028);
    delete merged.monitoring;
    expect(latestMonitoringYear(merged)).toBeUndefined();
  });

  it('keeps the first entry when an action is reported twice', () => {
    const merged = monitoredPlan();
    merged.monitoring = [monitoring(2027, [entry('liikunta', 'kerhot', 'done'), entry('liikunta', 'kerhot', 'not_started')])];
    expect(buildReport(merged, 2027)!.goals[2]!.actions[0]!.status).toBe('done');
  });
});

describe('dueDate', () => {
  it('reads a year as its last day and keeps a date', () => {
    expect(dueDate('2028')).toBe('2028-12-31');
    expect(dueDate('2027-06-30')).toBe('2027-06-30');
    expect(dueDate('syksy')).toBeNull();
  });
});

describe('indicators in the report', () => {
  const base: Indicator = { id: 'x', title: 'X', values: {}, pos: { file: 'indicators.yaml', line: 1, column: 1 } };

  it('compares the latest figure up to the report year with the baseline, in the intended direction', () => {
    const [kiusatut, harrastaa, ilmoitukset] = buildReport(monitoredPlan(), 2028)!.indicators;
    // down is better: 9.1 (2025) → 8.4 (2027), the 2029 figure is not the report's
    expect(kiusatut!.latest).toEqual({ year: 2027, value: 8.4 });
    expect(kiusatut!.judgement).toBe('better');
    // up is better: 87.5 → 86.0
    expect(harrastaa!.judgement).toBe('worse');
    // no direction: said so
    expect(ilmoitukset!.judgement).toBe('noDirection');
  });

  it('says when the target is reached, when nothing is newer than the baseline, and when there is no figure', () => {
    const ind: Indicator = { ...base, values: { '2025': 9, '2029': 7 }, baseline: { year: 2025, value: 9 }, target: { year: 2029, value: 7.5 }, direction: 'down' };
    expect(reportIndicator(ind, 2029).judgement).toBe('reached');
    expect(reportIndicator(ind, 2027).judgement).toBe('noData');
    expect(reportIndicator({ ...ind, values: {} }, 2027).judgement).toBe('noData');
    expect(reportIndicator({ ...ind, values: { '2025': 9, '2027': 9 } }, 2027).judgement).toBe('unchanged');
  });

  it('compares with the first figure when there is no baseline', () => {
    const ind: Indicator = { ...base, values: { '2021': 5, '2023': 6 }, direction: 'up' };
    const r = reportIndicator(ind, 2028);
    expect(r.reference).toEqual({ year: 2021, value: 5 });
    expect(r.judgement).toBe('better');
  });
});
