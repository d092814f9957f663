// A tab in a line's indentation (issue 13 item 4): the corrected line to write instead. YAML
// forbids tabs there, and an editor shows a tab as 4 or 8 columns, so the tab's width says
// nothing of the level meant; the level is taken from the line above, as a reader would:
// after `key:` one level deeper, an item after an item at the same place, a key after
// `- key: value` under that item's first key.
import type { MessageId } from '../messages/index.js';

/** Columns of leading white space, a tab counted as one level (two spaces). */
function width(indent: string): number {
  let w = 0;
  for (const ch of indent) w += ch === '\t' ? 2 : 1;
  return w;
}

/** The line without its leading white space and a trailing ` # comment`. */
function body(line: string): string {
  return line.trim().replace(/(^|\s)#.*$/, '').trimEnd();
}

/** The hint for the tab on line `index` (0-based) of `lines`: the line indented with spaces. */
export function tabHint(lines: readonly string[], index: number): { hintId: MessageId; hintArgs: { example: string } } {
  const line = lines[index] ?? '';
  const rest = line.replace(/^[ \t]*/, '').trimEnd();
  let expected = 0;
  for (let i = index - 1; i >= 0; i--) {
    const above = lines[i]!;
    const text = body(above);
    if (text === '') continue;
    const indent = width(/^[ \t]*/.exec(above)![0]);
    const dashes = /^(?:-[ \t]+)+/.exec(text)?.[0] ?? '';
    const content = indent + width(dashes.replace(/\t/g, ' '));
    if (text.endsWith(':')) expected = content + 2;
    else if (dashes !== '' && !rest.startsWith('-')) expected = content;
    else expected = indent;
    break;
  }
  return { hintId: 'yaml.tab.example.hint', hintArgs: { example: ' '.repeat(expected) + rest } };
}
