// The Markdown fast path (src/render/markdown-lite.ts, issue 7) must give exactly the HTML and
// headings of the marked path wherever it does not give up, and it must not give up on the
// documents our templates write: checked on the Markdown that `render` converts for the example
// in fi, sv and en (the HTML views, with their trend-line fragments), the golden documents, and
// many seeded random documents made of the subset's blocks and of hostile pieces.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/model/types.js';
import { prepareWorkspace } from '../../src/pipeline.js';
import { render } from '../../src/render/index.js';
import { documentState, slugify } from '../../src/render/house-style.js';
import type { MarkdownOptions, MarkdownResult } from '../../src/render/markdown.js';
import { markdownLite } from '../../src/render/markdown-lite.js';
import { mdFiles } from '../helpers/files.js';
import { rng } from '../helpers/rng.js';

// Every Markdown text that `render` converts to HTML, as it was passed.
const converted = vi.hoisted(() => [] as { markdown: string; options: MarkdownOptions }[]);
vi.mock('../../src/render/markdown.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/markdown.js')>();
  return {
    ...actual,
    markdownToHtml(markdown: string, options: MarkdownOptions = {}) {
      converted.push({ markdown, options });
      return actual.markdownToHtml(markdown, options);
    },
  };
});
const { markdownToHtml } = await vi.importActual<typeof import('../../src/render/markdown.js')>('../../src/render/markdown.js');

const root = path.resolve(import.meta.dirname, '..', '..');
const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** The state markdownToHtml makes for a document (the same id allocation). */

/** The fast path's result, or undefined where it gives up. */
function lite(markdown: string, options: MarkdownOptions): MarkdownResult | undefined {
  const state = documentState(options.fragments ?? [], options.reservedIds ?? []);
  const html = markdownLite(markdown, state);
  return html === undefined ? undefined : { html, headings: state.headings };
}

function viaMarked(markdown: string, options: MarkdownOptions): MarkdownResult {
  return markdownToHtml(markdown, { ...options, engine: 'marked' });
}


/** plans/example, in another language through a copy (as test/golden does). */
function exampleIn(lang: Lang): string {
  const example = path.join(root, 'plans', 'example');
  if (lang === 'fi') return example;
  const dir = mkdtempSync(path.join(os.tmpdir(), `lnhs-lite-${lang}-`));
  temp.push(dir);
  cpSync(example, dir, { recursive: true, filter: (src) => path.basename(src) !== 'out' });
  const planFile = path.join(dir, 'plan.yaml');
  writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^language: *fi *$/m, `language: ${lang}`));
  return dir;
}

describe('the Markdown fast path on our own documents', () => {
  it.each(['fi', 'sv', 'en'] as const)('takes every document of the example in %s, with marked\'s HTML', async (lang) => {
    converted.length = 0;
    const prepared = await prepareWorkspace(exampleIn(lang));
    const { files, diagnostics } = await render(prepared.merged!, { formats: ['md', 'html'] });
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.name)).toContain('plan.html');
    // the plan (with the indicators' trend lines) and the agenda
    expect(converted).toHaveLength(2);
    expect(converted.some((c) => (c.options.fragments ?? []).length > 0)).toBe(true);
    for (const { markdown, options } of converted) {
      const fast = lite(markdown, options);
      expect(fast, `the fast path gave up on:\n${markdown}`).toBeDefined();
      expect(fast).toEqual(viaMarked(markdown, options));
      expect(markdownToHtml(markdown, options)).toEqual(fast);
    }
  });

  it('takes the golden documents, with marked\'s HTML', () => {
    const files = mdFiles(path.join(root, 'test', 'golden'));
    expect(files.length).toBe(9);
    for (const file of files) {
      const markdown = readFileSync(file, 'utf8');
      const options = { reservedIds: ['main', 'toc'] };
      const fast = lite(markdown, options);
      expect(fast, file).toBeDefined();
      expect(fast, file).toEqual(viaMarked(markdown, options));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random documents

const FRAGMENTS = ['<svg id="f0"><title>a &amp; b</title></svg>', '<span>f1</span>'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const WORDS = [
  'Järvilahti', 'lapset', 'nuoret', 'perheet', 'hyvinvointi', 'koulu', 'äiti', 'ÖLJY', 'a', 'b', 'x', 'yö', 'ja', 'Åbo',
  '2\u00a0900', '8.', '1–7', '10', '2027–2030', 'e-urheilu', '-psykologin', 'Ω', '中文', '😀', 'é', 'ﬁ', 'Σ', 'naïve',
];
const PUNCT = ['.', ',', ':', ';', '!', '?', '(', ')', '"', "'", '–', '—', '§', '%', '&', '>', '|', '#', '/', '-', '+', '=', '$', '€', '…', '«', '»', '„'];
const ESCAPES = ['\\*', '\\_', '\\[', '\\]', '\\&', '\\<', '\\>', '\\\\', '\\|', '\\!', '\\`', '\\#', '\\-', '\\.', '\\a', '\\ä', '\\'];
const DELIMS = ['*', '**', '***', '_', '__', '* ', ' *', '** ', ' **'];
const LINKS = [
  '[linkki](https://example.org/a_b?c=1&d=2)', '[Lisätietoa](https://okm.fi/harrastamisen-suomen-malli)', '[x](mailto:a@b.fi)',
  '[x](javascript:alert)', '[x](/rel/path)', '[x](HTTPS://EXAMPLE.ORG)', '[x]( https://a.fi )', '[x](https://a.fi "t")',
  '[x](https://a.fi/(b))', '[x]', '[x][y]', '[]', '[](https://a.fi)', '![kuva](https://a.fi/k.png)', '[*em*](https://a.fi)',
  '[**s** t](https://a.fi)', '[a [b]](https://a.fi)', '[a\\]b](https://a.fi)', '[a](<https://a.fi>)', '[a](https://a.fi\\))',
  '[a](https://a.fi)x', '[a & "b"](https://a.fi/?q=\'x\')', '[a](https://a.fi/*x*)', '[\uE0000\uE001](https://a.fi)',
];
const AUTOLINKISH = ['https://example.org', 'www.example.org', 'WWW.x.fi', 'a@b.fi', 'mailto:x', 'http:/x', 'ftp://x', '<https://a.fi>', '<a@b.fi>'];
const FRAGMENT_PIECES = ['\uE0000\uE001', '\uE0001\uE001', '\uE0009\uE001', '\uE000x', '\uE001', '\uE000'];
const ENTITIES = ['&amp;', '&#39;', '&#x41;', '& ', 'R&D', '&copy', '&copy;', '&;', '&#;'];
const OTHER_HOSTILE = ['`koodi`', '~~del~~', '~x~', '<b>x</b>', '<br>', 'a<b', '\u00a0', '\t', '\r', '\u2028', '\u0085', '\uFEFF'];

/** How a document's inline text is made: each a probability. */
interface Mix {
  /** a piece outside the subset */
  hostility: number;
  /** two pieces without a space between them (punctuation hard against emphasis…) */
  adjacency: number;
  /** emphasis around a few pieces */
  emphasis: number;
}

function piece(random: () => number, mix: Mix, depth = 0): string {
  if (random() < mix.hostility) {
    return pick(random, pick(random, [AUTOLINKISH, FRAGMENT_PIECES, ENTITIES, OTHER_HOSTILE, DELIMS, LINKS, ESCAPES]));
  }
  // emphasis around a short text, nested now and then
  if (random() < (depth === 0 ? mix.emphasis : mix.emphasis / 10)) {
    const d = random() < 0.5 ? '*' : '**';
    return d + inlineText(random, mix, 1 + Math.floor(random() * 3), depth + 1) + d;
  }
  const s = random();
  if (s < 0.6) return pick(random, WORDS);
  if (s < 0.8) return pick(random, PUNCT);
  if (s < 0.88) return pick(random, ESCAPES.slice(0, 15));
  if (s < 0.93) return pick(random, LINKS.slice(0, 3));
  if (s < 0.96) return pick(random, FRAGMENT_PIECES.slice(0, 2));
  return pick(random, ['&', 'R&D', '& ', '"x"', "'y'"]);
}

function inlineText(random: () => number, mix: Mix, count: number, depth = 0): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    if (i > 0 && random() >= mix.adjacency) out += ' ';
    out += piece(random, mix, depth);
  }
  return out;
}

const HEADING_TEXTS = ['Vahvuudet', 'Uhat', 'Sisältö', 'content', 'main', 'Ääni ja *vire*', '**Tiivistelmä**'];

/** One block of a document (its lines), from the subset or just outside it. */
function block(random: () => number, mix: Mix): string {
  const { hostility } = mix;
  // most lines of prose start with a word, as the templates' lines do
  const line = (count = 1 + Math.floor(random() * 6)) =>
    (random() < 0.8 ? pick(random, WORDS.slice(0, 12)) + ' ' : '') + inlineText(random, mix, count);
  const r = random();
  if (r < 0.15) {
    const level = random() < 0.03 ? 7 : 1 + Math.floor(random() * 6);
    // duplicate texts, to check the ids
    const text = random() < 0.4 ? pick(random, HEADING_TEXTS) : line();
    const tail = random() < hostility ? pick(random, [' #', ' ##', '  ', ' ']) : '';
    return `${'#'.repeat(level)}${random() < hostility ? '  ' : ' '}${text}${tail}`;
  }
  if (r < 0.35) {
    const lines: string[] = [];
    const items = 1 + Math.floor(random() * 4);
    for (let i = 0; i < items; i++) {
      const bullet = random() < hostility ? pick(random, ['-  ', '-', '* ', '+ ', '1. ', '  - ', '- [ ] ', '- - ']) : '- ';
      lines.push(bullet + line());
      if (random() < 0.2) lines.push((random() < hostility ? pick(random, ['   ', ' ', '    ']) : '  ') + line());
      if (random() < hostility) lines.push('');
    }
    return lines.join('\n');
  }
  if (r < 0.45) {
    const n = 1 + Math.floor(random() * 2);
    return Array.from({ length: n }, (_, i) => (i > 0 && random() < hostility ? '' : random() < hostility ? '>' : '> ') + line()).join('\n');
  }
  if (r < 0.6) {
    const cols = 1 + Math.floor(random() * 4);
    const cell = () =>
      random() < 0.1 ? '' : random() < 0.15 ? pick(random, ['a \\| b', 'a \\\\| b', '\\|', 'x\\', '–', '*ei vielä toimitettu*']) : line(1 + Math.floor(random() * 3));
    const row = (n: number) => '| ' + Array.from({ length: n }, cell).join(' | ') + ' |';
    const align = () => pick(random, ['---', '--:', ':--', ':-:', '-', random() < hostility ? '--- ' : '---']);
    const count = () => (random() < hostility ? cols + pick(random, [-1, 1]) : cols);
    const lines = [row(cols), '|' + Array.from({ length: count() }, align).join('|') + '|'];
    const rows = Math.floor(random() * 4);
    for (let i = 0; i < rows; i++) lines.push(random() < hostility ? pick(random, ['plain line', 'a | b', row(cols).trimEnd().slice(0, -1)]) : row(count()));
    return lines.join('\n');
  }
  if (r < 0.66 && random() < hostility * 3) {
    return pick(random, ['---', '***', '* * *', '===', 'Otsikko\n===', 'Otsikko\n---', '```\ncode\n```', '    code', '<div>x</div>', '[ref]: https://a.fi', '1. one', '2) two', '* star', '+ plus', 'a  \nb', 'a\\\nb', '>', '-', '|', '#', '\\', ' x', 'x ', '&nbsp;']);
  }
  // a paragraph, its lines now and then broken inside emphasis
  const lines = 1 + Math.floor(random() * 3);
  return Array.from({ length: lines }, () => line())
    .join('\n')
    .replace(/ (?=\p{L})/gu, (space) => (random() < 0.05 ? '\n' : space));
}

function randomDocument(random: () => number): string {
  const mix: Mix = {
    hostility: pick(random, [0, 0, 0, 0.005, 0.02, 0.1]),
    adjacency: pick(random, [0, 0.05, 0.2, 0.5]),
    emphasis: pick(random, [0, 0.05, 0.15, 0.3]),
  };
  const blocks = 1 + Math.floor(random() * 6);
  let doc = random() < 0.05 ? '\n' : '';
  for (let i = 0; i < blocks; i++) {
    if (i > 0) doc += random() < mix.hostility ? pick(random, ['\n', '\n\n\n']) : '\n\n';
    doc += block(random, mix);
  }
  return doc + pick(random, ['', '\n', '\n', '\n\n']);
}

/** What the documents that took the fast path held: each must be common, or the test would not notice its bugs. */
const CONSTRUCTS: Record<string, RegExp> = {
  heading: /<h\d id=/,
  'duplicate heading id': /<h\d id="[^"]+-2"/,
  list: /<ul>/,
  'continued item': /<li>[^<]*\n/,
  blockquote: /<blockquote>/,
  table: /<table/,
  'aligned cell': /<td class="align-(right|center|left)"/,
  em: /<em>/,
  strong: /<strong>/,
  'emphasis inside a word': /\p{L}<(em|strong)>|<\/(em|strong)>\p{L}/u,
  'emphasis next to punctuation': /[\p{P}\p{S}]<(em|strong)>|<\/(em|strong)>[\p{P}\p{S}]/u,
  link: /<a href=/,
  fragment: /<svg id="f0">/,
  'escaped character': /&(amp|lt|gt|quot|#39);/,
  'multi-line paragraph': /<p>[^\n]*\n[^\n]*<\/p>/,
};

/** Compare the fast path with marked on `rounds` random documents. */
function compareRandom(seed: number, rounds: number): { taken: number; seen: Record<string, number> } {
  const random = rng(seed);
  let taken = 0;
  const seen: Record<string, number> = Object.fromEntries(Object.keys(CONSTRUCTS).map((k) => [k, 0]));
  for (let round = 0; round < rounds; round++) {
    const markdown = randomDocument(random);
    const options = { fragments: FRAGMENTS, reservedIds: ['main', 'content'] };
    const fast = lite(markdown, options);
    if (fast === undefined) continue;
    taken++;
    for (const [name, re] of Object.entries(CONSTRUCTS)) if (re.test(fast.html)) seen[name]!++;
    const expected = viaMarked(markdown, options);
    if (fast.html !== expected.html || JSON.stringify(fast.headings) !== JSON.stringify(expected.headings)) {
      expect({ markdown, ...fast }, `seed ${seed}, round ${round}`).toEqual({ markdown, ...expected });
    }
  }
  return { taken, seen };
}

describe('the Markdown fast path on random documents', () => {
  it('gives marked\'s HTML and headings whenever it does not give up', () => {
    const rounds = Number(process.env.LNHS_MARKDOWN_LITE_ROUNDS ?? 4000);
    const { taken, seen } = compareRandom(Number(process.env.LNHS_MARKDOWN_LITE_SEED ?? 7), rounds);
    // The generator stays mostly inside the subset: a fast path that gave up on everything, or on
    // one of its constructs, would pass the comparison.
    expect(taken / rounds).toBeGreaterThan(0.3);
    expect(taken / rounds).toBeLessThan(0.9);
    for (const [name, count] of Object.entries(seen)) expect(count / taken, name).toBeGreaterThan(0.02);
  });

  it('pairs emphasis as marked does in short runs of delimiters, punctuation and letters', () => {
    // every neighbour a delimiter run can have: letters, digits, spaces (a no-break one too),
    // ASCII and Unicode punctuation and symbols, escapes, links, fragments, line breaks
    const ALPHABET = ['a', 'ä', '1', ' ', ' ', '\u00a0', '.', '(', ')', '"', '–', '€', '😀', '\\*', '\\.', '[b](https://a.fi)', '\uE0000\uE001', '\n', '*', '**'];
    const random = rng(Number(process.env.LNHS_MARKDOWN_LITE_SEED ?? 7) + 1);
    const rounds = Number(process.env.LNHS_MARKDOWN_LITE_ROUNDS ?? 4000);
    const run = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(random, ALPHABET)).join('');
    let taken = 0;
    let emphasis = 0;
    for (let round = 0; round < rounds; round++) {
      // a pair of delimiter runs, with anything around and between them
      const d = pick(random, ['*', '**']);
      const text = `x ${run(3)}${d}${run(3) || 'b'}${d}${run(3)} y`;
      const markdown = pick(random, ['', '- ', '# ', '> ']) + text;
      const fast = lite(markdown, { fragments: FRAGMENTS });
      if (fast === undefined) continue;
      taken++;
      if (/<(em|strong)>/.test(fast.html)) emphasis++;
      expect(fast, JSON.stringify(markdown)).toEqual(viaMarked(markdown, { fragments: FRAGMENTS }));
    }
    expect(taken / rounds).toBeGreaterThan(0.15);
    expect(emphasis / taken).toBeGreaterThan(0.3);
  });

  it('gives up on what is outside the subset', () => {
    const outside = [
      '`code`', '~~del~~', '_em_', '<b>x</b>', 'see https://a.fi', 'www.a.fi', 'a@b.fi', '![a](https://a.fi/a.png)', '[ref]', 'a  \nb',
      'a\\\nb', '&amp;', '&#39;', 'x\ty', 'x\r\ny', '***x***', '*a **b** c*', '* item', '1. item', '---', 'Otsikko\n===', '    code',
      '- a\n\n- b', '- a\n  - b', '- a\nb', '> a\nb', 'a\n- b', '| a |\n|---|---|', '# a #', '[a](https://a.fi "t")', '*a *', '* a*',
      'a\n1. b', '- a\n  1. b', '8. a', '- 8. a', 'a\n\n-\n', '\u2028', 'a*.b*',
    ];
    for (const markdown of outside) expect(lite(markdown, {}), JSON.stringify(markdown)).toBeUndefined();
    // and takes the edges of the subset
    for (const markdown of ['', '\n\n', 'a\n9. b', '-x', '+358 40', '- a\n  9. b', '## a\n- b\n\n| c |\n|:-:|', '> a\n> 9. b']) {
      expect(lite(markdown, {}), JSON.stringify(markdown)).toEqual(viaMarked(markdown, {}));
    }
  });
});
