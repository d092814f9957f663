// Where the JSON Schemas are published (issue 13 item 2): the npm package carries schema/, and
// unpkg serves every published version of it at a stable address. A board file that points
// there keeps its editor help when it is e-mailed to a secretary, where a relative path into the
// coordinator's install ("../../node_modules/lnhs/schema/…") led nowhere.
export type SchemaName = 'plan' | 'board' | 'meeting' | 'indicators' | 'monitoring';

export const SCHEMA_URL_PATTERN = /^https:\/\/unpkg\.com\/lnhs@([^/]+)\/schema\/([a-z]+)\.schema\.json$/;

/** `https://unpkg.com/lnhs@0.1.0/schema/board.schema.json` */
export function schemaUrl(name: SchemaName, version: string): string {
  return `https://unpkg.com/lnhs@${version}/schema/${name}.schema.json`;
}
