// The message catalogues of the command line are complete (issue 6 items 2 and 3): every id of
// the English catalogue has a Finnish text that is really Finnish (not a copy of the English)
// with the same `{placeholders}`; and no source file asks for an id that no catalogue has.
// Covers src/messages (diagnostics), src/cli/help.ts (help) and src/cli/text.ts (command texts);
// the document labels of src/render/labels are checked the same way for fi, sv and en.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpCatalogues } from '../../src/cli/help.js';
import { cliTextCatalogues } from '../../src/cli/text.js';
import { en as messagesEn } from '../../src/messages/en.js';
import { fi as messagesFi } from '../../src/messages/fi.js';
import { LABELS } from '../../src/render/labels/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/**
 * Ids (`help:…`, `text:…` or a message id) whose Finnish text may equal the English one, e.g. a
 * text that is only code or a name. None is needed today; each one added needs a reason.
 */
const SAME_IN_BOTH = new Set<string>([]);

/** Words that give an English text away when they appear in a Finnish one (outside code spans). */
const ENGLISH_WORDS = /\b(the|is|are|not|and|or|with|file|found|expected|value|must|use|write|should|please|error|warning)\b/i;

/** A text without its code spans, quoted strings, placeholders, JSON samples, paths and options. */
function prose(s: string): string {
  return s
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\$ lnhs.*$/gm, ' ')
    .replace(/--?[\w-]+/g, ' ')
    .replace(/\b[\w./-]+\.(yaml|json|md|hbs|html|ics|pdf)\b/g, ' ')
    .replace(/\b(LNHS_\w+|LANG|LC_ALL|LC_MESSAGES|PATH|JSON|YAML|UTF-8|CI|PDF|SWOT|README|Chromium|Chrome|Sotkanet|apt-get install chromium|google-chrome(-stable)?|chromium(-browser)?|true|false|text|json|github|md|html|pdf|plan|board|meeting|indicators|id:Name|municipality|county|joint|total)\b/g, ' ');
}

interface Catalogue {
  name: string;
  en: Readonly<Record<string, string>>;
  fi: Readonly<Record<string, string>>;
}

const CATALOGUES: Catalogue[] = [
  { name: 'src/messages', en: messagesEn, fi: messagesFi },
  { name: 'src/cli/help.ts', en: helpCatalogues.en, fi: helpCatalogues.fi },
  { name: 'src/cli/text.ts', en: cliTextCatalogues.en, fi: cliTextCatalogues.fi },
];

describe.each(CATALOGUES)('$name: English and Finnish', ({ name, en, fi }) => {
  const prefix = name === 'src/cli/help.ts' ? 'help:' : name === 'src/cli/text.ts' ? 'text:' : '';

  it('have the same ids', () => {
    expect(Object.keys(fi).sort()).toEqual(Object.keys(en).sort());
  });

  it('every Finnish text is non-empty and not a copy of the English', () => {
    const copies = Object.keys(en).filter((id) => fi[id]?.trim() && fi[id] === en[id] && !SAME_IN_BOTH.has(prefix + id));
    const empty = Object.keys(en).filter((id) => !fi[id]?.trim());
    expect(empty).toEqual([]);
    expect(copies).toEqual([]);
  });

  it('every Finnish text has the placeholders of the English one', () => {
    // the YAML parser's own English message is never shown under a Finnish locale (issue 13)
    const englishOnly = new Set(['yaml.syntax']);
    const wrong = Object.keys(en)
      .filter((id) => !englishOnly.has(id))
      .filter((id) => JSON.stringify(placeholders(fi[id] ?? '')) !== JSON.stringify(placeholders(en[id]!)))
      .map((id) => `${id}: en ${placeholders(en[id]!).join(',')} / fi ${placeholders(fi[id] ?? '').join(',')}`);
    expect(wrong).toEqual([]);
  });

  it('no Finnish text reads as English', () => {
    // the check itself finds English: most English texts trip it
    expect(Object.values(en).filter((text) => ENGLISH_WORDS.test(prose(text))).length).toBeGreaterThan(Object.keys(en).length / 3);
    const english = Object.entries(fi)
      .filter(([, text]) => ENGLISH_WORDS.test(prose(text)))
      .map(([id, text]) => `${id}: ${text}`);
    expect(english).toEqual([]);
  });

  it('code spans, options and commands are kept as they are', () => {
    const spans = (s: string) => [...s.matchAll(/`([^`]*)`|(--[\w-]+)|(\$ lnhs [^\n#]*)/g)].map((m) => (m[1] ?? m[2] ?? m[3])!.trim()).sort();
    const changed = Object.keys(en)
      .filter((id) => {
        // the Finnish may translate a placeholder-free example value inside a span (e.g. `avain: arvo`)
        const e = spans(en[id]!).filter((s) => !/\s/.test(s) || s.startsWith('$') || s.startsWith('lnhs'));
        const f = spans(fi[id] ?? '');
        // Finnish inflects an option with a hyphenated ending: `--suggest-valitsimen`
        return !e.every((s) => f.some((x) => x === s || x.startsWith(`${s}-`)));
      })
      .map((id) => `${id}: en ${JSON.stringify(spans(en[id]!))} / fi ${JSON.stringify(spans(fi[id] ?? ''))}`);
    expect(changed).toEqual([]);
  });
});

describe('document labels (src/render/labels): fi, sv and en', () => {
  it('have the same keys and placeholders, and no empty text', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(Object.keys(LABELS[lang]).sort()).toEqual(Object.keys(LABELS.fi).sort());
      for (const [key, text] of Object.entries(LABELS.fi)) {
        const other = LABELS[lang][key as keyof typeof LABELS.fi];
        expect(other.length, `${lang} ${key}`).toBeGreaterThan(0);
        // format patterns choose their own tokens: English names the month ({monthName}) and
        // pads the hour ({hh})
        if (key === 'date.format' || key === 'time.format') continue;
        expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('every label a template uses exists', () => {
    const dir = path.join(ROOT, 'templates');
    const used = new Set<string>();
    for (const file of walk(dir).filter((f) => f.endsWith('.hbs'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\{\{~?\s*t\s+"([^"]+)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(k in LABELS.fi))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// No source file asks for an id that does not exist. TypeScript checks most of these, but ids
// built at run time, cast or passed as plain strings slip through; this reads the sources.

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

const SOURCES = walk(path.join(ROOT, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((file) => ({ file: path.relative(ROOT, file).replace(/\\/g, '/'), text: readFileSync(file, 'utf8') }));

/** Every string literal in `text` that stands where the regex `context` says an id goes. */
function idsIn(text: string, context: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(context)) {
    // a context may hold a conditional: `hintId: x ? 'a.b' : 'c.d'`
    for (const lit of m[0].matchAll(/'([^'\n]+)'/g)) out.push(lit[1]!);
  }
  return out;
}

const MESSAGE_PREFIXES = /^(file|workspace|yaml|schema|rule|template|pdf|indicators)\./;

describe('ids used in src/ exist in their catalogue', () => {
  it('diagnostic and message ids (id, hintId, messageId, t(…), plain(code, id, hint))', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const { file, text } of SOURCES) {
      if (file.startsWith('src/messages/') || file.startsWith('src/init/') || file === 'src/cli/commands/init.ts') continue;
      const ids = [
        ...idsIn(text, /\b(?:id|hintId|messageId|errorId)\s*(?::\s*MessageId\s*)?[:=]\s*[^,;\n)]*'[^']+'(?:\s*:\s*'[^']+')?/g),
        ...idsIn(text, /\bt\(\s*'[^']+'/g),
        ...idsIn(text, /\bplain\(\s*'[^']+',\s*'[^']+'(?:,\s*'[^']+')?/g).filter((s) => MESSAGE_PREFIXES.test(s)),
        ...idsIn(text, /\[\s*'[a-z]+\.[\w.]+',\s*'[a-z]+\.[\w.]+'\s*\]/g),
      ].filter((id) => MESSAGE_PREFIXES.test(id) && !/\.(yaml|json|md|hbs|html|ics|pdf|ts|js)$/.test(id));
      seen += ids.length;
      for (const id of ids) if (!(id in messagesEn)) missing.push(`${file}: '${id}'`);
    }
    expect(seen).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it('help keys (h(…), help(…)) in src/cli', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const { file, text } of SOURCES.filter((s) => s.file.startsWith('src/cli/') && s.file !== 'src/cli/help.ts')) {
      for (const id of idsIn(text, /\b(?:h|help)\(\s*'[^']+'/g)) {
        seen++;
        if (!(id in helpCatalogues.en)) missing.push(`${file}: '${id}'`);
      }
    }
    expect(seen).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('command text keys (cliText(…))', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const { file, text } of SOURCES.filter((s) => s.file !== 'src/cli/text.ts')) {
      for (const id of idsIn(text, /\bcliText\(\s*'[^']+'/g)) {
        seen++;
        if (!(id in cliTextCatalogues.en)) missing.push(`${file}: '${id}'`);
      }
    }
    expect(seen).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
