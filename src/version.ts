// The version of the lnhs package this code runs from: `--version`, and the versioned `$id` URL
// of each JSON Schema (issue 13 item 2). Read from package.json by walking up, so it does not
// depend on how the code was bundled (dist/cli.cjs, dist/index.js, src/ under vitest).
import { createRequire } from 'node:module';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(rel) as { name?: string; version?: string };
      if (pkg.name === 'lnhs' && pkg.version) return (cached = pkg.version);
    } catch {
      /* try the next */
    }
  }
  return '0.0.0';
}
