// What `init`, `board add` and `indicators import` write after `$schema=` (issue 13 item 2):
// by default the schema's published, versioned URL, which works wherever the file travels;
// with `--schema local` the relative path to this install's schema/ folder (issue 4 item 6),
// for a workspace that stays beside the checkout or must work offline.
import { schemaUrl } from '../model/schema-url.js';
import { packageVersion } from '../version.js';
import { schemaRefs } from './files.js';
import type { SchemaRef } from './scaffold.js';

export type SchemaOption = 'url' | 'local';

export const SCHEMA_OPTIONS: readonly SchemaOption[] = ['url', 'local'];

export function schemaRefFor(workspaceDir: string, option: SchemaOption = 'url'): SchemaRef {
  if (option === 'local') return schemaRefs(workspaceDir);
  const version = packageVersion();
  return (_rel, name) => schemaUrl(name, version);
}
