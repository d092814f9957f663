// The JSON Schemas (`lnhs schema`), loaded on first use: made from the zod schemas, they are
// needed only by `lnhs schema` (issue 7). The shape of this file is fixed: see marked.ts.
import * as mod from '../model/json-schema.js';

export type Module = typeof mod;

export function load(): Module {
  return mod;
}
