// Board names in running text and in the joint meeting's title (issue 11 point 5), as Finnish and
// Finland-Swedish minutes write them:
//
// - names that are one compound word share their last part: "Perusturva-, koulutus- ja
//   vapaa-aikalautakuntien yhteinen kokous" (plural genitive), "Grundtrygghets-, bildnings- och
//   fritidsnämndernas gemensamma sammanträde";
// - a name with a genitive modifier ("Hollolan sivistyslautakunta") or an adjective ("Tekninen
//   lautakunta") is never shortened: every name is then listed in full, each in the genitive
//   ("Perusturvalautakunnan, Hollolan sivistyslautakunnan ja teknisen lautakunnan yhteinen kokous");
// - inside a sentence a name is lower-cased ("teknisen lautakunnan"), unless it starts with a
//   proper noun such as a municipality's name ("Hollolan").
//
// A name this grammar does not know (a Finnish name in a Swedish document, say) is never
// inflected by guesswork: the title then lists the names as written after a colon.
import type { Formatter } from './format.js';
import { fill } from './labels/index.js';

/**
 * Whether a name starts with a proper noun, so that it keeps its capital inside a sentence:
 * its first word begins like one of `properNames` (the plan's municipalities and county:
 * "Hollolan" like "Hollola", "Harjuveden" like "Harjuvesi"), or it starts with an acronym.
 */
export function startsWithProperNoun(name: string, properNames: readonly string[]): boolean {
  const trimmed = name.trim();
  if (/^\p{Lu}{2}/u.test(trimmed)) return true;
  const space = trimmed.search(/\s/);
  if (space < 0) return false;
  const first = trimmed.slice(0, space);
  return properNames.some((proper) => {
    const p = proper.trim();
    // inflection changes the end of the stem (Harjuvesi → Harjuveden, Turku → Turun): compare
    // the first letters, at least three
    const n = Math.max(3, Math.min(p.length - 2, 5));
    return p.length >= 3 && first.length >= n && first.slice(0, n) === p.slice(0, n);
  });
}

/** The name as it is written inside a sentence: "tekninen lautakunta", "Hollolan sivistyslautakunta". */
export function inSentence(name: string, properNames: readonly string[], lang: string): string {
  const trimmed = name.trim();
  if (startsWithProperNoun(trimmed, properNames)) return trimmed;
  return trimmed.charAt(0).toLocaleLowerCase(lang) + trimmed.slice(1);
}

const capitalise = (s: string, lang: string) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

// ---- Finnish --------------------------------------------------------------------------------

/** The last word's genitive singular for the names of municipal bodies; null when unknown. */
const FI_BODY_GENITIVE: [RegExp, string][] = [
  [/kunta$/, 'kunnan'], // lautakunta, johtokunta, toimikunta, valiokunta
  [/jaosto$/, 'jaoston'],
  [/hallitus$/, 'hallituksen'],
  [/valtuusto$/, 'valtuuston'],
  [/neuvosto$/, 'neuvoston'],
];

/** "Tekninen lautakunta" → "Teknisen lautakunnan"; null when the last word is not a known body. */
export function finnishGenitive(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  const rule = FI_BODY_GENITIVE.find(([re]) => re.test(last));
  if (!rule) return null;
  words[words.length - 1] = last.replace(rule[0], rule[1]);
  // adjectives before the head agree with it: tekninen → teknisen, ruotsinkielinen → ruotsinkielisen
  for (let i = 0; i < words.length - 1; i++) words[i] = words[i]!.replace(/inen$/, 'isen').replace(/INEN$/, 'ISEN');
  return words.join(' ');
}

// ---- Swedish --------------------------------------------------------------------------------

/** The Swedish names of bodies, so that a Finnish name is not given a Swedish genitive. */
const SV_BODY = /(n\u00e4mnd|n\u00e4mnden|sektion|sektionen|styrelse|styrelsen|direktion|direktionen|utskott|utskottet|kommitt\u00e9|kommitt\u00e9n|fullm\u00e4ktige)$/i;

/** "Tekniska nämnden" → "Tekniska nämndens"; null when the name is not a Swedish body's. */
export function swedishGenitive(name: string): string | null {
  const trimmed = name.trim();
  if (!SV_BODY.test(trimmed)) return null;
  return /[sxz]$/i.test(trimmed) ? trimmed : `${trimmed}s`;
}

// ---- titles ---------------------------------------------------------------------------------

interface Compound {
  /** one word ending in the shared part: "Perusturvalautakunta" */
  simple: RegExp;
  /** the shared part */
  head: RegExp;
  /** the shared part in the plural genitive: "lautakuntien" */
  plural: string;
  genitive: (name: string) => string | null;
}

const COMPOUND: Record<string, Compound> = {
  fi: { simple: /^\S+lautakunta$/i, head: /lautakunta$/i, plural: 'lautakuntien', genitive: finnishGenitive },
  // `\u00e4` is ä: escaped so that the bundle stays ASCII (see model/normalize.ts)
  sv: { simple: /^\S+n\u00e4mnd(en)?$/i, head: /n\u00e4mnd(en)?$/i, plural: 'n\u00e4mndernas', genitive: swedishGenitive },
};

/**
 * The default title of the meeting of `names` (attending boards, in order). `properNames` are
 * the plan's municipalities and county, which keep their capital letter inside the title.
 */
export function defaultMeetingTitle(names: readonly string[], fmt: Formatter, properNames: readonly string[] = []): string {
  const { labels, lang } = fmt;
  const trimmed = names.map((n) => n.trim());
  if (trimmed.length === 0) return labels['agenda.document'];
  const listed = () => fill(labels['agenda.listTitle'], { boards: fmt.list(trimmed) });

  if (lang === 'en') return englishTitle(trimmed, fmt) ?? listed();

  const rule = COMPOUND[lang];
  if (!rule) return listed();
  const lower = (s: string) => inSentence(s, properNames, lang);

  // every name one compound word: the shared part once, in the plural genitive
  if (trimmed.length > 1 && trimmed.every((n) => rule.simple.test(n))) {
    const parts = trimmed.map((n, i) => {
      const name = i === 0 ? n : lower(n);
      return i === trimmed.length - 1 ? name.replace(rule.head, rule.plural) : `${name.replace(rule.head, '')}-`;
    });
    return fill(labels['agenda.jointTitle'], { boards: fmt.list(parts) });
  }

  // otherwise every name in full, each in the genitive singular
  const genitives = trimmed.map((n, i) => {
    const g = rule.genitive(n);
    if (g === null) return null;
    return i === 0 ? capitalise(g, lang) : inSentence(g, properNames, lang);
  });
  if (genitives.some((g) => g === null)) return listed();
  const boards = fmt.list(genitives as string[]);
  return trimmed.length === 1
    ? fill(labels['agenda.singleTitle'], { board: boards })
    : fill(labels['agenda.jointTitle'], { boards });
}

/** "Joint meeting of the Basic Security, Education and Leisure Boards" */
function englishTitle(names: readonly string[], fmt: Formatter): string | null {
  const suffix = /\s+(Board|Committee)$/;
  const last = suffix.exec(names[names.length - 1]!);
  if (!last || !names.every((n) => n.endsWith(last[0]))) return null;
  if (names.length === 1) return fill(fmt.labels['agenda.singleTitle'], { board: names[0]! });
  const stems = names.map((n) => n.slice(0, -last[0].length));
  return fill(fmt.labels['agenda.jointTitle'], { boards: `${fmt.list(stems)} ${last[1]}s` });
}
