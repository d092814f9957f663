// The JSON Schemas (`lnhs schema`), loaded on first use: they are made from the zod schemas, and
// zod is otherwise needed only for a file that fails the generated checks (issue 7). The shape of
// this file is fixed: see marked.ts.
import * as mod from '../model/json-schema.js';

export type Module = typeof mod;

export function load(): Module {
  return mod;
}
