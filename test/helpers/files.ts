import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every `.md` file below `dir`, depth first. */
export function mdFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...mdFiles(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}
