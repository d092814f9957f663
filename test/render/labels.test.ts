import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_HEADINGS } from '../../src/model/legal.js';
import { LANGS, type Lang } from '../../src/model/types.js';
import { builtinTemplatesDir, listTemplates, render } from '../../src/render/index.js';
import { LABELS, isLabelKey } from '../../src/render/labels/index.js';
import { mergedPlan } from './fixtures.js';

/** Formats whose placeholders differ by language (a month number or name, 9.00 or 09:00). */
const FORMATS: Record<string, string[]> = { 'date.format': ['d', 'm', 'y', 'monthName'], 'time.format': ['h', 'hh', 'mm'] };

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Label keys given as string literals to `t` in a template: `{{t "key"}}`, `(t "key")`. */
function templateKeys(source: string): string[] {
  const keys: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; path?: { original?: string }; params?: { type: string; value?: unknown }[] };
    if ((n.type === 'MustacheStatement' || n.type === 'SubExpression') && n.path?.original === 't') {
      const first = n.params?.[0];
      if (first?.type === 'StringLiteral') keys.push(String(first.value));
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && typeof v === 'object') walk(v);
  };
  walk(Handlebars.parse(source));
  return keys;
}

describe('label catalogues (issue 6)', () => {
  it('have the same keys and the same placeholders in every language', () => {
    const keys = Object.keys(LABELS.fi).sort();
    for (const lang of LANGS) {
      expect(Object.keys(LABELS[lang]).sort()).toEqual(keys);
      for (const key of keys.filter((k) => !FORMATS[k]))
        expect(placeholders(LABELS[lang][key as keyof typeof LABELS.fi]), `${lang} ${key}`).toEqual(
          placeholders(LABELS.fi[key as keyof typeof LABELS.fi]),
        );
    }
  });

  it('use only the placeholders format.ts fills in date and time formats', () => {
    for (const lang of LANGS)
      for (const [key, allowed] of Object.entries(FORMATS))
        for (const p of placeholders(LABELS[lang][key as keyof typeof LABELS.fi])) expect(allowed, `${lang} ${key}`).toContain(p);
  });

  it('have no empty label', () => {
    for (const lang of LANGS) for (const [key, value] of Object.entries(LABELS[lang])) expect(value, `${lang} ${key}`).not.toBe('');
  });

  it('have every key the built-in templates use', () => {
    const used = new Set<string>();
    for (const t of listTemplates()) for (const key of templateKeys(readFileSync(path.join(builtinTemplatesDir(), t.file), 'utf8'))) used.add(key);
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) expect(isLabelKey(key), key).toBe(true);
  });

  it('have twelve months and seven weekdays', () => {
    for (const lang of LANGS) {
      expect(LABELS[lang]['date.months'].split(',')).toHaveLength(12);
      expect(LABELS[lang]['date.weekdays'].split(',')).toHaveLength(7);
    }
  });
});

describe('no Finnish label is left in Swedish and English documents', () => {
  // The Finnish words of every label and legal heading that are not also in the other language's
  // catalogue and not in the fixture's own (Finnish) texts, which stay as written.
  const merged = mergedPlan({ kind: 'joint' });
  const input = JSON.stringify(merged).toLowerCase();
  const words = (s: string) => s.replace(/\{\w+\}/g, ' ').match(/[\p{L}][\p{L}-]{3,}/gu) ?? [];
  const finnish = new Set([...Object.values(LABELS.fi), ...Object.values(SECTION_HEADINGS.fi)].flatMap(words));

  for (const lang of ['sv', 'en'] as Lang[])
    it(`in ${lang}`, async () => {
      const own = new Set([...Object.values(LABELS[lang]), ...Object.values(SECTION_HEADINGS[lang])].flatMap(words));
      const check = [...finnish].filter((w) => !own.has(w) && !input.includes(w.toLowerCase()));
      expect(check.length).toBeGreaterThan(100);
      for (const w of ['Vahvuudet', 'Uhat', 'Kokouksen', 'Pöytäkirjan', 'Oikaisuvaatimusohje', 'Muutoksenhakuohjeet', 'Päätösehdotus', 'keskiviikko'])
        expect(check).toContain(w);
      const m = mergedPlan({ kind: 'joint', lang, emptySections: ['prevention'] });
      const { files } = await render(m, { formats: ['md', 'html'] });
      for (const f of files) {
        const text = String(f.content);
        const found = check.filter((w) => new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'u').test(text));
        expect(found, f.name).toEqual([]);
      }
    });
});
