// `testdir({...})`, after changesets' helper: a temporary folder with the given files (text or
// bytes; folders are created as needed), removed when the test process ends.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created: string[] = [];
let hooked = false;

export function testdir(files: Record<string, string | Buffer | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lnhs-test-'));
  created.push(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const d of created) rmSync(d, { recursive: true, force: true });
    });
  }
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    if (rel.endsWith('/')) continue;
    writeFileSync(file, content);
  }
  return dir;
}
