// JSON Schemas of the five input files, generated from the zod schemas (one source). Editors with
// the YAML language server show `markdownDescription` (Finnish first, English below) on hover.
import * as z from 'zod';
import { DESCRIPTIONS, SCHEMAS } from './schema.js';
import { forEditors } from './editor-schema.js';
import { schemaUrl } from './schema-url.js';
import { packageVersion } from '../version.js';

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES: readonly SchemaName[] = ['plan', 'board', 'meeting', 'indicators', 'monitoring'];

const TITLES: Record<SchemaName, string> = {
  plan: 'lnhs plan.yaml',
  board: 'lnhs boards/<id>.yaml',
  meeting: 'lnhs meeting.yaml',
  indicators: 'lnhs indicators.yaml',
  monitoring: 'lnhs monitoring/<year>.yaml',
};

/** The file name each schema is published under, e.g. `board.schema.json`. */
export function schemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

/**
 * The JSON Schema of one input, as editors read it (editor-schema.ts), with its published,
 * versioned URL as `$id` (issue 13 item 2): `version` defaults to this package's.
 */
export function jsonSchema(name: SchemaName, version: string = packageVersion()): Record<string, unknown> {
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
  const { $schema, ...rest } = forEditors(generated);
  return { $schema, $id: schemaUrl(name, version), ...rest, title: TITLES[name] };
}

/** All five schemas, keyed by name. */
export function jsonSchemas(version: string = packageVersion()): Record<SchemaName, object> {
  return {
    plan: jsonSchema('plan', version),
    board: jsonSchema('board', version),
    meeting: jsonSchema('meeting', version),
    indicators: jsonSchema('indicators', version),
    monitoring: jsonSchema('monitoring', version),
  };
}

/** A schema as written to schema/*.json: two-space JSON with a final newline. */
export function serializeSchema(schema: object): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
