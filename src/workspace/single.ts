// One input file on its own (issue 13 item 1): `lnhs validate boards/sivistys.yaml`, or a board
// file a secretary got by e-mail and saved anywhere. Which kind of input it is comes from its
// place and name, else from its `$schema` line, else from its top-level keys. When a workspace
// (a folder with plan.yaml) lies above the file, the file is checked within it, so that the
// cross-file rules that need the plan (themes, municipalities, meeting boards) apply too.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic } from '../diagnostics.js';
import { loadSource, loadWorkspace } from './load.js';
import { readInput } from './read.js';
import type { InputKind, LoadedWorkspace, SourceFile } from './types.js';

export interface LoadedFile {
  /** the workspace to validate: the real one with this file in it, or this file alone */
  loaded: LoadedWorkspace;
  /** the file asked about; undefined when it could not even be identified */
  target?: SourceFile;
  /** the workspace folder found above the file (absolute), if any */
  workspace?: string;
}

/** `plan.yaml`, `meeting.yml`, `boards/x.yaml`: what the name and place alone say. */
export function kindFromPath(file: string): InputKind | undefined {
  const base = path.basename(file).toLowerCase();
  const stem = base.replace(/\.ya?ml$/, '');
  if (stem === 'plan' || stem === 'meeting' || stem === 'indicators') return stem;
  if (path.basename(path.dirname(file)) === 'boards') return 'board';
  if (path.basename(path.dirname(file)) === 'monitoring') return 'monitoring';
  return undefined;
}

const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=\S*?(plan|board|meeting|indicators|monitoring)\.schema\.json/m;

/** What the text says of itself: its `$schema` line, else the keys only one kind of input has. */
export function kindFromText(text: string): InputKind | undefined {
  const schema = SCHEMA_LINE.exec(text);
  if (schema) return schema[1] as InputKind;
  const keys = new Set([...text.matchAll(/^([a-z_]+)[ \t]*:/gm)].map((m) => m[1]!));
  if (keys.has('board') || keys.has('swot') || keys.has('goals')) return 'board';
  if (keys.has('year') && (keys.has('actions') || keys.has('reported'))) return 'monitoring';
  if (keys.has('indicators')) return 'indicators';
  if (keys.has('municipalities') || keys.has('period') || keys.has('sections') && keys.has('kind')) return 'plan';
  if (keys.has('place') || keys.has('start') || keys.has('items')) return 'meeting';
  return undefined;
}

/** The nearest folder at or above `dir` that holds plan.yaml (or plan.yml). */
export async function findWorkspaceAbove(dir: string): Promise<string | undefined> {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of ['plan.yaml', 'plan.yml']) {
      try {
        if ((await stat(path.join(current, name))).isFile()) return current;
      } catch {
        // not here
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Load `file` (absolute) for checking on its own. The returned workspace holds the file in its
 * slot; with a workspace found above, the other inputs are loaded as well, and a file that is
 * not in its usual place (a board file saved beside plan.yaml, say) takes the place of the input
 * of the same kind and name.
 */
export async function loadSingleFile(file: string): Promise<LoadedFile> {
  const dir = path.dirname(file);
  const rel = path.basename(file);
  let kind = kindFromPath(file);
  if (!(await isFile(file))) {
    // loadSource says why (no such file, no permission) with its hint
    const { source, diagnostics } = await loadSource(dir, rel, kind ?? 'board');
    return { loaded: { dir, boards: [], diagnostics }, target: source };
  }
  if (!kind) {
    // through the same limited reading as every input (issue 12: at most 5 MiB, a regular file);
    // a problem is reported by loadSource below, once the kind is known or guessed
    const read = await readInput(file);
    kind = kindFromText('text' in read ? read.text.slice(0, 64 * 1024) : '');
  }
  if (!kind) {
    const loaded: LoadedWorkspace = { dir, boards: [], diagnostics: [] };
    loaded.diagnostics.push(
      diagnostic({ code: 'unknown-input', file, source: '', id: 'file.unknownKind', args: { file: rel }, hintId: 'file.unknownKind.hint' }),
    );
    return { loaded };
  }

  const workspace = await findWorkspaceAbove(dir);
  if (!workspace) {
    const { source, diagnostics } = await loadSource(dir, rel, kind);
    const loaded: LoadedWorkspace = { dir, boards: [], diagnostics };
    put(loaded, source);
    return { loaded, target: source };
  }

  const loaded = await loadWorkspace(workspace);
  const same = allSources(loaded).find((s) => path.resolve(s.file) === path.resolve(file));
  if (same && same.kind === kind) {
    return { loaded, target: same, workspace };
  }
  // The file is somewhere else in the workspace: load it as a stranger and let it stand in for
  // the input it would be. Only its own diagnostics are reported in the end.
  const { source, diagnostics } = await loadSource(workspace, path.relative(workspace, file).split(path.sep).join('/'), kind);
  for (const d of diagnostics) loaded.diagnostics.push(d);
  put(loaded, source);
  return { loaded, target: source, workspace };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function allSources(loaded: LoadedWorkspace): SourceFile[] {
  return [loaded.plan, loaded.meeting, loaded.indicators, ...loaded.boards, ...(loaded.monitoring ?? [])].filter((s): s is SourceFile => s !== undefined);
}

/**
 * Put `source` in its slot, replacing the input of the same kind (and, for a board or a monitoring
 * file, of the same file name).
 */
function put(loaded: LoadedWorkspace, source: SourceFile): void {
  const stem = (s: SourceFile) => path.posix.basename(s.rel).replace(/\.ya?ml$/i, '');
  if (source.kind === 'board' || source.kind === 'monitoring') {
    const list = source.kind === 'board' ? loaded.boards : (loaded.monitoring ??= []);
    const at = list.findIndex((b) => stem(b) === stem(source));
    if (at >= 0) list[at] = source;
    else list.push(source);
  } else {
    loaded[source.kind] = source;
  }
}
