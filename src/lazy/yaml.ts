// yaml, loaded on first use: the fast path of workspace/fast-yaml.ts reads plain block YAML on
// its own, so `yaml` is needed only for a file with something unusual in it, and for writing
// YAML (issue 7). The shape of this file is fixed: see marked.ts.
import * as mod from 'yaml';

export type Module = typeof mod;

export function load(): Module {
  return mod;
}
