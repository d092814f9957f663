// JSON Schemas of the four input files, generated from the zod schemas (one source). Editors with
// the YAML language server show `markdownDescription` (Finnish first, English below) on hover.
import * as z from 'zod';
import { DESCRIPTIONS, SCHEMAS } from './schema.js';

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES: readonly SchemaName[] = ['plan', 'board', 'meeting', 'indicators'];

const TITLES: Record<SchemaName, string> = {
  plan: 'lnhs plan.yaml',
  board: 'lnhs boards/<id>.yaml',
  meeting: 'lnhs meeting.yaml',
  indicators: 'lnhs indicators.yaml',
};

/** The file name each schema is published under, e.g. `board.schema.json`. */
export function schemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const generated = z.toJSONSchema(SCHEMAS[name], {
    target: 'draft-2020-12',
    // the files people write, so defaults make a key optional
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      const schema = ctx.jsonSchema as Record<string, unknown>;
      const description = schema.description;
      if (typeof description === 'string') {
        const both = DESCRIPTIONS.get(description);
        schema.markdownDescription = both ? `${both.fi}\n\n*${both.en}*` : description;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `urn:lnhs:schema:${name}`, title: TITLES[name], ...rest };
}

/** All four schemas, keyed by name. */
export function jsonSchemas(): Record<SchemaName, object> {
  return {
    plan: jsonSchema('plan'),
    board: jsonSchema('board'),
    meeting: jsonSchema('meeting'),
    indicators: jsonSchema('indicators'),
  };
}

/** A schema as written to schema/*.json: two-space JSON with a final newline. */
export function serializeSchema(schema: object): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
