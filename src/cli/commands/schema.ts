// `lnhs schema [name] [--out DIR]`: the JSON Schemas, generated from the validator's own schemas.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load as jsonSchemaModule } from '../../lazy/json-schema.js';
import { UsageError, type CommandContext } from '../context.js';

const NAMES = ['plan', 'board', 'meeting', 'indicators'] as const;
type SchemaName = (typeof NAMES)[number];

export async function schemaCommand(name: string | undefined, options: { out?: string }, ctx: CommandContext): Promise<number> {
  if (name !== undefined && !(NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown schema "${name}"; use one of ${NAMES.join(', ')}`);
  }
  const schemas = jsonSchemaModule().jsonSchemas();
  const chosen: SchemaName[] = name ? [name as SchemaName] : [...NAMES];
  if (options.out) {
    const outDir = ctx.resolve(options.out);
    await mkdir(outDir, { recursive: true });
    for (const n of chosen) {
      const file = path.join(outDir, `${n}.schema.json`);
      await writeFile(file, JSON.stringify(schemas[n], null, 2) + '\n');
      ctx.progress(path.relative(ctx.io.cwd, file));
    }
    return 0;
  }
  const data = chosen.length === 1 ? schemas[chosen[0]!] : Object.fromEntries(chosen.map((n) => [n, schemas[n]]));
  ctx.out(JSON.stringify(data, null, 2));
  return 0;
}
