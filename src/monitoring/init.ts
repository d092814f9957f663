// The text of a new monitoring/<year>.yaml (issue 16, `lnhs monitoring init`): every action of
// every goal with an id, pre-filled as not started, grouped by goal, with comments that show the
// goal's title and the action's text, responsible party and due date, so that each reporter finds
// their own actions and changes only the status. Written as text, not by a YAML stringifier, so
// the comments sit where the reporter needs them; Finnish, as `init` writes its files.
// Pure: the caller says where the schema is and writes the file.
import { comment, yamlScalar } from '../init/yaml-text.js';
import type { ActionStatus, MergedAction, MergedGoal, Monitoring } from '../model/types.js';
import { actionRef, findAction } from './resolve.js';

// the statuses as the comments name them (Finnish, as the rest of the file)
const STATUS_FI: Record<ActionStatus, string> = {
  not_started: 'ei aloitettu',
  in_progress: 'käynnissä',
  done: 'toteutunut',
  delayed: 'viivästynyt',
  dropped: 'luovuttu',
};

export interface MonitoringScaffold {
  content: string;
  /** actions written */
  actions: number;
  /** goals with actions but no id: they cannot be monitored (a goal is named by its id) */
  withoutId: MergedGoal[];
}

const HEADER = `Suunnitelman vuosiseuranta {year} (lastensuojelulaki 12 §).

Jokainen vastuutaho päivittää omien toimenpiteidensä tilan (status):
  not_started = ei aloitettu, in_progress = käynnissä, done = toteutunut,
  delayed = viivästynyt, dropped = luovuttu.
Lisäksi voi kirjata edistymisen prosentteina (progress: 0–100), selvityksen (note) ja
raportoijan roolin (reporter), ei henkilön nimeä. Älä muuta kohtia goal ja action: ne
kertovat, mistä suunnitelman toimenpiteestä on kyse.`;

/**
 * `previous`: the latest earlier year's file, whose status of each action is shown beside it, so
 * that a reporter sees where the action stood (the new status still starts as not started, issue 16).
 */
export function scaffoldMonitoring(goals: readonly MergedGoal[], year: number, schemaRef: string, previous?: Monitoring): MonitoringScaffold {
  const lines: string[] = [`# yaml-language-server: $schema=${schemaRef}`, '#', comment(HEADER.replace('{year}', String(year))), ''];
  lines.push(`year: ${year}`);
  lines.push(comment('Raportin päivämäärä, kun kaikki ovat raportoineet, esim.'));
  lines.push(`# reported: ${year + 1}-02-15`);
  lines.push('');
  const monitored = goals.filter((g) => g.id !== undefined && g.actions.length > 0);
  const withoutId = goals.filter((g) => g.id === undefined && g.actions.length > 0);
  let actions = 0;
  if (monitored.length === 0) {
    lines.push('actions: []');
  } else {
    lines.push('actions:');
    monitored.forEach((goal, i) => {
      if (i > 0) lines.push('');
      lines.push(comment(`Tavoite: ${oneLine(goal.title)}`, '  '));
      for (const action of goal.actions) {
        const details = [
          action.responsible !== undefined ? `vastuu: ${oneLine(action.responsible)}` : undefined,
          action.due !== undefined ? `aikataulu: ${finnishDate(action.due)}` : undefined,
          previous ? previousStatus(previous, goal, action) : undefined,
        ].filter((x) => x !== undefined);
        // the text when the entry names the action by its id; the details either way
        if (action.id !== undefined) lines.push(comment(oneLine(action.text), '  '));
        if (details.length > 0) lines.push(comment(`(${details.join(', ')})`, '  '));
        lines.push(`  - goal: ${yamlScalar(goal.id!)}`);
        lines.push(`    action: ${yamlScalar(actionRef(action))}`);
        lines.push('    status: not_started');
        actions++;
      }
    });
  }
  if (withoutId.length > 0) {
    lines.push('');
    lines.push(comment('Näillä tavoitteilla ei ole tunnusta (id), joten niiden toimenpiteitä ei voi seurata tässä:'));
    for (const goal of withoutId) lines.push(comment(`- ${oneLine(goal.title)}`));
  }
  return { content: lines.join('\n') + '\n', actions, withoutId };
}

/** A text on one comment line: a line break inside it would end the comment. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `2027-08-01` → `1.8.2027`, as the reporters read dates (and as the report shows them); a year stays. */
function finnishDate(due: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : due;
}

/** `vuonna 2028: käynnissä, 40 %`, or undefined when the earlier file does not report the action. */
function previousStatus(previous: Monitoring, goal: MergedGoal, action: MergedAction): string | undefined {
  const entry = previous.actions.find((e) => e.goal === goal.id && findAction(goal, e.action) === action);
  if (!entry) return undefined;
  const progress = entry.progress !== undefined ? `, ${entry.progress} %` : '';
  return `vuonna ${previous.year}: ${STATUS_FI[entry.status]}${progress}`;
}

