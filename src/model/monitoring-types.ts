// The types of monitoring/<year>.yaml (SPEC 2.5, issue 16). They live in types.ts with the rest
// of the model (this file importing types.ts and types.ts importing it was an import cycle);
// this module is the name the monitoring code imports them by.
export { ACTION_STATUSES } from './types.js';
export type { ActionStatus, Monitoring, MonitoringEntry } from './types.js';
