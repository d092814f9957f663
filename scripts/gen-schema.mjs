// Writes schema/{plan,board,meeting,indicators}.schema.json from the zod schemas in
// src/model/schema.ts (one source). Bundles src/model/json-schema.ts with esbuild into a
// temporary module, since the TypeScript sources cannot be imported directly.
// Usage: node scripts/gen-schema.mjs [--check]   (--check: exit 1 when a file is stale)
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lnhs-schema-'));
const check = process.argv.includes('--check');
let stale = 0;
try {
  const outfile = path.join(tmp, 'json-schema.mjs');
  await build({
    entryPoints: [path.join(root, 'src/model/json-schema.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // resolve zod from the project, not from the temporary folder
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'warning',
  });
  const { jsonSchemas, serializeSchema, schemaFileName } = await import(pathToFileURL(outfile).href);
  const outDir = path.join(root, 'schema');
  mkdirSync(outDir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const file = path.join(outDir, schemaFileName(name));
    const content = serializeSchema(schema);
    let current;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) {
      console.error(`stale: ${path.relative(root, file)}`);
      stale++;
    } else {
      writeFileSync(file, content);
      console.error(`wrote ${path.relative(root, file)}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (stale) {
  console.error('Run `node scripts/gen-schema.mjs` to regenerate the JSON Schemas.');
  process.exitCode = 1;
}
