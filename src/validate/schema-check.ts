// The schema check of every input file, with zod. zod's issues become the diagnostics
// (issues.ts), and what can be salvaged of the file still goes to the cross-file rules. Loaded
// through src/lazy/zod.ts, so that commands that validate nothing never load zod.
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import { SCHEMAS, type Inputs } from '../model/schema.js';
import type { InputKind, SourceFile } from '../workspace/types.js';
import { issuesToDiagnostics } from './issues.js';

type Issue = z.core.$ZodIssue;

/**
 * The file's data checked against the schema of `kind`. When it does not fit, the diagnostics are
 * pushed onto `diagnostics` and what can be salvaged is still returned (the result then never
 * becomes the model, because an error was reported).
 */
export function checkWithZod<K extends InputKind>(src: SourceFile, kind: K, diagnostics: Diagnostic[]): { value?: Inputs[K]; ok: boolean } {
  const schema: z.ZodType = SCHEMAS[kind];
  const data = src.data;
  // jitless: zod's compiled fast path costs more to generate than it saves on one pass (issue 7)
  const result = schema.safeParse(data, { jitless: true });
  if (result.success) return { value: result.data as Inputs[K], ok: true };
  // one by one: `push(...list)` overflows the stack for a file with 200 000 unknown keys (issue 5)
  for (const d of issuesToDiagnostics(src, schema, result.error.issues)) diagnostics.push(d);
  const value = salvage(schema, data, result.error.issues);
  return value === undefined ? { ok: false } : { value: value as Inputs[K], ok: false };
}

/**
 * The data with the offending keys removed, if that makes it fit the schema: an unknown key or
 * a wrong optional value must not hide the cross-file problems of the rest of the file. List
 * entries are never removed, so the positions of the remaining ones stay right.
 */
function salvage(schema: z.ZodType, data: unknown, issues: readonly Issue[]): unknown {
  let current: unknown;
  try {
    current = structuredClone(data);
  } catch {
    return undefined;
  }
  let pending = issues;
  for (let round = 0; round < 3; round++) {
    for (const issue of pending) if (!removeOffending(current, issue)) return undefined;
    const result = schema.safeParse(current);
    if (result.success) return result.data;
    pending = result.error.issues;
  }
  return undefined;
}

function removeOffending(data: unknown, issue: Issue): boolean {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const target = walk(data, path);
    if (!isRecord(target)) return false;
    for (const key of issue.keys) delete target[key];
    return true;
  }
  const last = path[path.length - 1];
  if (last === undefined || typeof last === 'number') return false;
  const parent = walk(data, path.slice(0, -1));
  if (!isRecord(parent) || !Object.hasOwn(parent, String(last))) return false;
  delete parent[String(last)];
  return true;
}

function walk(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && Object.hasOwn(node, String(segment))) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
