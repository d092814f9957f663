// `lnhs schema [name] [--out DIR]`: the JSON Schemas, generated from the validator's own schemas.
import { writeOutputs } from '../../output/write.js';
import path from 'node:path';
import { load as jsonSchemaModule } from '../../lazy/json-schema.js';
import { UsageError, type CommandContext } from '../context.js';

const NAMES = ['plan', 'board', 'meeting', 'indicators', 'monitoring'] as const;
type SchemaName = (typeof NAMES)[number];

export async function schemaCommand(name: string | undefined, options: { out?: string }, ctx: CommandContext): Promise<number> {
  if (name !== undefined && !(NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown schema "${name}"; use one of ${NAMES.join(', ')}`);
  }
  const schemas = jsonSchemaModule().jsonSchemas();
  const chosen: SchemaName[] = name ? [name as SchemaName] : [...NAMES];
  if (options.out !== undefined) {
    if (options.out.trim() === '') throw new UsageError('--out needs a folder; an empty one is not the current folder');
    const outDir = ctx.resolve(options.out);
    // all schemas or none, never through a planted link (issue 12); errors are one line, exit 1
    const written = await writeOutputs(
      outDir,
      chosen.map((n) => ({ name: `${n}.schema.json`, content: JSON.stringify(schemas[n], null, 2) + '\n' })),
      { allowLinkedRoot: true },
    );
    for (const file of written) ctx.progress(path.relative(ctx.io.cwd, file));
    return 0;
  }
  const data = chosen.length === 1 ? schemas[chosen[0]!] : Object.fromEntries(chosen.map((n) => [n, schemas[n]]));
  ctx.out(JSON.stringify(data, null, 2));
  return 0;
}
