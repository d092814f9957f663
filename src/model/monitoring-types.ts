// The types of monitoring/<year>.yaml (SPEC 2.5, issue 16). They live in types.ts with the rest
// of the model (this file importing types.ts and types.ts importing it was an import cycle);
// this module is the name the monitoring code imports them by.
export { ACTION_STATUSES } from './types.js';
export type { ActionStatus, Monitoring, MonitoringEntry } from './types.js';

import type { ActionStatus } from './types.js';

/**
 * The statuses in the words reporters use (issue 16: fi, sv and en), lower case. The schema
 * accepts only the keys; a word of this list gets a hint with its key, so that `käynnissä` is
 * answered with `in_progress` rather than a list of five.
 */
export const STATUS_WORDS: ReadonlyMap<string, ActionStatus> = new Map([
  ['ei aloitettu', 'not_started'],
  ['aloittamatta', 'not_started'],
  ['käynnissä', 'in_progress'],
  ['kesken', 'in_progress'],
  ['toteutunut', 'done'],
  ['toteutettu', 'done'],
  ['valmis', 'done'],
  ['viivästynyt', 'delayed'],
  ['myöhässä', 'delayed'],
  ['luovuttu', 'dropped'],
  ['ej påbörjad', 'not_started'],
  ['pågår', 'in_progress'],
  ['genomförd', 'done'],
  ['försenad', 'delayed'],
  ['slopad', 'dropped'],
  ['not started', 'not_started'],
  ['in progress', 'in_progress'],
  ['ongoing', 'in_progress'],
  ['completed', 'done'],
  ['finished', 'done'],
  ['delayed', 'delayed'],
  ['late', 'delayed'],
  ['dropped', 'dropped'],
  ['cancelled', 'dropped'],
  ['canceled', 'dropped'],
]);

/** The status a reporter's word means (`Käynnissä`, `in-progress`, `not started`), if any. */
export function statusOfWord(word: string): ActionStatus | undefined {
  const w = word.normalize('NFC').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return STATUS_WORDS.get(w) ?? STATUS_WORDS.get(w.replace(/ /g, ''));
}
