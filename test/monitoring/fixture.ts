// A merged plan with two years of monitoring, built in code (issue 16): the render fixture's
// plan with action ids, a third goal, indicators with baseline, target and direction, and
// monitoring/2027.yaml and 2028.yaml as the loader would give them.
import type { Monitoring, MonitoringEntry, MergedPlan } from '../../src/model/types.js';
import { mergedPlan } from '../render/fixtures.js';

export function entry(goal: string, action: string, status: MonitoringEntry['status'], extra: Partial<MonitoringEntry> = {}): MonitoringEntry {
  return { goal, action, status, pos: { file: 'monitoring/x.yaml', line: 1, column: 1 }, ...extra };
}

export function monitoring(year: number, actions: MonitoringEntry[], reported?: string): Monitoring {
  return { year, ...(reported ? { reported } : {}), actions, file: `monitoring/${year}.yaml` };
}

const src = (board: string) => ({ board, file: `boards/${board}.yaml`, line: 1, column: 5 });

/** mielenterveys: kuraattori (id, due 2027), chat (text only, due 30.6.2027); liikunta: kerhot (due 2028), tilat (due 2030), vanha (due 2028). */
export function monitoredPlan(lang: MergedPlan['plan']['language'] = 'fi'): MergedPlan {
  const merged = mergedPlan({ lang });
  merged.plan.period = { start: 2027, end: 2030 };
  merged.goals[0]!.actions[0]!.id = 'kuraattori';
  merged.goals.push({
    key: 'liikunta',
    id: 'liikunta',
    title: 'Liikkuva lapsuus',
    boards: ['vapaa-aika', 'koulutus'],
    sources: [src('vapaa-aika'), src('koulutus')],
    actions: [
      { id: 'kerhot', text: 'Maksuttomat iltapäiväkerhot', responsible: 'Vapaa-aikatoimi', due: '2028', boards: ['vapaa-aika', 'koulutus'], sources: [src('vapaa-aika')] },
      { id: 'tilat', text: 'Koulujen liikuntatilat iltakäyttöön', responsible: 'Tilapalvelut', due: '2030', boards: ['vapaa-aika'], sources: [src('vapaa-aika')] },
      { id: 'vanha', text: 'Liikuntaseteli', responsible: 'Vapaa-aikatoimi', due: '2028', boards: ['vapaa-aika'], sources: [src('vapaa-aika')] },
    ],
  });
  merged.indicators = [
    {
      id: 'kiusatut',
      title: 'Koulukiusatuksi kokeneet',
      unit: '%',
      values: { '2021': 10.1, '2023': 9.8, '2025': 9.1, '2027': 8.4, '2029': 7.0 },
      baseline: { year: 2025, value: 9.1 },
      target: { year: 2029, value: 7.5 },
      direction: 'down',
      pos: { file: 'indicators.yaml', line: 3, column: 5 },
    },
    {
      id: 'harrastaa',
      title: 'Harrastaa viikoittain',
      unit: '%',
      values: { '2023': 88.1, '2025': 87.5, '2027': 86.0 },
      baseline: { year: 2025, value: 87.5 },
      target: { year: 2029, value: 90 },
      direction: 'up',
      pos: { file: 'indicators.yaml', line: 12, column: 5 },
    },
    {
      id: 'ilmoitukset',
      title: 'Lastensuojeluilmoitukset',
      unit: 'kpl',
      values: { '2023': 10450, '2024': 10800 },
      pos: { file: 'indicators.yaml', line: 20, column: 5 },
    },
  ];
  merged.monitoring = [
    monitoring(2027, [
      entry('mielenterveys', 'kuraattori', 'in_progress', { progress: 40, reporter: 'sivistysjohtaja' }),
      entry('liikunta', 'kerhot', 'not_started'),
      entry('liikunta', 'vanha', 'in_progress', { progress: 10 }),
    ], '2028-01-31'),
    monitoring(2028, [
      entry('mielenterveys', 'kuraattori', 'done', { note: 'Vastaanotto avattiin syksyllä.', reporter: 'sivistysjohtaja' }),
      // by its text, in another case and without the full stop: found as merge compares texts
      entry('mielenterveys', 'PERHENEUVOLAN chat-palvelu.', 'delayed', { progress: 30, note: 'Rekrytointi kesken.', reporter: 'perhekeskuksen johtaja' }),
      entry('liikunta', 'kerhot', 'in_progress', { progress: 50, reporter: 'vapaa-aikasihteeri' }),
      entry('liikunta', 'vanha', 'dropped', { note: 'Korvattiin kerhoilla.' }),
      // names no action of the plan: validation's error, left out of the report
      entry('liikunta', 'ei-ole', 'done'),
      entry('ei-tavoitetta', 'kerhot', 'done'),
    ], '2029-01-31'),
  ];
  return merged;
}
