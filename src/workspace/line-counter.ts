// Line starts of an input file and offset → line/column, the same as yaml's `LineCounter` (which
// the parser fills when a file leaves the fast path). Ours, so that a file read by the fast path
// needs nothing from `yaml` at all (issue 7).

export class LineCounter {
  /** offsets at which lines 2, 3, … start (and 0 for line 1), ascending */
  readonly lineStarts: number[] = [];

  /** Called by the parsers in ascending order of offsets. */
  readonly addNewLine = (offset: number): number => this.lineStarts.push(offset);

  /**
   * The 1-based `{ line, col }` of `offset`, by binary search; `line` is 0 when no line start is
   * known or `offset` lies before the first (yaml's own semantics, which positions rely on).
   */
  readonly linePos = (offset: number): { line: number; col: number } => {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  };
}
