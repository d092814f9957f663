// The shapes of the agenda's data (agenda.ts builds it): what the agenda templates and agenda.ics see.
import type { StandardItemKey } from '../model/types.js';

export interface SectionNumber {
  boardId: string;
  board: string;
  number: number;
}

export interface AgendaAttachment {
  /** Liite 1, 2, … within the item */
  number: number;
  title: string;
  file: string | null;
}

/** One party's route of the plan to its council (issue 11 point 2). */
export interface PlanRoute {
  /** the municipality or county, as plan.yaml writes it; null when a board does not say */
  party: string | null;
  /** the sentence: "Hollolan sivistyslautakunta esittää suunnitelman kunnanhallitukselle …" */
  text: string;
}

export interface AgendaItem {
  /** running number on the agenda, from 1 */
  number: number;
  /** which of the tool's own items this is; null for the extra items of meeting.yaml */
  key: StandardItemKey | null;
  /** 'standard' and 'plan' items are the tool's own; 'extra' come from meeting.yaml */
  source: 'standard' | 'plan' | 'extra';
  /** a decision that only prepares or implements (not appealable, Kuntalaki 410/2015 136 §) */
  preparatory: boolean;
  title: string;
  /** every handling board's own § number, in attending-board order */
  sections: SectionNumber[];
  dno: string | null;
  /** valmistelija / lisätiedot, formatted: "hyvinvointikoordinaattori, puh. 040 123 4567" */
  preparer: string | null;
  /** the preparer without the e-mail, and the e-mail, which the agenda links (mailto) */
  preparerLead: string | null;
  preparerEmail: string | null;
  /** one presenter per handling board (Kuntalaki 90 §); empty for the formal items */
  presenters: { board: string; presenter: string }[];
  /** all handling boards have the same presenter: shown once */
  presenter: string | null;
  /** Markdown prose */
  description: string | null;
  /** the adopted vision, quoted under the vision item */
  quote: string | null;
  /** vision proposals listed under the vision item when no vision is adopted */
  proposals: { text: string; boards: string[] }[];
  /** Markdown prose: meeting.yaml's text, or the tool's own */
  proposal: string | null;
  /** the plan item's routes per municipality and county, listed under `proposal` (joint plans) */
  routes: PlanRoute[];
  attachments: AgendaAttachment[];
  /** whether the item ends with a decision line: every item but the closing, which decides nothing */
  decision: boolean;
  /** minutes, when meeting.yaml gives one */
  duration: number | null;
}

/** A board's appeal notice: its own § numbers of one kind, and where to ask for a review. */
export interface BoardAppeal {
  boardId: string;
  board: string;
  /**
   * the law the notice cites: the Local Government Act (410/2015) for a municipality's board,
   * the Act on Wellbeing Services Counties (611/2021) for a county body
   */
  law: 'municipal' | 'county';
  numbers: number[];
  /** "112–118, 120" */
  ranges: string;
  /** the authority receiving a request for a review, with its addresses (rectification only) */
  authority: string | null;
  address: string | null;
  email: string | null;
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
  /** the day the minutes go online (Kuntalaki 140 §) */
  minutesOnline: string | null;
  items: AgendaItem[];
  /** per board: § numbers that cannot be appealed (136 §) and those open to a review (134 §) */
  appeal: { prohibition: BoardAppeal[]; rectification: BoardAppeal[] };
}
