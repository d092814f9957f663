// The Diagnostic type and its text / json / github formatters (SPEC 7).
// Stages never throw on bad input: they return diagnostics, and only the CLI turns them into an
// exit code. A diagnostic keeps its message id and arguments so it can be shown in any locale.
import path from 'node:path';
import { t, type Locale, type MessageArgs, type MessageId } from './messages/index.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** stable, language-independent code, e.g. `unknown-key` */
  code: string;
  /** English text; `localize` gives it in another locale */
  message: string;
  hint?: string;
  /** the file as the user named it (workspace dir joined with the relative path) */
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** the text of the source line, for the caret display */
  source?: string;
  messageId: MessageId;
  args?: MessageArgs;
  hintId?: MessageId;
  hintArgs?: MessageArgs;
}

export interface DiagnosticInit {
  severity?: Severity;
  code: string;
  file: string;
  line?: number;
  column?: number;
  source?: string;
  id: MessageId;
  args?: MessageArgs;
  hintId?: MessageId;
  hintArgs?: MessageArgs;
}

export function diagnostic(init: DiagnosticInit): Diagnostic {
  const d: Diagnostic = {
    severity: init.severity ?? 'error',
    code: init.code,
    message: t(init.id, init.args),
    file: init.file,
    line: Math.max(1, init.line ?? 1),
    column: Math.max(1, init.column ?? 1),
    messageId: init.id,
  };
  if (init.args) d.args = init.args;
  if (init.hintId) {
    d.hintId = init.hintId;
    if (init.hintArgs) d.hintArgs = init.hintArgs;
    d.hint = t(init.hintId, init.hintArgs ?? init.args);
  }
  if (init.source !== undefined) d.source = init.source;
  return d;
}

/** The diagnostic with message and hint in `locale`. */
export function localize(d: Diagnostic, locale: Locale): Diagnostic {
  if (locale === 'en') return d;
  const out: Diagnostic = { ...d, message: t(d.messageId, d.args, locale) };
  if (d.hintId) out.hint = t(d.hintId, d.hintArgs ?? d.args, locale);
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

/** Errors first within a file; files, lines and columns in order; stable for equal places. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (a.d.file < b.d.file ? -1 : a.d.file > b.d.file ? 1 : 0) ||
        a.d.line - b.d.line ||
        a.d.column - b.d.column ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}

export interface Summary {
  errors: number;
  warnings: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) d.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}

export interface Painter {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const plainPainter: Painter = {
  red: (s) => s,
  yellow: (s) => s,
  cyan: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
};

const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning' },
  fi: { error: 'virhe', warning: 'varoitus' },
};

const HINT_LABEL: Record<Locale, string> = { en: 'hint', fi: 'vihje' };

// A person reads a window of a long line, not the line (issue 12: a one-line 4.9 MB board was
// printed whole, 50 times); the machine formats keep the whole message.
const WINDOW_BEFORE = 40;
const WINDOW = 120;
const MESSAGE_MAX = 300;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** At most WINDOW characters of `source` around `column` (1-based), and where the caret goes. */
export function sourceWindow(source: string, column: number): { text: string; caret: number } {
  const at = Math.max(0, column - 1);
  if (source.length <= WINDOW) return { text: source.replace(/\t/g, ' '), caret: at };
  const start = Math.max(0, Math.min(at - WINDOW_BEFORE, source.length - WINDOW));
  const end = Math.min(source.length, start + WINDOW);
  const before = start > 0 ? '…' : '';
  const after = end < source.length ? '…' : '';
  return { text: before + source.slice(start, end).replace(/\t/g, ' ') + after, caret: before.length + at - start };
}

/**
 * The human format: `file:line:col  severity  message  [code]`, the source line with a caret,
 * and the hint. Like `yaml`'s pretty errors, plus our position and hint.
 */
export function formatText(
  diagnostics: readonly Diagnostic[],
  options: { locale?: Locale; paint?: Painter; cwd?: string; maxPerFile?: number } = {},
): string {
  const locale = options.locale ?? 'en';
  const paint = options.paint ?? plainPainter;
  // A person reads the first few problems of a file and fixes them; a file with thousands (a
  // pasted binary, a wrong indentation level) would otherwise bury everything else. The json and
  // github formats keep every diagnostic.
  const maxPerFile = options.maxPerFile ?? 50;
  const blocks: string[] = [];
  const shownPerFile = new Map<string, number>();
  const hiddenPerFile = new Map<string, number>();
  for (const raw of sortDiagnostics(diagnostics)) {
    const shown = shownPerFile.get(raw.file) ?? 0;
    if (shown >= maxPerFile) {
      hiddenPerFile.set(raw.file, (hiddenPerFile.get(raw.file) ?? 0) + 1);
      continue;
    }
    shownPerFile.set(raw.file, shown + 1);
    const d = localize(raw, locale);
    const where = `${displayPath(d.file, options.cwd)}:${d.line}:${d.column}`;
    const sev =
      d.severity === 'error'
        ? paint.red(paint.bold(SEVERITY_LABEL[locale].error))
        : paint.yellow(paint.bold(SEVERITY_LABEL[locale].warning));
    const lines = [`${paint.bold(where)}  ${sev}  ${clip(d.message, MESSAGE_MAX)}  ${paint.dim(`[${d.code}]`)}`];
    if (d.source !== undefined && d.source.trim() !== '') {
      const gutter = String(d.line);
      const { text: shown, caret } = sourceWindow(d.source, d.column);
      lines.push(`  ${paint.dim(gutter + ' |')} ${shown}`);
      lines.push(`  ${' '.repeat(gutter.length)} ${paint.dim('|')} ${' '.repeat(caret)}${paint.red('^')}`);
    }
    if (d.hint) lines.push(`  ${paint.cyan(HINT_LABEL[locale] + ':')} ${d.hint}`);
    blocks.push(lines.join('\n'));
  }
  for (const [file, hidden] of hiddenPerFile) {
    const where = displayPath(file, options.cwd);
    blocks.push(
      paint.dim(
        locale === 'fi'
          ? `${where}: ja ${hidden} muuta ilmoitusta tässä tiedostossa (kaikki: --format json)`
          : `${where}: and ${hidden} more in this file (all of them: --format json)`,
      ),
    );
  }
  return blocks.join('\n\n');
}

export function formatSummary(summary: Summary, locale: Locale = 'en'): string {
  // Finnish: the nominative singular after 1, the partitive after any other number
  if (locale === 'fi') {
    const fi = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    return `${fi(summary.errors, 'virhe', 'virhettä')}, ${fi(summary.warnings, 'varoitus', 'varoitusta')}`;
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`;
}

/** `{diagnostics: [...], summary}` (issue 5); without the message ids, which are internal. */
export function formatJson(
  diagnostics: readonly Diagnostic[],
  options: { locale?: Locale; cwd?: string } = {},
): string {
  const list = sortDiagnostics(diagnostics).map((raw) => {
    const d = localize(raw, options.locale ?? 'en');
    return {
      severity: d.severity,
      code: d.code,
      message: d.message,
      file: displayPath(d.file, options.cwd),
      line: d.line,
      column: d.column,
      ...(d.hint ? { hint: d.hint } : {}),
    };
  });
  return JSON.stringify({ diagnostics: list, summary: summarize(diagnostics) }, null, 2);
}

/**
 * GitHub shows at most 10 error and 10 warning annotations per step (50 per job) and drops the
 * rest without a word (issue 13 item 8): annotate the first of each, and say how many more.
 */
export const GITHUB_ANNOTATIONS_PER_STEP = 10;

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`. */
export function formatGithub(
  diagnostics: readonly Diagnostic[],
  options: { locale?: Locale; cwd?: string; limit?: number } = {},
): string {
  const limit = options.limit ?? GITHUB_ANNOTATIONS_PER_STEP;
  const shown = { error: 0, warning: 0 };
  const hidden = { error: 0, warning: 0 };
  const lines = sortDiagnostics(diagnostics)
    .filter((d) => {
      if (shown[d.severity] < limit) {
        shown[d.severity]++;
        return true;
      }
      hidden[d.severity]++;
      return false;
    })
    .map((raw) => {
      const d = localize(raw, options.locale ?? 'en');
      const props = [
        `file=${escapeProperty(displayPath(d.file, options.cwd))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `title=${escapeProperty(`lnhs ${d.code}`)}`,
      ].join(',');
      const text = d.hint ? `${d.message} (${d.hint})` : d.message;
      return `::${d.severity} ${props}::${escapeData(text)}`;
    });
  if (hidden.error + hidden.warning > 0) {
    const fi = options.locale === 'fi';
    const parts: string[] = [];
    if (hidden.error > 0) parts.push(fi ? `${hidden.error} virhettä lisää` : `${hidden.error} more error${hidden.error === 1 ? '' : 's'}`);
    if (hidden.warning > 0) parts.push(fi ? `${hidden.warning} varoitusta lisää` : `${hidden.warning} more warning${hidden.warning === 1 ? '' : 's'}`);
    const text = fi
      ? `${parts.join(' ja ')} jäi merkitsemättä (GitHub näyttää kutakin 10 vaihetta kohden); kaikki ongelmat ovat työn yhteenvedossa ja komennon lnhs validate tulosteessa.`
      : `${parts.join(' and ')} ${hidden.error + hidden.warning === 1 ? 'is' : 'are'} not annotated (GitHub shows ${limit} of each per step); every problem is in the job summary and in the output of lnhs validate.`;
    lines.push(`::notice title=lnhs::${escapeData(text)}`);
  }
  return lines.join('\n');
}

/**
 * Every diagnostic as a Markdown table, for GitHub's job summary ($GITHUB_STEP_SUMMARY). Text
 * from the inputs is never markup there either (SPEC 8): `<`, `>` and `&` are entities, `|`
 * is escaped, and line breaks and other control characters become spaces.
 */
export function formatMarkdownTable(
  diagnostics: readonly Diagnostic[],
  options: { locale?: Locale; cwd?: string; title: string },
): string {
  const locale = options.locale ?? 'en';
  const cell = (s: string) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '\\|')
      .replace(/[\u0000-\u001f\u007f]/g, ' ');
  const heading = locale === 'fi' ? ['Tiedosto', 'Rivi', 'Sarake', 'Ongelma', 'Koodi'] : ['File', 'Line', 'Column', 'Problem', 'Code'];
  const lines = [
    `### ${cell(options.title)}: ${formatSummary(summarize(diagnostics), locale)}`,
    '',
    `| | ${heading.join(' | ')} |`,
    '|---|---|---:|---:|---|---|',
  ];
  for (const raw of sortDiagnostics(diagnostics)) {
    const d = localize(raw, locale);
    const sev = d.severity === 'error' ? `❌ ${SEVERITY_LABEL[locale].error}` : `⚠️ ${SEVERITY_LABEL[locale].warning}`;
    const text = d.hint ? `${d.message} ${d.hint}` : d.message;
    lines.push(`| ${sev} | ${cell(displayPath(d.file, options.cwd))} | ${d.line} | ${d.column} | ${cell(text)} | \`${cell(d.code)}\` |`);
  }
  return lines.join('\n') + '\n';
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A path relative to `cwd` when it lies below it, with forward slashes. */
export function displayPath(file: string, cwd?: string): string {
  if (!cwd) return file.split(path.sep).join('/');
  const rel = path.relative(cwd, path.resolve(cwd, file));
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(cwd, file);
  return shown.split(path.sep).join('/');
}
