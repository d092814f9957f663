// What the load stage hands to validation: each input file read, decoded and parsed with
// positions, plus the diagnostics of reading and parsing. No schema checks happen here.
import type { LineCounter } from './line-counter.js';
import type { Diagnostic } from '../diagnostics.js';
import type { NodePositions } from './positions.js';

export type InputKind = 'plan' | 'board' | 'meeting' | 'indicators' | 'monitoring';

export interface SourceFile {
  kind: InputKind;
  /** the path as shown to the user: the workspace dir as given, joined with `rel` */
  file: string;
  /** path inside the workspace with forward slashes: `plan.yaml`, `boards/perusturva.yaml` */
  rel: string;
  /** decoded text (BOM removed); empty when the file could not be read */
  text: string;
  lineCounter: LineCounter;
  /**
   * where each value of `data` is written (the fast path's tree or yaml's Document behind one
   * interface); absent when the file could not be read or parsed at all
   * @internal
   */
  positions?: NodePositions;
  /** plain data from the document; absent when reading or parsing failed */
  data?: unknown;
}

export interface LoadedWorkspace {
  /** the workspace folder as the user gave it */
  dir: string;
  plan?: SourceFile;
  /** in file-name order */
  boards: SourceFile[];
  meeting?: SourceFile;
  indicators?: SourceFile;
  /** monitoring/<year>.yaml in ascending year order (issue 16); absent or empty when there are none */
  monitoring?: SourceFile[];
  /** absolute path of `templates/` when the folder exists */
  templatesDir?: string;
  diagnostics: Diagnostic[];
}
