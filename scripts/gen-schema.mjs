// Writes schema/{plan,board,meeting,indicators}.schema.json from the zod schemas in
// src/model/schema.ts (one source), through src/model/json-schema.ts (scripts/import-ts.mjs
// bundles it, since the TypeScript sources cannot be imported directly).
// Usage: node scripts/gen-schema.mjs [--check]   (--check: exit 1 when a file is stale)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let stale = 0;
const { jsonSchemas, serializeSchema, schemaFileName } = await importTs('src/model/json-schema.ts');
const outDir = path.join(root, 'schema');
mkdirSync(outDir, { recursive: true });
// the bundle runs from node_modules/.cache, where the package's own version cannot be found
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const [name, schema] of Object.entries(jsonSchemas(version))) {
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
if (stale) {
  console.error('Run `node scripts/gen-schema.mjs` to regenerate the JSON Schemas.');
  process.exitCode = 1;
}
