// The load stage: find the workspace's input files (find.ts), read and decode each (read.ts) and
// parse it as YAML with positions (parse.ts). Nothing here knows the schema; every problem becomes
// a diagnostic with file, line and column, and no input can make this throw (SPEC 8).
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
  if (!inputs) {
    problems.push(
      diagnostic({ code: 'no-workspace', file: dir, source: '', id: 'workspace.notFound', args: { dir: label }, hintId: 'workspace.noPlan.hint' }),
    );
    return loaded;
  }

  // read in parallel; diagnostics are collected in a fixed order below
  const [plan, meeting, indicators, ...boards] = await Promise.all([
    inputs.plan ? loadSource(dir, inputs.plan, 'plan') : undefined,
    inputs.meeting ? loadSource(dir, inputs.meeting, 'meeting') : undefined,
    inputs.indicators ? loadSource(dir, inputs.indicators, 'indicators') : undefined,
    ...inputs.boards.map((rel) => loadSource(dir, rel, 'board')),
  ]);

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
  if (loaded.boards.length === 0) {
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
  if (inputs.templates) loaded.templatesDir = path.resolve(dir, 'templates');
  return loaded;
}

interface Loaded {
  source: SourceFile;
  diagnostics: Diagnostic[];
}

/** Read, decode and parse one input file. Exported for tests and for `indicators import`. */
export async function loadSource(dir: string, rel: string, kind: InputKind): Promise<Loaded> {
  const file = path.join(dir, ...rel.split('/'));
  const source: SourceFile = { kind, file, rel, text: '', lineCounter: new LineCounter() };
  const read = await readInput(file);
  if ('problem' in read) return { source, diagnostics: [diagnostic({ file, source: '', ...read.problem })] };
  source.text = read.text;
  return { source, diagnostics: parseSource(source) };
}
