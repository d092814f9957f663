// Writing user-given values into the YAML text that `init` builds from templates. The files are
// text, not the output of a YAML stringifier, so that every comment sits where a board
// secretary needs it; values are therefore quoted here, by hand and conservatively.
import { parse } from 'yaml';

// Letters, digits and a few harmless marks, starting with a letter or digit: such a value is a
// plain scalar in block context, e.g. `Kunnantalo, valtuustosali` or `Kulttuuri- ja vapaa-aikalautakunta`.
// ’ and – escaped (\u2019, \u2013): the bundles stay ASCII (scripts/build.mjs)
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,()/'\u2019\u2013-]*$/u;

/**
 * `value` as a YAML scalar that reads back as exactly `value`: plain when that is safe,
 * otherwise a double-quoted string. JSON's string syntax is a subset of YAML's double-quoted
 * style; the characters YAML wants escaped beyond JSON's (DEL, C1 controls, U+2028/2029,
 * U+FEFF) are escaped too.
 */
export function yamlScalar(value: string): string {
  if (PLAIN.test(value) && !/\s$/.test(value) && readsBackAsString(value)) return value;
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// `true`, `null`, `2027`, and under YAML 1.1 (still used by some editors) `yes`, `no`, `on` …
function readsBackAsString(value: string): boolean {
  try {
    return parse(value) === value && parse(value, { version: '1.1' }) === value;
  } catch {
    return false;
  }
}

/** A comment block: each line prefixed with `# ` (or `#` alone when empty), at `indent`. */
export function comment(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((line) => (line ? `${indent}# ${line}` : `${indent}#`))
    .join('\n');
}
