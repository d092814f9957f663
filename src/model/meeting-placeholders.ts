// The example meeting data that `lnhs init` writes into meeting.yaml, and that `lnhs status`
// points out while it is still there (issue 13 item 5). No imports: status is in the main bundle.

export const PLACEHOLDER_PLACE = 'Kunnantalo, valtuustosali';
export const PLACEHOLDER_START = '17:00';

/** A placeholder for the joint meeting: the first Monday of December before the period starts. */
export function meetingDate(answers: { period: { start: number } }): string {
  const year = answers.period.start - 1;
  const first = new Date(Date.UTC(year, 11, 1));
  const day = 1 + ((8 - first.getUTCDay()) % 7); // getUTCDay: 0 = Sunday, 1 = Monday
  return `${year}-12-${String(day).padStart(2, '0')}`;
}
