// Adding a board to meeting.yaml, or taking it out, for `lnhs board add|remove` (issue 13
// item 6), without touching anything else in the file: comments, blank lines, quoting and the
// order of keys stay as the coordinator wrote them. yaml's Document API keeps comments, but
// printing a document again still re-flows long texts and re-indents lists; so the edit is made
// on the text itself, at the places the parsed document gives, and then checked by parsing the
// result: if it does not hold exactly the intended data, nothing is changed.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';

export interface MeetingEdit {
  /** the new text of meeting.yaml; equal to the old one when there was nothing to change */
  text: string;
  /** what was done, for the message: `boards`, `sections` */
  changed: ('boards' | 'sections')[];
  /** the § number given to an added board in `sections` (a guess to be checked) */
  section?: number;
  /** lines of `items[].boards` that still name a removed board */
  itemLines: number[];
}

export class MeetingEditError extends Error {}

const PARSE = { schema: 'core', uniqueKeys: false, merge: false } as const;

function parse(text: string): { doc: Document.Parsed; lc: LineCounter } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { ...PARSE, lineCounter: lc });
  if (doc.errors.length > 0) throw new MeetingEditError(doc.errors[0]!.message);
  return { doc, lc };
}

/** Add board `id` to `boards` and `sections` where the file lists them. */
export function addBoardToMeeting(text: string, id: string): MeetingEdit {
  const { doc } = parse(text);
  const edit: MeetingEdit = { text, changed: [], itemLines: [] };
  const before = doc.toJS() as Record<string, unknown> | null;
  if (!isMap(doc.contents)) return edit;
  const expected = structuredClone(before ?? {}) as Record<string, unknown>;

  const boards = doc.contents.get('boards', true);
  if (isSeq(boards) && !boards.items.some((item) => isScalar(item) && item.value === id)) {
    edit.text = appendToSeq(edit.text, boards as unknown as SeqLike, id);
    (expected.boards as unknown[]).push(id);
    edit.changed.push('boards');
  }
  const sections = doc.contents.get('sections', true);
  if (isMap(sections) && !sections.items.some((p) => isScalar(p.key) && p.key.value === id)) {
    const numbers = sections.items.map((p) => (isScalar(p.value) && typeof p.value.value === 'number' ? p.value.value : 0));
    // a guess to be checked: the § numbers of a board run on through its year, so no number
    // can be known here; ten after the highest keeps it clear of the others
    const section = numbers.length > 0 ? numbers.reduce((a, b) => Math.max(a, b), 0) + 10 : 1;
    // positions are taken from the text as it is now, after the edit above
    const again = parse(edit.text).doc;
    const map = (again.contents as unknown as { get(k: string, keep: true): unknown }).get('sections', true) as MapLike;
    edit.text = appendToMap(edit.text, map, id, String(section));
    (expected.sections as Record<string, unknown>)[id] = section;
    edit.changed.push('sections');
    edit.section = section;
  }
  verify(edit.text, expected);
  return edit;
}

/** Remove board `id` from `boards` and `sections`; report the `items[].boards` that still name it. */
export function removeBoardFromMeeting(text: string, id: string): MeetingEdit {
  const edit: MeetingEdit = { text, changed: [], itemLines: [] };
  const first = parse(text);
  const before = first.doc.toJS() as Record<string, unknown> | null;
  if (!isMap(first.doc.contents)) return edit;
  const expected = structuredClone(before ?? {}) as Record<string, unknown>;

  const boards = first.doc.contents.get('boards', true);
  if (isSeq(boards)) {
    const at = boards.items.findIndex((item) => isScalar(item) && item.value === id);
    if (at >= 0) {
      edit.text = cut(edit.text, boards.flow === true, boards.items[at] as YamlNode, boards.items as YamlNode[], at);
      expected.boards = (expected.boards as unknown[]).filter((b) => b !== id);
      edit.changed.push('boards');
    }
  }
  const second = parse(edit.text);
  const contents = second.doc.contents as unknown as { get(k: string, keep: true): unknown };
  const sections = contents.get('sections', true);
  if (isMap(sections)) {
    const at = sections.items.findIndex((p) => isScalar(p.key) && p.key.value === id);
    if (at >= 0) {
      const pair = sections.items[at] as Pair<YamlNode, YamlNode>;
      edit.text = cutPair(edit.text, sections.flow === true, pair, sections.items as Pair<YamlNode, YamlNode>[], at);
      delete (expected.sections as Record<string, unknown>)[id];
      edit.changed.push('sections');
    }
  }
  verify(edit.text, expected);

  // items that name the board are the coordinator's to decide: an item may be for it alone
  const third = parse(edit.text);
  const items = (third.doc.contents as unknown as { get(k: string, keep: true): unknown }).get('items', true);
  if (isSeq(items)) {
    for (const item of items.items) {
      if (!isMap(item)) continue;
      const list = item.get('boards', true);
      if (!isSeq(list)) continue;
      for (const b of list.items) {
        if (isScalar(b) && b.value === id && b.range) edit.itemLines.push(third.lc.linePos(b.range[0]).line);
      }
    }
  }
  return edit;
}

// ---- text surgery -----------------------------------------------------------------------------

interface SeqLike {
  flow?: boolean;
  items: YamlNode[];
  range?: [number, number, number] | null;
}
interface MapLike {
  flow?: boolean;
  items: Pair<YamlNode, YamlNode>[];
  range?: [number, number, number] | null;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The end of the line `offset` is on, before its line break (`\n` or `\r\n`). */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end < 0) return text.length;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}
const eol = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

function appendToSeq(text: string, seq: SeqLike, value: string): string {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow) {
    // `[a, b]` → `[a, b, c]`; `[]` → `[c]`
    const close = text.lastIndexOf(']', seq.range![1]);
    if (close < 0) throw new MeetingEditError('no ]');
    return text.slice(0, close).replace(/\s*$/, '') + (last ? `, ${value}` : value) + text.slice(close).replace(/^\s*\]/, ']');
  }
  if (!last?.range) throw new MeetingEditError('empty block list');
  const start = lineStart(text, last.range[0]);
  const indent = /^([ ]*)-[ ]+/.exec(text.slice(start))?.[1];
  if (indent === undefined) throw new MeetingEditError('list item not at the start of its line');
  const end = lineEnd(text, last.range[1] > last.range[0] ? last.range[1] - 1 : last.range[0]);
  return text.slice(0, end) + `${eol(text)}${indent}- ${value}` + text.slice(end);
}

function appendToMap(text: string, map: MapLike, key: string, value: string): string {
  const last = map.items[map.items.length - 1];
  if (map.flow) {
    const close = text.lastIndexOf('}', map.range![1]);
    if (close < 0) throw new MeetingEditError('no }');
    return text.slice(0, close).replace(/\s*$/, '') + (last ? `, ${key}: ${value}` : `${key}: ${value}`) + text.slice(close).replace(/^\s*\}/, '}');
  }
  const lastKey = last?.key;
  if (!lastKey?.range) throw new MeetingEditError('empty block mapping');
  const start = lineStart(text, lastKey.range[0]);
  const indent = text.slice(start, lastKey.range[0]);
  if (!/^[ ]*$/.test(indent)) throw new MeetingEditError('key not at the start of its line');
  const valueEnd = last!.value?.range ? last!.value.range[1] : lastKey.range[1];
  const end = lineEnd(text, Math.max(lastKey.range[0], valueEnd - 1));
  return text.slice(0, end) + `${eol(text)}${indent}${key}: ${value}` + text.slice(end);
}

/** Remove list entry `at`: its whole line in a block list, the entry and one comma in a flow list. */
function cut(text: string, flow: boolean, node: YamlNode, all: YamlNode[], at: number): string {
  const [from, to] = node.range!;
  if (flow) return cutFlow(text, from, to, all.length, at);
  const start = lineStart(text, from);
  if (!/^[ ]*-[ ]*$/.test(text.slice(start, from))) throw new MeetingEditError('list item shares its line');
  return removeLines(text, start, lineEnd(text, Math.max(from, to - 1)));
}

function cutPair(text: string, flow: boolean, pair: Pair<YamlNode, YamlNode>, all: Pair<YamlNode, YamlNode>[], at: number): string {
  const from = pair.key.range![0];
  const to = pair.value?.range ? pair.value.range[1] : pair.key.range![1];
  if (flow) return cutFlow(text, from, to, all.length, at);
  const start = lineStart(text, from);
  if (!/^[ ]*$/.test(text.slice(start, from))) throw new MeetingEditError('key shares its line');
  return removeLines(text, start, lineEnd(text, Math.max(from, to - 1)));
}

function cutFlow(text: string, from: number, to: number, count: number, at: number): string {
  if (count === 1) return text.slice(0, from) + text.slice(to);
  if (at < count - 1) {
    // `a, b` → remove `a, `
    const comma = text.indexOf(',', to);
    let end = comma + 1;
    while (text[end] === ' ') end++;
    return text.slice(0, from) + text.slice(end);
  }
  // the last one: remove `, c`
  const comma = text.lastIndexOf(',', from);
  return text.slice(0, comma) + text.slice(to);
}

/** Remove the lines from `start` (a line start) to `end` (a line end), with the line break. */
function removeLines(text: string, start: number, end: number): string {
  const next = text[end] === '\n' ? end + 1 : text.startsWith('\r\n', end) ? end + 2 : end;
  return text.slice(0, start) + text.slice(next);
}

function verify(text: string, expected: unknown): void {
  const { doc } = parse(text);
  if (JSON.stringify(doc.toJS()) !== JSON.stringify(expected)) throw new MeetingEditError('the edit would change more than intended');
}
