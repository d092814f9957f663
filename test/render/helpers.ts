// Small helpers for the render tests.
import type { OutputFile } from '../../src/model/types.js';

export function file(files: readonly OutputFile[], name: string): string {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} among ${files.map((x) => x.name).join(', ')}`);
  return typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content);
}

/** The lines of a Markdown document that start a list item. */
export function listLines(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('- '));
}

/** The Markdown between heading `title` (any level) and the next heading of the same or a higher level. */
export function sectionOf(md: string, title: string): string {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, '') === title);
  if (start < 0) throw new Error(`no heading "${title}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
