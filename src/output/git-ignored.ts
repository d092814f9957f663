// Is the output folder ignored by git? `generate --check` compares the outputs with the files on
// disk, which makes sense where the drafts are committed; in a workspace whose out/ is ignored
// (as `lnhs init` writes it), a fresh clone in CI has no outputs, and "commit them" is the wrong
// advice (issue 13 item 8). Only the simple .gitignore lines that name a folder are understood:
// `out`, `out/`, `/out/`, `**/out`, and anchored paths such as `/plans/example/out/`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exists } from '../fs/exists.js';

/** The .gitignore that ignores `folder` (absolute), or undefined. Looks up to the git root. */
export async function gitIgnoredBy(folder: string): Promise<string | undefined> {
  const target = path.resolve(folder);
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const file = path.join(dir, '.gitignore');
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined && ignores(text, path.relative(dir, target).split(path.sep).join('/'))) return file;
    if ((await exists(path.join(dir, '.git'))) || path.dirname(dir) === dir) return undefined;
  }
}

/** Whether a .gitignore text ignores the folder at `rel` (relative to it, forward slashes). */
export function ignores(gitignore: string, rel: string): boolean {
  const name = rel.split('/').pop()!;
  let ignored = false;
  for (const raw of gitignore.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    line = line.replace(/\/+$/, '');
    let hit: boolean;
    if (line.startsWith('**/')) hit = line.slice(3) === name;
    else if (line.includes('/')) hit = line.replace(/^\//, '') === rel;
    else hit = rel.split('/').includes(line);
    if (hit) ignored = !negated;
  }
  return ignored;
}

