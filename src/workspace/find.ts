// Finding a workspace's input files: plan, meeting and indicators (`.yaml`, else `.yml`), every
// YAML file in boards/, the yearly monitoring/<year>.yaml (issue 16), and templates/. Nothing is read here. Every name that looks like an input
// is listed whatever it is (folder, FIFO, socket, device, dangling link): reading it then says what
// is wrong (read.ts), where skipping it silently would lose a board (issue 12 item 2).
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MessageId } from '../messages/index.js';
import { reasonOf, type FileProblem } from './read.js';

/** The input files of a workspace, as paths inside it with forward slashes. */
export interface InputFiles {
  plan?: string;
  meeting?: string;
  indicators?: string;
  /** `boards/<name>.yaml` in code-unit order of the names */
  boards: string[];
  /** `templates/` is a folder (true), a symbolic link (refused: 'link'), or absent (false) */
  templates: boolean | 'link';
  /** `plan.yml` when `plan.yaml` is there too: the second is ignored, and that is said */
  ignored: { file: string; used: string }[];
  /** boards/ exists but cannot be listed (EACCES, ELOOP) */
  boardsProblem?: FileProblem;
  /** `monitoring/<year>.yaml` (else `.yml`) in ascending year order (issue 16) */
  monitoring: string[];
  /** YAML files in monitoring/ whose name is no year: not read, and said so */
  monitoringStrays: string[];
  /** monitoring/ exists but cannot be listed */
  monitoringProblem?: FileProblem;
}

/** The input files of the workspace `dir`, or why `dir` is no workspace folder. */
export async function findInputs(dir: string): Promise<InputFiles | { problem: FileProblem }> {
  const problem = await folderProblem(dir);
  if (problem) return { problem };
  let top: Map<string, boolean>;
  try {
    top = await listNames(dir);
  } catch (err) {
    return { problem: { code: 'file-unreadable', id: 'workspace.unreadable', args: { reason: reasonOf(err) }, hintId: 'file.unreadable.hint' } };
  }
  let boardNames: string[] = [];
  let boardsProblem: FileProblem | undefined;
  if (top.has('boards')) {
    try {
      boardNames = [...(await listNames(path.join(dir, 'boards'))).keys()];
    } catch (err) {
      const reason = reasonOf(err);
      // a file named `boards` is reported as "no board files"; anything else as what it is
      if (reason !== 'ENOTDIR' && reason !== 'ENOENT')
        boardsProblem = { code: 'file-unreadable', id: 'workspace.boardsUnreadable', args: { reason }, hintId: 'file.unreadable.hint' };
    }
  }
  const monitoring = top.has('monitoring') ? await findMonitoring(path.join(dir, 'monitoring')) : { files: [], strays: [], ignored: [] };
  const boards = boardNames
    .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `boards/${name}`);
  const ignored: InputFiles['ignored'] = [...monitoring.ignored];
  const pick = (name: string): string | undefined => {
    const yaml = `${name}.yaml`;
    const yml = `${name}.yml`;
    if (top.has(yaml) && top.has(yml)) ignored.push({ file: yml, used: yaml });
    return top.has(yaml) ? yaml : top.has(yml) ? yml : undefined;
  };
  const templatesLink = top.get('templates');
  return {
    plan: pick('plan'),
    meeting: pick('meeting'),
    indicators: pick('indicators'),
    boards,
    templates: templatesLink === undefined ? false : templatesLink ? 'link' : await isFolder(path.join(dir, 'templates')),
    ignored,
    ...(boardsProblem ? { boardsProblem } : {}),
    monitoring: monitoring.files,
    monitoringStrays: monitoring.strays,
    ...(monitoring.problem ? { monitoringProblem: monitoring.problem } : {}),
  };
}

/**
 * The files of monitoring/: `<year>.yaml`, else `<year>.yml` (both there: the second is ignored,
 * as for plan.yml), in year order. Other YAML names (`2027-luonnos.yaml`) are strays: a file the
 * coordinator meant as a report must not vanish without a word. Other files are not inputs.
 */
async function findMonitoring(
  folder: string,
): Promise<{ files: string[]; strays: string[]; ignored: InputFiles['ignored']; problem?: FileProblem }> {
  let names: string[];
  try {
    names = [...(await listNames(folder)).keys()];
  } catch (err) {
    const reason = reasonOf(err);
    if (reason === 'ENOTDIR' || reason === 'ENOENT') return { files: [], strays: [], ignored: [] };
    return {
      files: [],
      strays: [],
      ignored: [],
      problem: { code: 'file-unreadable', id: 'workspace.monitoringUnreadable', args: { reason }, hintId: 'file.unreadable.hint' },
    };
  }
  const byYear = new Map<string, string[]>();
  const strays: string[] = [];
  for (const name of names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name.startsWith('.') || !/\.ya?ml$/i.test(name)) continue;
    const year = /^(\d{4})\.ya?ml$/i.exec(name)?.[1];
    if (year === undefined) {
      strays.push(`monitoring/${name}`);
      continue;
    }
    const list = byYear.get(year) ?? [];
    list.push(name);
    byYear.set(year, list);
  }
  const files: string[] = [];
  const ignored: InputFiles['ignored'] = [];
  for (const year of [...byYear.keys()].sort()) {
    // `.yaml` before `.yml`, then code-unit order (`2027.YAML` on a case-sensitive disk)
    const [used, ...others] = byYear.get(year)!.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    files.push(`monitoring/${used}`);
    for (const other of others) ignored.push({ file: `monitoring/${other}`, used: `monitoring/${used}` });
  }
  return { files, strays, ignored };
}

function rank(name: string): number {
  return name.endsWith('.yaml') ? 0 : name.endsWith('.yml') ? 1 : 2;
}

/** Every name in `dir`, whatever it is, with whether it is a symbolic link. No stat per name. */
async function listNames(dir: string): Promise<Map<string, boolean>> {
  const names = new Map<string, boolean>();
  for (const entry of await readdir(dir, { withFileTypes: true })) names.set(entry.name, entry.isSymbolicLink());
  return names;
}

async function isFolder(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/**
 * Why `dir` cannot be a workspace, in the words that fit: it does not exist, it is a file (or a
 * FIFO, socket or device), a link to nothing or a loop of links, or it cannot be read. Before,
 * each of these was "The folder … does not exist".
 */
export async function folderProblem(dir: string): Promise<FileProblem | undefined> {
  let st;
  try {
    st = await stat(dir);
  } catch (err) {
    const reason = reasonOf(err);
    if (reason === 'ENOENT' || reason === 'ENOTDIR') {
      const link = await lstat(dir).then((s) => s.isSymbolicLink(), () => false);
      return link ? notAFolder('workspace.brokenLink') : { code: 'no-workspace', id: 'workspace.notFound', hintId: 'workspace.noPlan.hint' };
    }
    if (reason === 'ELOOP') return notAFolder('workspace.linkLoop');
    return { code: 'file-unreadable', id: 'workspace.unreadable', args: { reason }, hintId: 'file.unreadable.hint' };
  }
  if (st.isDirectory()) return undefined;
  if (st.isFile()) return notAFolder('workspace.isFile');
  if (st.isFIFO()) return notAFolder('workspace.isFifo');
  if (st.isSocket()) return notAFolder('workspace.isSocket');
  return notAFolder('workspace.isDevice');
}

function notAFolder(id: MessageId): FileProblem {
  return { code: 'not-a-folder', id, hintId: 'workspace.notFolder.hint' };
}
