// The fast path for one-line lists in the Markdown → HTML step (src/render/markdown.ts, issue 7)
// must give exactly marked's own HTML: checked on the golden documents, the example, and many
// seeded random documents made of list-like and other lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/render/markdown.js';
import { mdFiles } from '../helpers/files.js';
import { rng } from '../helpers/rng.js';

const root = path.resolve(import.meta.dirname, '..', '..');


function same(markdown: string, label: string): void {
  const fragments = ['<svg id="f0"></svg>', '<svg id="f1"></svg>'];
  // marked with the fast list tokenizer, not markdown-lite.ts (which has a test of its own)
  const fast = markdownToHtml(markdown, { fragments, reservedIds: ['main'], engine: 'marked' });
  const builtin = markdownToHtml(markdown, { fragments, reservedIds: ['main'], builtinLists: true });
  expect(fast, label).toEqual(builtin);
}


const LINES = [
  '- item', '- item — **yhteinen** (3)', '- *em* and [link](https://example.org)', '- [ ] task', '- [x] done', '-  two spaces',
  '-\ttab', '- ', '-', '- - -', '- - nested', '- # heading in item', '- > quote', '- 1. ordered', '- `code`', '- a  ', '- trailing\\',
  '  - indented', '    - deep', '  continuation', 'lazy continuation', '* star', '+ plus', '1. one', '2) two', '', '', '', '### Heading',
  '## Other', 'Paragraph text.', '> quote', '```', '~~~', '---', '***', '===', '| a | b |', '|---|---|', '<div>x</div>',
  '[ref]: https://example.org', '- [ref] link', '- Text [ref] and *em* `code` <b>x</b> [l](https://e.org) \\', '- Ääni ~~del~~ __strong__', '- \uE0000\uE001 fragment', '- ä ö', '\t- tab indented', '- item\u00a0', '- x\u2028y',
];

function randomDoc(random: () => number): string {
  const n = 1 + Math.floor(random() * 14);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    // runs of list items are the interesting case: make them likely
    if (random() < 0.4) {
      const run = 1 + Math.floor(random() * 4);
      for (let k = 0; k < run; k++) lines.push(`- item ${i}.${k}${random() < 0.2 ? ' *em*' : ''}`);
    } else lines.push(LINES[Math.floor(random() * LINES.length)]!);
  }
  return lines.join('\n') + (random() < 0.7 ? '\n' : '');
}

describe('the fast list tokenizer', () => {
  it('gives marked\'s HTML for the golden documents and the example', () => {
    const files = [...mdFiles(path.join(root, 'test', 'golden')), ...mdFiles(path.join(root, 'plans', 'example'))];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) same(readFileSync(file, 'utf8'), file);
  });

  it('gives marked\'s HTML for random documents', () => {
    const random = rng(Number(process.env.LNHS_FAST_LIST_SEED ?? 11));
    for (let round = 0; round < Number(process.env.LNHS_FAST_LIST_ROUNDS ?? 3000); round++) {
      const doc = randomDoc(random);
      same(doc, `round ${round}: ${JSON.stringify(doc)}`);
    }
  });
});
