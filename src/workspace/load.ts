// The load stage: find the workspace's input files (find.ts), read and decode each (read.ts) and
// parse it as YAML with positions (parse.ts). Nothing here knows the schema; every problem becomes
// a diagnostic with file, line and column, and no input can make this throw (SPEC 8).
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { findInputs } from './find.js';
import { LineCounter } from './line-counter.js';
import { parseSource } from './parse.js';
import { readInput } from './read.js';
import type { InputKind, LoadedWorkspace, SourceFile } from './types.js';

export interface LoadOptions {
  /** the folder as the user named it, for messages (`dir` itself may have been made absolute) */
  label?: string;
}

export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const loaded: LoadedWorkspace = { dir, boards: [], diagnostics: [] };
  const label = options.label ?? dir;
  const problems = loaded.diagnostics;

  const inputs = await findInputs(dir);
  if ('problem' in inputs) {
    const { problem } = inputs;
    problems.push(diagnostic({ file: dir, source: '', ...problem, args: { dir: label, ...problem.args } }));
    return loaded;
  }
  // every input must lie inside this folder once links are resolved (issue 12 item 2)
  const root = await realpath(dir).catch(() => path.resolve(dir));

  // read in parallel (read-limited.ts bounds the open files); diagnostics are collected in a
  // fixed order below
  const [plan, meeting, indicators, ...rest] = await Promise.all([
    inputs.plan ? loadSource(dir, inputs.plan, 'plan', root) : undefined,
    inputs.meeting ? loadSource(dir, inputs.meeting, 'meeting', root) : undefined,
    inputs.indicators ? loadSource(dir, inputs.indicators, 'indicators', root) : undefined,
    ...inputs.boards.map((rel) => loadSource(dir, rel, 'board', root)),
    ...inputs.monitoring.map((rel) => loadSource(dir, rel, 'monitoring', root)),
  ]);
  const boards = rest.slice(0, inputs.boards.length);
  const monitoring = rest.slice(inputs.boards.length);
  for (const { file, used } of inputs.ignored) {
    problems.push(
      diagnostic({ code: 'ambiguous-input', file: path.join(dir, file), source: '', id: 'workspace.ignored', args: { file, used }, hintId: 'workspace.ignored.hint' }),
    );
  }

  // one push per diagnostic: `push(...list)` overflows the stack when a file has 100 000 of them
  if (plan) {
    loaded.plan = plan.source;
    for (const d of plan.diagnostics) problems.push(d);
  } else {
    problems.push(
      diagnostic({
        code: 'no-plan',
        file: path.join(dir, 'plan.yaml'),
        source: '',
        id: 'workspace.noPlan',
        args: { dir: label },
        hintId: 'workspace.noPlan.hint',
      }),
    );
  }
  for (const board of boards) {
    if (!board) continue;
    loaded.boards.push(board.source);
    for (const d of board.diagnostics) problems.push(d);
  }
  if (inputs.boardsProblem) problems.push(diagnostic({ file: path.join(dir, 'boards'), source: '', ...inputs.boardsProblem }));
  else if (loaded.boards.length === 0) {
    problems.push(
      diagnostic({ code: 'no-boards', file: path.join(dir, 'boards'), source: '', id: 'workspace.noBoards', hintId: 'workspace.noBoards.hint' }),
    );
  }
  if (meeting) {
    loaded.meeting = meeting.source;
    for (const d of meeting.diagnostics) problems.push(d);
  }
  if (indicators) {
    loaded.indicators = indicators.source;
    for (const d of indicators.diagnostics) problems.push(d);
  }
  // the yearly follow-up (issue 16), in year order
  for (const file of monitoring) {
    if (!file) continue;
    (loaded.monitoring ??= []).push(file.source);
    for (const d of file.diagnostics) problems.push(d);
  }
  if (inputs.monitoringProblem) problems.push(diagnostic({ file: path.join(dir, 'monitoring'), source: '', ...inputs.monitoringProblem }));
  for (const rel of inputs.monitoringStrays) {
    problems.push(
      diagnostic({
        severity: 'warning',
        code: 'monitoring-name',
        file: path.join(dir, ...rel.split('/')),
        source: '',
        id: 'workspace.monitoringName',
        args: { file: rel },
        hintId: 'workspace.monitoringName.hint',
      }),
    );
  }
  // a linked templates/ could lead anywhere, as a linked out/ could be written through: refused
  // as write.ts refuses it, where single template files leading outside are refused (SPEC 8)
  if (inputs.templates === 'link') {
    problems.push(
      diagnostic({ code: 'template', file: path.join(dir, 'templates'), source: '', id: 'template.linkedFolder', hintId: 'template.linkedFolder.hint' }),
    );
  } else if (inputs.templates) loaded.templatesDir = path.resolve(dir, 'templates');
  return loaded;
}

interface Loaded {
  source: SourceFile;
  diagnostics: Diagnostic[];
}

/**
 * Read, decode and parse one input file, which must lie inside `root` (the real path of the
 * workspace; by default of `dir`) once links are resolved. Exported for tests and for single files.
 */
export async function loadSource(dir: string, rel: string, kind: InputKind, root?: string): Promise<Loaded> {
  const file = path.join(dir, ...rel.split('/'));
  const source: SourceFile = { kind, file, rel, text: '', lineCounter: new LineCounter() };
  const read = await readInput(file, root ?? (await realpath(dir).catch(() => undefined)));
  if ('problem' in read) return { source, diagnostics: [diagnostic({ file, source: '', ...read.problem })] };
  source.text = read.text;
  return { source, diagnostics: parseSource(source) };
}
