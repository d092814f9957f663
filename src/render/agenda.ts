// The joint board meeting's agenda as plain data (SPEC 5, issue 11): the standard items of
// Finnish municipal practice, the plan items, the extra items of meeting.yaml and the closing,
// each with every handling board's own § number, and the appeal notices per board by those
// numbers. Used by the agenda templates and by agenda.ics.
import type { Attachment, Meeting, MergedPlan, Preparer, StandardItemKey } from '../model/types.js';
import { defaultMeetingTitle, inSentence } from './board-names.js';
import type { Formatter } from './format.js';
import { fill, type LabelKey, type Labels } from './labels/index.js';
import type { AgendaAttachment, PlanRoute, AgendaItem, BoardAppeal, Agenda } from './agenda-types.js';
import { boardNames, planTitle } from './plan-view.js';

export { defaultMeetingTitle } from './board-names.js';

/** The file name under which the plan is attached to its item (Liite 1): the printed plan. */
export const PLAN_ATTACHMENT_FILE = 'plan.pdf';

export type * from './agenda-types.js';

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
 * `[112,113,114,118,120,121]` → `112–114, 118, 120–121`: a board's § numbers as its minutes'
 * appeal notices print them. Two numbers in a row are a range too ("pykälät 8–9").
 */
export function sectionRanges(numbers: readonly number[], join: (parts: string[]) => string = (parts) => parts.join(', ')): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return join(ranges);
}

/** "hyvinvointikoordinaattori Maija Virtanen, puh. 040 123 4567, maija.virtanen@kunta.fi" */
export function formatPreparer(preparer: Preparer, fmt: Formatter): string {
  const { lead, email } = preparerParts(preparer, fmt);
  return email ? `${lead}, ${email}` : lead;
}

/** The preparer as printed, apart from the e-mail address (which the agenda makes a link). */
export function preparerParts(preparer: Preparer, fmt: Formatter): { lead: string; email: string | null } {
  if (typeof preparer === 'string') return { lead: preparer.trim(), email: null };
  const who = [preparer.title, preparer.name].filter((s): s is string => !!s?.trim()).map((s) => s.trim());
  const parts = [who.join(' ')];
  if (preparer.phone?.trim()) parts.push(fill(fmt.labels['agenda.phone'], { phone: preparer.phone.trim() }));
  return { lead: parts.join(', '), email: preparer.email ?? null };
}

/**
 * Whether a board is a wellbeing services county's body: every board of a county's plan, and in
 * a joint plan a board whose `municipality` is the plan's county.
 */
export function isCountyBody(merged: MergedPlan, boardId: string): boolean {
  const { plan } = merged;
  if (plan.kind === 'county') return true;
  if (plan.kind !== 'joint' || !plan.county) return false;
  return merged.boards.find((b) => b.id === boardId)?.municipality === plan.county;
}

type Party = { kind: 'municipality' | 'county'; name: string | null; boards: string[] };

/**
 * Who brings the plan to which council (issue 11 point 2; Kuntalaki 93 §): a municipal board
 * proposes it to the municipal executive board, which brings it to the municipal council; a
 * county body's route goes through the county executive board to the regional council. In a
 * joint plan each board's municipality (`board.municipality`) or the county decides.
 */
export function planParties(merged: MergedPlan, boardIds: readonly string[]): Party[] {
  const { plan } = merged;
  const byId = new Map(merged.boards.map((b) => [b.id, b]));
  if (plan.kind !== 'joint') return [{ kind: plan.kind, name: null, boards: [...boardIds] }];
  const parties: Party[] = [];
  for (const id of boardIds) {
    const municipality = byId.get(id)?.municipality ?? null;
    const kind = municipality !== null && municipality === plan.county ? 'county' : 'municipality';
    let party = parties.find((p) => p.name === municipality && p.kind === kind);
    if (!party) parties.push((party = { kind, name: municipality, boards: [] }));
    party.boards.push(id);
  }
  return parties;
}

export function buildAgenda(merged: MergedPlan, meeting: Meeting, fmt: Formatter): Agenda {
  const labels: Labels = fmt.labels;
  const { plan } = merged;
  const nameOf = boardNames(merged.boards);
  const attending = meeting.boards.length > 0 ? meeting.boards : merged.boards.map((b) => b.id);
  const { start, end } = plan.period;
  const vision = plan.vision?.trim() ? plan.vision : null;
  const swotItems = Object.values(merged.swot).flat();
  const properNames = [...plan.municipalities, ...(plan.county ? [plan.county] : [])];
  const lower = (name: string) => inSentence(name, properNames, fmt.lang);
  const minutesOnline = meeting.minutesOnline ? fmt.date(meeting.minutesOnline) : null;

  /** "A, b ja c" as the subject of a sentence */
  const subject = (ids: readonly string[]) => {
    const names = ids.map((id, i) => (i === 0 ? nameOf(id).trim() : lower(nameOf(id))));
    return fmt.list(names);
  };

  type Draft = Omit<AgendaItem, 'number' | 'sections' | 'presenters' | 'presenter' | 'decision'> &
    Numberable & { presented: boolean; itemPresenter: string | null };
  const base = {
    dno: null,
    preparer: null,
    preparerLead: null,
    preparerEmail: null,
    description: null,
    quote: null,
    proposals: [],
    proposal: null,
    routes: [],
    attachments: [],
    duration: null,
    presented: false,
    itemPresenter: null,
  };
  const preparerFields = (preparer: Preparer | undefined) => {
    if (!preparer) return { preparer: null, preparerLead: null, preparerEmail: null };
    const { lead, email } = preparerParts(preparer, fmt);
    return { preparer: formatPreparer(preparer, fmt), preparerLead: lead, preparerEmail: email };
  };
  const numbered = (list: readonly Attachment[], from = 1): AgendaAttachment[] =>
    list.map((a, i) => ({ number: from + i, title: a.title, file: a.file ?? null }));

  /** One of the tool's own items, with what meeting.yaml's `standard_items` adds or replaces. */
  const standard = (key: StandardItemKey, title: string, fields: Partial<Draft> = {}): Draft => {
    const given = meeting.standardItems[key];
    const draft: Draft = { ...base, key, source: 'standard', preparatory: true, title, ...fields };
    if (!given) return draft;
    const own = numbered(given.attachments, draft.attachments.length + 1);
    return {
      ...draft,
      dno: given.dno ?? null,
      ...preparerFields(given.preparer),
      description: given.description ?? draft.description,
      // a proposal of one's own replaces the standard one, the plan's routes included
      ...(given.proposal !== undefined ? { proposal: given.proposal, routes: [] } : {}),
      attachments: [...draft.attachments, ...own],
    };
  };

  const drafts: Draft[] = [
    standard('opening', labels['item.opening'], {
      description: labels['item.opening.text'],
      proposal: labels['item.opening.proposal'],
    }),
    standard('minutes', labels['item.minutes'], {
      description: minutesOnline ? fill(labels['item.minutes.text'], { date: minutesOnline }) : labels['item.minutes.textNoDate'],
      proposal: labels['item.minutes.proposal'],
    }),
    standard('order', labels['item.order'], { proposal: labels['item.order.proposal'] }),
    standard('swot', labels['swot.heading'], {
      source: 'plan',
      presented: true,
      description: fill(labels['item.swot.text'], {
        count: swotItems.length,
        shared: swotItems.filter((i) => i.boards.length > 1).length,
      }),
      proposal: labels['item.swot.proposal'],
    }),
    standard('vision', labels['item.vision'], {
      source: 'plan',
      presented: true,
      description: vision ? labels['item.vision.text'] : labels['item.vision.missingText'],
      quote: vision,
      proposals: vision ? [] : merged.visions.map((v) => ({ text: v.text, boards: v.boards.map(nameOf) })),
      proposal: vision ? labels['item.vision.proposal'] : labels['item.vision.missingProposal'],
    }),
    // The boards' approval goes on to the council, so it only prepares the council's decision
    // (Kuntalaki 136 §).
    standard('plan', fill(labels['item.plan'], { start, end }), {
      source: 'plan',
      presented: true,
      description: [labels['item.plan.law'], planPartiesText(merged, fmt), labels['item.plan.prepared']].join('\n\n'),
      ...planProposal(merged, attending, fmt, subject),
      attachments: [{ number: 1, title: planTitle(merged, fmt), file: PLAN_ATTACHMENT_FILE }],
    }),
    ...meeting.items.map(
      (item): Draft => ({
        ...base,
        key: null,
        source: 'extra',
        preparatory: item.preparatory,
        title: item.title,
        dno: item.dno ?? null,
        ...preparerFields(item.preparer),
        presented: true,
        itemPresenter: item.presenter?.trim() ? item.presenter.trim() : null,
        description: item.description ?? null,
        proposal: item.proposal ?? null,
        attachments: numbered(item.attachments),
        duration: item.duration ?? null,
        boards: item.boards,
      }),
    ),
    standard('closing', labels['item.closing'], { description: labels['item.closing.text'] }),
  ];

  const numbers = sectionNumbers(drafts, attending, meeting.sections);
  const items: AgendaItem[] = drafts.map(({ boards: _boards, presented, itemPresenter, ...draft }, i) => {
    const sections = numbers[i]!.map((s) => ({ ...s, board: nameOf(s.boardId) }));
    // one presenter per board (issue 11 point 4); the formal items are the chair's
    const presenters = presented
      ? sections
          .map((s) => ({ board: s.board, presenter: itemPresenter ?? meeting.presenters[s.boardId]?.trim() ?? '' }))
          .filter((p) => p.presenter !== '')
      : [];
    // every handling board has the same presenter: named once
    const same = presenters.length > 0 && presenters.length === sections.length && presenters.every((p) => p.presenter === presenters[0]!.presenter);
    return { ...draft, number: i + 1, decision: draft.key !== 'closing', sections, presenter: same ? presenters[0]!.presenter : null, presenters: same ? [] : presenters };
  });

  const names = attending.map(nameOf);
  return {
    title: meeting.title?.trim() ? meeting.title : defaultMeetingTitle(names, fmt, properNames),
    date: meeting.date,
    start: meeting.start,
    end: meeting.end ?? null,
    place: meeting.place,
    boards: names,
    chair: meeting.chair ?? null,
    secretary: meeting.secretary ?? null,
    minutesOnline: meeting.minutesOnline ?? null,
    items,
    appeal: {
      prohibition: boardAppeals(items, attending, nameOf, true, meeting, merged, fmt),
      rectification: boardAppeals(items, attending, nameOf, false, meeting, merged, fmt),
    },
  };
}

/** The boards (in attending order) that have § numbers of this kind, with their numbers. */
function boardAppeals(
  items: readonly AgendaItem[],
  attending: readonly string[],
  nameOf: (id: string) => string,
  preparatory: boolean,
  meeting: Meeting,
  merged: MergedPlan,
  fmt: Formatter,
): BoardAppeal[] {
  return attending.flatMap((boardId): BoardAppeal[] => {
    const numbers = items
      .filter((i) => i.preparatory === preparatory)
      .flatMap((i) => i.sections.filter((s) => s.boardId === boardId).map((s) => s.number));
    if (numbers.length === 0) return [];
    const review = preparatory ? undefined : meeting.review[boardId];
    return [
      {
        boardId,
        board: nameOf(boardId),
        law: isCountyBody(merged, boardId) ? 'county' : 'municipal',
        numbers,
        // "87–92 ja 95 §": the last range joined as the language joins a list (issue 11 review)
        ranges: sectionRanges(numbers, (parts) => fmt.list(parts)),
        // named only with its addresses; without them the general text says "the board"
        authority: review ? review.authority?.trim() || nameOf(boardId) : null,
        address: review?.address ?? null,
        email: review?.email ?? null,
      },
    ];
  });
}

/** Who makes this plan and which councils approve it, by the plan's `kind` (issue 11 point 1). */
function planPartiesText(merged: MergedPlan, fmt: Formatter): string {
  const { plan } = merged;
  const labels = fmt.labels;
  if (plan.kind === 'county') return fill(labels['item.plan.parties.county'], { county: plan.county ?? labels['plan.county'] });
  if (plan.kind === 'municipality') return fill(labels['item.plan.parties.municipality'], { municipalities: fmt.list(plan.municipalities) });
  const parties = [...plan.municipalities, ...(plan.county ? [plan.county] : [])];
  return fill(labels[plan.county ? 'item.plan.parties.jointCounty' : 'item.plan.parties.joint'], { parties: fmt.list(parties) });
}

/** The plan item's proposal: approve for one's part and propose it on (Kuntalaki 93 §). */
function planProposal(
  merged: MergedPlan,
  attending: readonly string[],
  fmt: Formatter,
  subject: (ids: readonly string[]) => string,
): { proposal: string; routes: PlanRoute[] } {
  const labels = fmt.labels;
  const { start, end } = merged.plan.period;
  const route = (kind: Party['kind']) => labels[kind === 'county' ? 'route.county' : 'route.municipality'];
  const parties = planParties(merged, attending);
  const many = attending.length > 1;
  if (merged.plan.kind !== 'joint') {
    const key: LabelKey = many ? 'item.plan.proposal.many' : 'item.plan.proposal.one';
    return { proposal: fill(labels[key], { start, end, route: route(parties[0]!.kind) }), routes: [] };
  }
  return {
    proposal: fill(labels[many ? 'item.plan.proposal.joint' : 'item.plan.proposal.jointOne'], { start, end }),
    routes: parties.map((p) => ({
      party: p.name,
      text: fill(labels[p.boards.length > 1 ? 'item.plan.route.many' : 'item.plan.route.one'], {
        boards: subject(p.boards),
        route: route(p.kind),
      }),
    })),
  };
}
