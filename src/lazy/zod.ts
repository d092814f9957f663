// zod and the schemas of model/schema.ts, loaded on first use: commands that validate nothing
// (`--help`, `init`) never need them, and building zod's schemas is 12–20 ms of a cold start
// (issue 7). The shape of this file is fixed: see marked.ts.
import * as mod from '../validate/schema-check.js';

export type Module = typeof mod;

export function load(): Module {
  return mod;
}
