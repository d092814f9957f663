// Writes src/model/fast-schema.generated.ts, the zod-free fast path of validation (issue 7), from
// the zod schemas of src/model/schema.ts through src/model/fast-schema-gen.ts. The generator is
// TypeScript, so it is bundled with esbuild into node_modules/.cache first (as scripts/build.mjs
// does with the template precompiler); zod stays external, so the generator walks the very zod
// that the schemas are made of.
// Usage: node scripts/gen-fast-schema.mjs [--check]   (--check: exit 1 when the file is stale)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src/model/fast-schema.generated.ts');
const dir = path.join(root, 'node_modules/.cache/lnhs-gen');
mkdirSync(dir, { recursive: true });
const outfile = path.join(dir, `fast-schema-gen-${process.pid}.mjs`);
let text;
try {
  await build({
    entryPoints: [path.join(root, 'src/model/fast-schema-gen.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { generateModule } = await import(pathToFileURL(outfile).href);
  text = generateModule();
} finally {
  rmSync(outfile, { force: true });
}

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
