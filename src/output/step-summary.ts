// GitHub Actions' job summary (issue 13 item 8): GitHub shows at most 10 error and 10 warning
// annotations per step (50 per job) and drops the rest silently, so with `--format github`
// every diagnostic also goes to the file named by $GITHUB_STEP_SUMMARY, as a Markdown table.
// The file is shared by all steps of the job: it is appended to, never replaced.
import { appendFileSync } from 'node:fs';

/** Append `markdown` to the step summary file; false when it cannot be written. */
export function appendStepSummary(file: string, markdown: string): boolean {
  try {
    appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + '\n');
    return true;
  } catch {
    return false;
  }
}
