#!/usr/bin/env node
// Thin entry point: everything else lives in src/cli/main.ts so the CLI runs in-process in tests.
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
