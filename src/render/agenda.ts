// The joint board meeting's agenda as plain data (SPEC 5): the standard items of Finnish
// municipal practice, the plan items, the extra items of meeting.yaml and the closing, each with
// every handling board's own § number. Used by the agenda templates and by agenda.ics.
import type { Meeting, MergedPlan } from '../model/types.js';
import type { Formatter } from './format.js';
import { fill, type Labels } from './labels/index.js';
import { boardNames } from './plan-view.js';

export interface SectionNumber {
  boardId: string;
  board: string;
  number: number;
}

export interface AgendaItem {
  /** running number on the agenda, from 1 */
  number: number;
  /** 'standard' and 'plan' items are the tool's own; 'extra' come from meeting.yaml */
  source: 'standard' | 'plan' | 'extra';
  /** a decision that only prepares or implements (not appealable, Kuntalaki 410/2015 136 §) */
  preparatory: boolean;
  title: string;
  /** every handling board's own § number, in attending-board order */
  sections: SectionNumber[];
  preparer: string | null;
  presenter: string | null;
  /** Markdown prose */
  description: string | null;
  /** the adopted vision, quoted under the vision item */
  quote: string | null;
  /** vision proposals listed under the vision item when no vision is adopted */
  proposals: { text: string; boards: string[] }[];
  proposal: string | null;
  /** minutes, when meeting.yaml gives one */
  duration: number | null;
}

export interface Agenda {
  title: string;
  date: string;
  start: string;
  end: string | null;
  place: string;
  /** attending boards' names */
  boards: string[];
  chair: string | null;
  secretary: string | null;
  items: AgendaItem[];
  /** agenda numbers of the preparatory items, and of the others (which may be rectified) */
  appeal: { preparatory: number[]; decisions: number[] };
}

/** What an item needs for numbering: which boards handle it (undefined = all attending). */
export interface Numberable {
  boards?: readonly string[] | undefined;
}

/**
 * Each attending board numbers the items it handles on from its first § of the meeting
 * (`meeting.sections[b]`, default 1); items restricted to some boards skip the others.
 */
export function sectionNumbers(
  items: readonly Numberable[],
  attending: readonly string[],
  first: Readonly<Record<string, number>>,
): { boardId: string; number: number }[][] {
  const next = new Map(attending.map((b) => [b, Object.hasOwn(first, b) ? first[b]! : 1]));
  return items.map((item) => {
    const handling = item.boards ? attending.filter((b) => item.boards!.includes(b)) : attending;
    return handling.map((boardId) => {
      const number = next.get(boardId)!;
      next.set(boardId, number + 1);
      return { boardId, number };
    });
  });
}

/**
 * The default title lists the boards the way minutes do: "Perusturva-, koulutus- ja
 * vapaa-aikalautakunnan yhteinen kokous" — the shared last part of the compound written once.
 * Names that do not share the language's suffix are listed in full.
 */
export function defaultMeetingTitle(names: readonly string[], fmt: Formatter): string {
  const { labels } = fmt;
  const compound = compoundBoards(names, fmt);
  if (compound !== null) {
    return names.length === 1
      ? fill(labels['agenda.singleTitle'], { board: compound })
      : fill(labels['agenda.jointTitle'], { boards: compound });
  }
  return fill(labels['agenda.listTitle'], { boards: fmt.list(names) });
}

interface CompoundRule {
  /** the common last part, matched at the end of each name */
  suffix: RegExp;
  /** the last name's suffix as the title needs it (Finnish, Swedish: genitive) */
  last: string;
  /** joined after the shortened names (Finnish and Swedish: a hyphen; English: nothing) */
  hyphen: string;
}

const COMPOUND: Record<string, CompoundRule> = {
  fi: { suffix: /lautakunta$/i, last: 'lautakunnan', hyphen: '-' },
  // `\u00e4` is ä: escaped so that the bundle stays ASCII (see model/normalize.ts)
  sv: { suffix: /n\u00e4mnd(en)?$/i, last: 'nämndens', hyphen: '-' },
  en: { suffix: /\s+(board|committee)$/i, last: '', hyphen: '' },
};

function compoundBoards(names: readonly string[], fmt: Formatter): string | null {
  const rule = COMPOUND[fmt.lang];
  if (!rule || names.length === 0 || !names.every((n) => rule.suffix.test(n.trim()))) return null;
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase(fmt.lang) + s.slice(1);
  if (fmt.lang === 'en') {
    // "Basic Security, Education and Leisure Boards"; one board: "Basic Security Board"
    const suffix = rule.suffix.exec(names[names.length - 1]!.trim())![0];
    if (names.length === 1) return names[0]!.trim();
    const stems = names.map((n) => n.trim().replace(rule.suffix, ''));
    return fmt.list(stems) + suffix + 's';
  }
  const parts = names.map((n, i) => {
    const name = i === 0 ? n.trim() : lower(n.trim());
    return i === names.length - 1 ? name.replace(rule.suffix, rule.last) : name.replace(rule.suffix, '') + rule.hyphen;
  });
  return fmt.list(parts);
}

export function buildAgenda(merged: MergedPlan, meeting: Meeting, fmt: Formatter): Agenda {
  const labels: Labels = fmt.labels;
  const nameOf = boardNames(merged.boards);
  const attending = meeting.boards.length > 0 ? meeting.boards : merged.boards.map((b) => b.id);
  const { start, end } = merged.plan.period;
  const vision = merged.plan.vision?.trim() ? merged.plan.vision : null;
  const swotItems = Object.values(merged.swot).flat();

  type Draft = Omit<AgendaItem, 'number' | 'sections'> & Numberable;
  const base = {
    preparer: null,
    presenter: null,
    description: null,
    quote: null,
    proposals: [],
    proposal: null,
    duration: null,
  };
  const standard = (title: string, fields: Partial<Draft> = {}): Draft => ({
    ...base,
    source: 'standard',
    preparatory: true,
    title,
    ...fields,
  });

  const drafts: Draft[] = [
    standard(labels['item.opening'], { description: labels['item.opening.text'] }),
    standard(labels['item.lawfulness'], {
      description: labels['item.lawfulness.text'],
      proposal: labels['item.lawfulness.proposal'],
    }),
    standard(labels['item.checkers'], { proposal: labels['item.checkers.proposal'] }),
    standard(labels['item.order'], { proposal: labels['item.order.proposal'] }),
    standard(labels['swot.heading'], {
      source: 'plan',
      description: fill(labels['item.swot.text'], {
        count: swotItems.length,
        shared: swotItems.filter((i) => i.boards.length > 1).length,
      }),
      proposal: labels['item.swot.proposal'],
    }),
    standard(labels['item.vision'], {
      source: 'plan',
      description: vision ? labels['item.vision.text'] : labels['item.vision.missingText'],
      quote: vision,
      proposals: vision ? [] : merged.visions.map((v) => ({ text: v.text, boards: v.boards.map(nameOf) })),
      proposal: vision ? labels['item.vision.proposal'] : labels['item.vision.missingProposal'],
    }),
    // The boards' approval goes on to the council, so it only prepares the council's decision.
    standard(fill(labels['item.plan'], { start, end }), {
      source: 'plan',
      description: labels['item.plan.text'],
      proposal: fill(labels['item.plan.proposal'], { start, end }),
    }),
    ...meeting.items.map(
      (item): Draft => ({
        ...base,
        source: 'extra',
        preparatory: false,
        title: item.title,
        preparer: item.preparer ?? null,
        presenter: item.presenter ?? null,
        description: item.description ?? null,
        proposal: item.proposal ?? null,
        duration: item.duration ?? null,
        boards: item.boards,
      }),
    ),
    standard(labels['item.closing'], { description: labels['item.closing.text'] }),
  ];

  const numbers = sectionNumbers(drafts, attending, meeting.sections);
  const items: AgendaItem[] = drafts.map(({ boards: _boards, ...draft }, i) => ({
    ...draft,
    number: i + 1,
    sections: numbers[i]!.map((s) => ({ ...s, board: nameOf(s.boardId) })),
  }));

  const names = attending.map(nameOf);
  return {
    title: meeting.title?.trim() ? meeting.title : defaultMeetingTitle(names, fmt),
    date: meeting.date,
    start: meeting.start,
    end: meeting.end ?? null,
    place: meeting.place,
    boards: names,
    chair: meeting.chair ?? null,
    secretary: meeting.secretary ?? null,
    items,
    appeal: {
      preparatory: items.filter((i) => i.preparatory).map((i) => i.number),
      decisions: items.filter((i) => !i.preparatory).map((i) => i.number),
    },
  };
}

/** `[1,2,3,4,7,8]` → `1–4, 7 ja 8` (joined with the language's "and") */
export function numberRanges(numbers: readonly number[], fmt: Formatter): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    // a range from three numbers up; two in a row are listed ("8 ja 9")
    if (j - i >= 2) ranges.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) ranges.push(String(numbers[k]));
    i = j + 1;
  }
  return fmt.list(ranges);
}
