// The text of `lnhs merge --suggest` (issue 4): one line per near-duplicate pair found by
// merge/suggest.ts, then how to merge a pair, with a YAML snippet for the first one. Presentation
// only; the texts are in the command-line catalogue (cli/text.ts, issue 17).
import { displayPath } from '../diagnostics.js';
import type { Suggestion } from '../merge/suggest.js';
import type { Locale } from '../messages/index.js';
import { normalizeText } from '../model/normalize.js';
import type { MergedItem, Quadrant } from '../model/types.js';
import { cliText } from './text.js';

/**
 * One line per suggestion, `score  quadrant  "text A" (board, file:line)  ~  "text B" (…)`,
 * then how to merge a pair, with a YAML snippet for the first one.
 */
export function formatSuggestions(
  suggestions: readonly Suggestion[],
  locale: Locale,
  options: { cwd?: string } = {},
): string {
  if (suggestions.length === 0) return cliText('suggest.none', locale);
  const label = (q: Quadrant) => cliText(`suggest.quadrant.${q}`, locale);
  // a pair across quadrants is labelled with both, joined by ↔ (issue 13)
  const where = (s: Suggestion) =>
    s.otherQuadrant === undefined ? label(s.quadrant) : `${label(s.quadrant)} ↔ ${label(s.otherQuadrant)}`;
  // a loop, not Math.max(...): 10 boards × 2,000 similar items give more suggestions than a
  // call can take arguments (issue 12)
  let quadrantWidth = 0;
  for (const s of suggestions) quadrantWidth = Math.max(quadrantWidth, [...where(s)].length);
  const lines = suggestions.map(
    (s) =>
      `${s.score.toFixed(2)}  ${where(s) + ' '.repeat(quadrantWidth - [...where(s)].length)}  ` +
      `${describe(s.a, options.cwd)}  ~  ${describe(s.b, options.cwd)}`,
  );
  const crossing = suggestions.filter((s) => s.otherQuadrant !== undefined).length;
  if (crossing > 0) lines.push('', cliText('suggest.across', locale, { count: crossing }));
  // one id joins only items of one quadrant, so the snippet shows the first such pair
  const first = suggestions.find((s) => s.otherQuadrant === undefined);
  if (first === undefined) return lines.join('\n');
  const id = first.a.id ?? first.b.id ?? suggestId(first.a.text);
  // the wording of the item that already has the id, else the first one
  const text = first.b.id !== undefined && first.a.id === undefined ? first.b.text : first.a.text;
  const placeOf = (item: MergedItem) => {
    const source = item.sources[0];
    return source ? `${displayPath(source.file, options.cwd)}:${source.line}` : item.boards.join(', ');
  };
  lines.push(
    '',
    cliText('suggest.howTo', locale),
    '',
    `  # ${placeOf(first.a)}`,
    `  - id: ${id}`,
    `    text: ${yamlScalar(text)}`,
    '',
    `  # ${placeOf(first.b)}`,
    `  - id: ${id}`,
    `    text: ${yamlScalar(text)}`,
  );
  return lines.join('\n');
}

function describe(item: MergedItem, cwd?: string): string {
  const source = item.sources[0];
  const where = source ? `${source.board}, ${displayPath(source.file, cwd)}:${source.line}` : item.boards.join(', ');
  const more = item.sources.length > 1 ? ` +${item.sources.length - 1}` : '';
  return `${JSON.stringify(item.text)} (${where}${more})`;
}

/** A slug from the first words of a text: "Koulunuorisotyö tavoittaa …" → `koulunuorisotyo`. */
export function suggestId(text: string): string {
  const words = normalizeText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const picked: string[] = [];
  for (const word of words) {
    picked.push(word);
    if (picked.join('-').length >= 10 || picked.length === 3) break;
  }
  return picked.join('-') || 'item';
}

function yamlScalar(text: string): string {
  const plain = /^[\p{L}\p{N}(]/u.test(text) && !/[:#]\s|\s#|:$|["'\n\\]/u.test(text) && text === text.trim();
  return plain ? text : JSON.stringify(text);
}
