// Every temporary folder of a test run goes under one folder, removed when the run ends: the
// test files make hundreds of workspaces (os.tmpdir() reads TMPDIR, which the worker processes
// inherit), and an exit hook in a worker is not reliable enough to clean them up one by one.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lnhs-vitest-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
