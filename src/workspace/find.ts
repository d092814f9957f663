// Finding a workspace's input files: plan, meeting and indicators (`.yaml`, else `.yml`), every
// YAML file in boards/, and templates/. Nothing is read here.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The input files of a workspace, as paths inside it with forward slashes. */
export interface InputFiles {
  plan?: string;
  meeting?: string;
  indicators?: string;
  /** `boards/<name>.yaml` in code-unit order of the names */
  boards: string[];
  /** whether the workspace has a templates/ folder */
  templates: boolean;
}

/** The input files of the workspace `dir`; undefined when `dir` is no folder. */
export async function findInputs(dir: string): Promise<InputFiles | undefined> {
  const top = await listDir(dir);
  if (!top) return undefined;
  const boardsDir = top.dirs.has('boards') ? await listDir(path.join(dir, 'boards')) : undefined;
  const boards = [...(boardsDir?.files ?? [])]
    .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `boards/${name}`);
  return {
    plan: pick(top.files, 'plan'),
    meeting: pick(top.files, 'meeting'),
    indicators: pick(top.files, 'indicators'),
    boards,
    templates: top.dirs.has('templates'),
  };
}

interface Listing {
  files: Set<string>;
  dirs: Set<string>;
}

/** Regular files and folders of `dir` (following symbolic links); undefined when it is no folder. */
async function listDir(dir: string): Promise<Listing | undefined> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) return undefined;
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  const files = new Set<string>();
  const dirs = new Set<string>();
  await Promise.all(
    names.map(async (name) => {
      try {
        const s = await stat(path.join(dir, name));
        if (s.isFile()) files.add(name);
        else if (s.isDirectory()) dirs.add(name);
      } catch {
        // a dangling link is no input
      }
    }),
  );
  return { files, dirs };
}

/** `name.yaml`, else `name.yml`. */
function pick(files: Set<string>, name: string): string | undefined {
  return files.has(`${name}.yaml`) ? `${name}.yaml` : files.has(`${name}.yml`) ? `${name}.yml` : undefined;
}
