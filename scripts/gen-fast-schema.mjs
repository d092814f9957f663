// Writes src/model/fast-schema.generated.ts, the zod-free fast path of validation (issue 7), from
// the zod schemas of src/model/schema.ts through src/model/fast-schema-gen.ts. The generator is
// TypeScript, so it is bundled first (scripts/import-ts.mjs).
// Usage: node scripts/gen-fast-schema.mjs [--check]   (--check: exit 1 when the file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src/model/fast-schema.generated.ts');
const { generateModule } = await importTs('src/model/fast-schema-gen.ts');
const text = generateModule();

let current;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = undefined;
}
const rel = path.relative(root, target);
if (current === text) {
  console.error(`${rel} is up to date`);
} else if (process.argv.includes('--check')) {
  console.error(`stale: ${rel}\nRun \`npm run gen:fast-schema\` (node scripts/gen-fast-schema.mjs) to regenerate it.`);
  process.exitCode = 1;
} else {
  writeFileSync(target, text);
  console.error(`wrote ${rel}`);
}
