// Positions of a file that left the fast path and was parsed by `yaml`: read from its Document's
// node ranges. `yaml` is already loaded whenever one of these exists.
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { load as yaml } from '../lazy/yaml.js';
import type { DataPath, NodePositions } from './positions.js';

/** `NodePositions` of a yaml Document. Documents are not changed after parsing, so the indexes stay right. */
export class DocumentPositions implements NodePositions {
  /**
   * A mapping's entries by key, the first entry of each key, built once per mapping: a file with
   * thousands of unknown keys asks for each of them, and scanning the mapping every time made
   * that quadratic (minutes; issue 5).
   */
  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(private readonly doc: Document.Parsed) {}

  /** The walk of `doc.getIn(path, true)`, done by hand to keep each mapping entry's key node. */
  offsetOf(path: DataPath, which: 'key' | 'value'): number {
    const { isAlias, isMap, isSeq } = yaml();
    let node: unknown = this.doc.contents;
    let best = startOf(node);
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.doc);
      let next: unknown;
      let nextKey: YamlNode | undefined;
      if (isMap(node)) {
        const pair = this.pairsByKey(node).get(String(segment));
        if (pair) {
          next = pair.value;
          nextKey = pair.key as YamlNode;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined && !nextKey) break;
      node = next;
      const keyStart = startOf(nextKey);
      const valueStart = startOf(next);
      best = which === 'key' ? (keyStart ?? valueStart ?? best) : (valueStart ?? keyStart ?? best);
    }
    return best ?? 0;
  }

  keysOf(path: DataPath): string[] | undefined {
    const { isMap, isScalar } = yaml();
    const node = this.doc.getIn(path, true);
    // only a mapping has keys (a list once gave one "undefined" per item: found by comparing
    // with the fast path's tree, issue 17)
    if (!isMap(node)) return undefined;
    return node.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
  }

  private pairsByKey(map: YAMLMap): Map<string, Pair> {
    let index = this.pairIndex.get(map);
    if (!index) {
      const { isPair, isScalar } = yaml();
      index = new Map();
      for (const p of map.items) {
        if (!isPair(p)) continue;
        const value = isScalar(p.key) ? p.key.value : p.key;
        if (value === null || value === undefined) continue;
        const name = String(value);
        if (!index.has(name)) index.set(name, p as Pair);
      }
      this.pairIndex.set(map, index);
    }
    return index;
  }
}

function startOf(n: unknown): number | undefined {
  const range = (n as YamlNode | null | undefined)?.range;
  return range ? range[0] : undefined;
}
