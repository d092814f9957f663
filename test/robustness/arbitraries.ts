// fast-check arbitraries for whole workspaces: plain data that is serialized with `yaml`'s
// stringify, so every generated file is valid YAML and valid input, while its texts are as
// hostile as texts typed by many hands get: HTML, Markdown links to javascript:, emphasis
// markers, emoji, quotes, colons, combining marks.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { QUADRANTS, SECTION_IDS, type Quadrant } from '../../src/model/types.js';

/** Pieces of text that have broken renderers before. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[klikkaa](JaVaScRiPt:alert(document.cookie))',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '<javascript:alert(1)>',
  '![kuva](javascript:alert(1))',
  '[ok](https://example.fi/a?b=1&c=2)',
  '**lihava**',
  '*kursiivi*',
  '_alaviiva_',
  '`koodi`',
  '~~yliviivattu~~',
  '# otsikko',
  '> lainaus',
  '- lista',
  '1. numero',
  '| taulu | solu |',
  '---',
  '{{helper}}',
  '{{{raw}}}',
  '{{> partial}}',
  '&amp; &lt;b&gt;',
  '"lainausmerkit"',
  "'heittomerkit'",
  '»kulmat« ”suomi”',
  'avain: arvo',
  'kello 17:00',
  '#hashtag',
  '\\backslash\\',
  '100 %',
  'äiti, öljy, Åland',
  'A\u0308iti (decomposed)',
  '😀 👨‍👩‍👧 🇫🇮',
  'ŝ ẞ ŉ ﬁ',
  'עברית',
  '\u200bzero\u200dwidth',
  '<!-- kommentti -->',
  ']]> <![CDATA[',
  '</textarea><svg onload=alert(1)>',
] as const;

const WORDS = ['lapset', 'nuoret', 'perheet', 'koulu', 'neuvola', 'harrastukset', 'mielenterveys', 'kiusaaminen', 'yhteistyö', 'Järvilahti'];

/** A fragment of text: hostile pieces, Finnish words and arbitrary Unicode. */
export const fragment: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
    ),
    { minLength: 0, maxLength: 4 },
  )
  .map((parts) => parts.join(' ').replace(/[\r\n]+/g, ' '));

/**
 * How one board writes an item: a plain string, `{text}`, or `{text, id}`. The same item may be
 * written differently by different boards (SPEC 3: without an id it joins the one with an id).
 */
type Spelling = 'plain' | 'object' | 'id';

export interface ItemSpec {
  /** unique marker at the start of the text, so the item can be found in every output */
  token: string;
  rest: string;
  /** boards (indices) that raise it, with how each spells it */
  raisedBy: { board: number; spelling: Spelling }[];
}

export interface WorkspaceSpec {
  boards: number;
  language: 'fi' | 'sv' | 'en';
  kind: 'municipality' | 'county' | 'joint';
  vision?: string;
  municipality: string;
  boardNames: string[];
  swot: Record<Quadrant, ItemSpec[]>;
  sectionTexts: string[];
  visions: string[][];
  goals: { title: string; actions: string[] }[][];
  meeting?: { place: string; items: { title: string; description: string; proposal: string }[] };
}

/** Tokens like `qa0007qa`: letters and digits only, fixed width, so none is part of another. */
export function token(n: number): string {
  return `qa${String(n).padStart(4, '0')}qa`;
}

export const workspaceSpec: fc.Arbitrary<WorkspaceSpec> = fc
  .integer({ min: 1, max: 6 })
  .chain((boards) => {
    const raisedBy = fc
      .uniqueArray(fc.integer({ min: 0, max: boards - 1 }), { minLength: 1, maxLength: Math.min(boards, 3) })
      .chain((list) =>
        fc.tuple(...list.map((board) => fc.record({ board: fc.constant(board), spelling: fc.constantFrom<Spelling>('plain', 'object', 'id') }))),
      );
    // up to 8 items per board and quadrant on average: 0–8 × boards, each raised by 1–3 boards
    const quadrant = fc.array(fc.record({ rest: fragment, raisedBy }), { maxLength: 8 * boards });
    return fc.record({
      boards: fc.constant(boards),
      language: fc.constantFrom('fi' as const, 'sv' as const, 'en' as const),
      kind: fc.constantFrom('municipality' as const, 'county' as const, 'joint' as const),
      vision: fc.option(fragment.map((f) => `Visio ${f}`), { nil: undefined }),
      municipality: fragment.map((f) => `Kunta ${f}`),
      boardNames: fc.array(fragment.map((f) => `Lautakunta ${f}`), { minLength: boards, maxLength: boards }),
      swot: fc.record({
        strengths: quadrant,
        weaknesses: quadrant,
        opportunities: quadrant,
        threats: quadrant,
      }),
      sectionTexts: fc.array(fragment, { minLength: SECTION_IDS.length, maxLength: SECTION_IDS.length }),
      visions: fc.array(fc.array(fragment.map((f) => `V ${f}`), { maxLength: 2 }), { minLength: boards, maxLength: boards }),
      goals: fc.array(
        fc.array(fc.record({ title: fragment.map((f) => `Tavoite ${f}`), actions: fc.array(fragment.map((f) => `Toimi ${f}`), { maxLength: 2 }) }), {
          maxLength: 2,
        }),
        { minLength: boards, maxLength: boards },
      ),
      meeting: fc.option(
        fc.record({
          place: fragment.map((f) => `Sali ${f}`),
          items: fc.array(fc.record({ title: fragment.map((f) => `Asia ${f}`), description: fragment, proposal: fragment }), { maxLength: 2 }),
        }),
        { nil: undefined },
      ),
    });
  })
  .map((raw) => {
    // number the items and drop a board that raises one item twice in one quadrant
    let n = 0;
    const swot = {} as Record<Quadrant, ItemSpec[]>;
    for (const q of QUADRANTS) {
      swot[q] = raw.swot[q].map((item) => {
        const seen = new Set<number>();
        return {
          token: token(n++),
          rest: item.rest,
          raisedBy: item.raisedBy.filter((r) => !seen.has(r.board) && (seen.add(r.board), true)),
        };
      });
    }
    return { ...raw, swot } as WorkspaceSpec;
  });

export const boardId = (i: number) => `lautakunta-${i + 1}`;

/** The item's text as written: the token first, so no Markdown around it can swallow it. */
export const itemText = (item: ItemSpec) => `${item.token} ${item.rest}`.trimEnd();

/** The workspace's files, each serialized with yaml's stringify. */
export function workspaceFiles(spec: WorkspaceSpec): Record<string, string> {
  const plan: Record<string, unknown> = {
    kind: spec.kind,
    municipalities: [spec.municipality],
    period: { start: 2027, end: 2030 },
    language: spec.language,
    themes: { osallisuus: 'Osallisuus <b>ja</b> yhteisöllisyys' },
    sections: Object.fromEntries(SECTION_IDS.map((id, i) => [id, `Teksti ${spec.sectionTexts[i]}`])),
  };
  if (spec.vision !== undefined) plan.vision = spec.vision;
  const files: Record<string, string> = { 'plan.yaml': stringify(plan) };

  for (let b = 0; b < spec.boards; b++) {
    const swot: Record<string, unknown[]> = {};
    for (const q of QUADRANTS) {
      swot[q] = [];
      for (const item of spec.swot[q]) {
        const mine = item.raisedBy.find((r) => r.board === b);
        if (!mine) continue;
        const text = itemText(item);
        swot[q].push(
          mine.spelling === 'plain' ? text : mine.spelling === 'object' ? { text, theme: 'osallisuus' } : { id: `id-${item.token}`, text, note: 'huom: <i>x</i>' },
        );
      }
    }
    const board = {
      board: { id: boardId(b), name: spec.boardNames[b] },
      submitted: '2026-09-25',
      swot,
      vision: spec.visions[b],
      goals: spec.goals[b]!.map((g) => ({ title: g.title, actions: g.actions.map((text) => ({ text, due: 2028 })) })),
    };
    files[`boards/${boardId(b)}.yaml`] = stringify(board);
  }

  if (spec.meeting) {
    files['meeting.yaml'] = stringify({
      date: '2026-12-10',
      start: '17:00',
      end: '19:30',
      place: spec.meeting.place,
      items: spec.meeting.items,
    });
  }
  return files;
}
