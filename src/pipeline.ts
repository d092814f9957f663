// The main path as one function for commands that need a merged plan: load → validate → merge.
// Stages stay separate modules; this only strings them together and collects diagnostics.
import type { Diagnostic } from './diagnostics.js';
import type { MergedPlan, WorkspaceModel } from './model/types.js';
import type { LoadedWorkspace } from './workspace/types.js';
import { loadWorkspace, type LoadOptions } from './workspace/load.js';
import { validate } from './validate/index.js';
import { merge } from './merge/index.js';

export interface Prepared {
  loaded: LoadedWorkspace;
  /** present when validation found no errors */
  model?: WorkspaceModel;
  merged?: MergedPlan;
  diagnostics: Diagnostic[];
}

export async function prepareWorkspace(dir: string, options: LoadOptions = {}): Promise<Prepared> {
  const loaded = await loadWorkspace(dir, options);
  const { model, diagnostics } = validate(loaded);
  if (!model) return { loaded, diagnostics };
  return { loaded, model, merged: merge(model), diagnostics };
}
