// The fast path's position tree (fast-yaml.ts): each value's start offset, and for a mapping the
// offset of each key. Far smaller than yaml's syntax tree, which at 50 boards × 1,000 items was
// most of the memory (issue 7).
import type { DataPath, NodePositions } from './positions.js';

/** Where a value is written: a scalar's start offset, or a collection with its entries. */
export type PosNode = number | PosMap | PosSeq;

export interface PosEntry {
  /** offset of the key */
  key: number;
  value: PosNode;
}

// Told apart by `kind`, not `instanceof`: the command line's bundles each have their own copy of
// these classes (scripts/build.mjs) and may read trees made by another.
export class PosMap {
  readonly kind = 'map';
  readonly entries = new Map<string, PosEntry>();
  constructor(readonly start: number) {}
}

export class PosSeq {
  readonly kind = 'seq';
  readonly items: PosNode[] = [];
  constructor(readonly start: number) {}
}

const isPosMap = (node: PosNode | undefined): node is PosMap => typeof node === 'object' && node.kind === 'map';
const isPosSeq = (node: PosNode | undefined): node is PosSeq => typeof node === 'object' && node.kind === 'seq';

/** `NodePositions` of a file read by the fast path. */
export class TreePositions implements NodePositions {
  constructor(private readonly root: PosMap) {}

  offsetOf(path: DataPath, which: 'key' | 'value'): number {
    let node: PosNode | undefined = this.root;
    let best = this.root.start;
    for (const segment of path) {
      let next: PosNode | undefined;
      let keyStart: number | undefined;
      if (isPosMap(node)) {
        const entry = node.entries.get(String(segment));
        if (entry) {
          next = entry.value;
          keyStart = entry.key;
        }
      } else if (isPosSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined) break;
      node = next;
      const valueStart = typeof next === 'number' ? next : next.start;
      best = which === 'key' ? (keyStart ?? valueStart) : valueStart;
    }
    return best;
  }

  keysOf(path: DataPath): string[] | undefined {
    let node: PosNode | undefined = this.root;
    for (const segment of path) {
      if (isPosMap(node)) node = node.entries.get(String(segment))?.value;
      else if (isPosSeq(node) && typeof segment === 'number') node = node.items[segment];
      else return undefined;
    }
    return isPosMap(node) ? [...node.entries.keys()] : undefined;
  }
}
