// A TypeScript module of the sources, imported by a build script: esbuild bundles it into
// node_modules/.cache (packages stay external, so they are the project's own — the generators
// walk the very zod the schemas are made of), the bundle is imported, then removed.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The module `entry` (a path below the repository) with its exports. */
export async function importTs(entry) {
  const dir = path.join(root, 'node_modules', '.cache', 'lnhs-build');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(entry, '.ts')}-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [path.join(root, entry)],
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}
