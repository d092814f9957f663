// zod and the schemas of model/schema.ts, loaded on first use: a file that the generated fast
// path (model/fast-schema.generated.ts) accepts never needs them, and building zod's schemas was
// 15–20 ms of a cold `lnhs validate` (issue 7). The shape of this file is fixed: see marked.ts.
import * as mod from '../validate/zod-check.js';

export type Module = typeof mod;

export function load(): Module {
  return mod;
}
