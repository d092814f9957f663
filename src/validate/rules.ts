// Cross-file rules and legal completeness. Each rule is a small function that looks at the
// typed pieces that passed the schema and reports onto the context; a rule never assumes that
// another file was valid (a broken plan.yaml must not hide the problems of the boards).
import path from 'node:path';
import { SECTION_HEADINGS } from '../model/legal.js';
import {
  QUADRANTS,
  REQUIRED_SECTIONS,
  type Board,
  type Plan,
  type Pos,
} from '../model/types.js';
import { positionOf } from '../workspace/positions.js';
import type { SourceFile } from '../workspace/types.js';
import { normalizeText } from '../model/normalize.js';
import { suggest } from './did-you-mean.js';
import { markupLimitRule } from './limits.js';
import { fileStem, list, report, type Path } from './rule-kit.js';
import { goalConflictRule, repeatRule } from './rules-repeats.js';
import { actionIdRule, indicatorRefRule, monitoringEntriesRule, monitoringPeriodRule, monitoringYearRule } from './rules-monitoring.js';
// the shapes live in rule-types.ts, so that a rule in a module of its own (limits.ts,
// rules-repeats.ts) needs no import of this file, which imports it (issue 17's structure test)
import type { Checked, Rule } from './rule-types.js';

export { fileStem } from './rule-kit.js';
export type { Checked, Rule, RuleContext } from './rule-types.js';

// ---- plan -------------------------------------------------------------------------------------

/** `end >= start`; longer than four years is a warning (Child Welfare Act 12 §: reviewed every four years). */
export const periodRule: Rule = (ctx) => {
  if (!ctx.plan) return;
  const { src, model } = ctx.plan;
  const { start, end } = model.period;
  if (end < start) {
    report(ctx, src, ['period', 'end'], 'value', { code: 'period-order', id: 'rule.periodOrder', args: { start, end } });
  } else if (end - start + 1 > 4) {
    report(ctx, src, ['period'], 'key', {
      severity: 'warning',
      code: 'period-long',
      id: 'rule.periodLong',
      args: { years: end - start + 1 },
      hintId: 'rule.periodLong.hint',
    });
  }
};

export const visionRule: Rule = (ctx) => {
  if (!ctx.plan || ctx.planBroken || ctx.plan.model.vision !== undefined) return;
  report(ctx, ctx.plan.src, ['vision'], 'key', {
    severity: 'warning',
    code: 'no-vision',
    id: 'rule.noVision',
    hintId: 'rule.noVision.hint',
  });
};

/**
 * SPEC 4: each section required for the plan's kind needs text (Child Welfare Act 12 § as
 * amended by 610/2022: items 1, 2, 6 and 7 in every plan, 3–5 in a county's). A warning while
 * the plan is prepared; an error once its state is `approved`, since an approved plan cannot
 * lack what the act requires (issue 11 item 6).
 */
export const legalSectionsRule: Rule = (ctx) => {
  // a broken plan.yaml's missing parts may be what its error hid (RuleContext.planBroken)
  if (!ctx.plan || ctx.planBroken) return;
  const { src, model } = ctx.plan;
  const approved = model.state === 'approved';
  for (const section of REQUIRED_SECTIONS[model.kind]) {
    if (model.sections[section] !== undefined) continue;
    report(ctx, src, ['sections', section], 'key', {
      ...(approved ? {} : { severity: 'warning' as const }),
      code: 'missing-section',
      id: approved ? 'rule.missingSectionApproved' : 'rule.missingSection',
      args: { section, heading: SECTION_HEADINGS.fi[section], kind: model.kind },
      hintId: `rule.missingSection.hint.${model.kind}`,
    });
  }
};

/**
 * The councils that approve the plan (Child Welfare Act 12 §, issue 11 items 1 and 6): a
 * municipality's plan by its council, a county's by the regional council, a joint plan by each
 * municipality's council and, where the county is a party, by the regional council. Until the
 * plan is approved their dates are plans; an approved plan names each decision with its §.
 */
export const approvalRule: Rule = (ctx) => {
  if (!ctx.plan) return;
  const { src, model } = ctx.plan;
  const approval = model.approval;
  const bodies = [...model.municipalities, ...(model.county !== undefined ? [model.county] : [])];
  (approval?.councils ?? []).forEach((c, i) => {
    if (bodies.includes(c.by)) return;
    const suggestion = suggest(c.by, bodies);
    report(ctx, src, ['approval', 'councils', i, 'by'], 'value', {
      code: 'unknown-council',
      id: 'rule.unknownCouncil',
      args: { value: c.by, allowed: bodies.join(', ') },
      ...(suggestion ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } } : {}),
    });
  });
  if (model.kind === 'joint' && approval?.council !== undefined && approval.councils.length === 0) {
    report(ctx, src, ['approval', 'council'], 'key', {
      severity: 'warning',
      code: 'joint-council',
      id: 'rule.jointCouncil',
      hintId: 'rule.jointCouncil.hint',
    });
  }
  if (model.state !== 'approved') return;
  for (const body of approvingCouncils(model.kind, model.municipalities, model.county)) {
    const decided =
      model.kind === 'joint'
        ? approval?.councils.some((c) => c.by === body && c.section !== undefined)
        : approval?.council !== undefined && approval.section !== undefined;
    if (decided) continue;
    report(ctx, src, approval ? ['approval'] : ['state'], 'key', {
      code: 'approval-missing',
      id: 'rule.approvalMissing',
      args: { body },
      hintId: model.kind === 'joint' ? 'rule.approvalMissing.hintJoint' : 'rule.approvalMissing.hint',
      hintArgs: { body },
    });
  }
};

/** Whose council approves a plan of `kind`: the municipality, the county, or each of a joint plan's. */
export function approvingCouncils(kind: Plan['kind'], municipalities: string[], county: string | undefined): string[] {
  if (kind === 'municipality') return municipalities.slice(0, 1);
  if (kind === 'county') return [county ?? 'county'];
  return [...municipalities, ...(county !== undefined ? [county] : [])];
}

// ---- boards -----------------------------------------------------------------------------------

/** Board ids are unique; a board's id should match its file name. */
export const boardIdRule: Rule = (ctx) => {
  const first = new Map<string, Checked<Board>>();
  for (const board of ctx.boards) {
    const { src, model } = board;
    const earlier = first.get(model.id);
    if (earlier) {
      const line = positionOf(earlier.src, ['board', 'id'], 'value').line;
      report(ctx, src, ['board', 'id'], 'value', {
        code: 'duplicate-board',
        id: 'rule.duplicateBoard',
        args: { id: model.id, other: `${earlier.src.file}:${line}` },
      });
    } else {
      first.set(model.id, board);
    }
    const stem = fileStem(src);
    if (stem !== model.id) {
      report(ctx, src, ['board', 'id'], 'value', {
        severity: 'warning',
        code: 'board-id-mismatch',
        id: 'rule.boardIdFile',
        args: { id: model.id, file: path.posix.basename(src.rel) },
        hintId: 'rule.boardIdFile.hint',
      });
    }
  }
};

export const municipalityRule: Rule = (ctx) => {
  if (!ctx.plan || ctx.planBroken) return;
  // a board of the wellbeing services county names the county (issue 11: its route to the
  // regional council differs from a municipal board's)
  const county = ctx.plan.model.county;
  const allowed = county ? [...ctx.plan.model.municipalities, county] : ctx.plan.model.municipalities;
  for (const { src, model } of ctx.boards) {
    if (model.municipality === undefined || allowed.includes(model.municipality)) continue;
    const suggestion = suggest(model.municipality, allowed);
    report(ctx, src, ['board', 'municipality'], 'value', {
      code: 'unknown-municipality',
      id: 'rule.unknownMunicipality',
      args: { value: model.municipality, allowed: allowed.join(', ') },
      ...(suggestion ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } } : {}),
    });
  }
};

/** Themes of SWOT items and goals must be defined in plan.yaml. */
export const themeRule: Rule = (ctx) => {
  if (!ctx.plan || ctx.planBroken) return;
  const themes = Object.keys(ctx.plan.model.themes);
  const check = (src: SourceFile, theme: string | undefined, at: Path) => {
    if (theme === undefined || themes.includes(theme)) return;
    const suggestion = suggest(theme, themes);
    report(ctx, src, at, 'value', {
      code: 'unknown-theme',
      id: 'rule.unknownTheme',
      args: { value: theme },
      ...(suggestion
        ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } }
        : themes.length > 0
          ? { hintId: 'rule.unknownTheme.hint', hintArgs: { allowed: list(themes) } }
          : { hintId: 'rule.unknownTheme.hint.none' }),
    });
  };
  for (const { src, model } of ctx.boards) {
    for (const q of QUADRANTS) model.swot[q].forEach((item, i) => check(src, item.theme, ['swot', q, i, 'theme']));
    model.goals.forEach((goal, g) => check(src, goal.theme, ['goals', g, 'theme']));
  }
};

/** Within one board's quadrant an id is used once. */
export const duplicateIdRule: Rule = (ctx) => {
  for (const { src, model } of ctx.boards) {
    for (const q of QUADRANTS) {
      const seen = new Map<string, number>();
      model.swot[q].forEach((item, i) => {
        if (item.id === undefined) return;
        const line = seen.get(item.id);
        if (line === undefined) {
          seen.set(item.id, item.pos.line);
          return;
        }
        report(ctx, src, ['swot', q, i, 'id'], 'value', { code: 'duplicate-id', id: 'rule.duplicateId', args: { id: item.id, line } });
      });
    }
  }
};

/**
 * SPEC 3: equal ids across boards mean the same item, so their texts must be equal (after
 * normalization). The later one is reported, naming the first place.
 */
export const idConflictRule: Rule = (ctx) => {
  for (const q of QUADRANTS) {
    const first = new Map<string, { text: string; norm: string; board: string; src: SourceFile; pos: Pos }>();
    for (const { src, model } of ctx.boards) {
      model.swot[q].forEach((item, i) => {
        if (item.id === undefined) return;
        const norm = normalizeText(item.text);
        const earlier = first.get(item.id);
        if (!earlier) {
          first.set(item.id, { text: item.text, norm, board: model.id, src, pos: item.pos });
          return;
        }
        // the same board reusing an id is duplicate-id's business
        if (earlier.board === model.id || earlier.norm === norm) return;
        report(ctx, src, ['swot', q, i, 'id'], 'value', {
          code: 'id-conflict',
          id: 'rule.idConflict',
          args: { id: item.id, text: item.text, otherText: earlier.text, other: `${earlier.src.file}:${earlier.pos.line}` },
          hintId: 'rule.idConflict.hint',
        });
      });
    }
  }
};

// ---- meeting ----------------------------------------------------------------------------------

/** Boards named in meeting.yaml (attending boards, § numbers, items) must exist. */
export const meetingBoardsRule: Rule = (ctx) => {
  if (!ctx.meeting) return;
  const { src, model, boardsGiven } = ctx.meeting;
  const known = ctx.boardIds;
  const check = (id: string, at: Path, which: 'key' | 'value') => {
    if (known.includes(id)) return;
    const suggestion = suggest(id, known);
    report(ctx, src, at, which, {
      code: 'unknown-board',
      id: 'rule.unknownBoard',
      args: { value: id },
      ...(suggestion
        ? { hintId: 'schema.unknownKey.hint.didYouMean', hintArgs: { suggestion } }
        : { hintId: 'rule.unknownBoard.hint', hintArgs: { allowed: list(known) } }),
    });
  };
  if (boardsGiven) model.boards.forEach((id, i) => check(id, ['boards', i], 'value'));
  for (const id of Object.keys(model.sections)) check(id, ['sections', id], 'key');
  for (const id of Object.keys(model.presenters)) check(id, ['presenters', id], 'key');
  for (const id of Object.keys(model.review)) check(id, ['review', id], 'key');
  model.items.forEach((item, i) => item.boards?.forEach((id, b) => check(id, ['items', i, 'boards', b], 'value')));
};

export const meetingTimeRule: Rule = (ctx) => {
  if (!ctx.meeting) return;
  const { src, model } = ctx.meeting;
  // "HH:MM" strings compare in time order
  if (model.end !== undefined && model.end <= model.start) {
    report(ctx, src, ['end'], 'value', { code: 'time-order', id: 'rule.timeOrder', args: { start: model.start, end: model.end } });
  }
  // ISO dates compare in date order; the minutes cannot go online before the meeting is held
  if (model.minutesOnline !== undefined && model.minutesOnline < model.date) {
    report(ctx, src, ['minutes_online'], 'value', {
      code: 'date-order',
      id: 'rule.minutesBeforeMeeting',
      args: { online: model.minutesOnline, date: model.date },
    });
  }
};

// ---- indicators -------------------------------------------------------------------------------

export const indicatorIdRule: Rule = (ctx) => {
  if (!ctx.indicators) return;
  const { src, model } = ctx.indicators;
  const seen = new Map<string, number>();
  model.forEach((indicator, i) => {
    const line = seen.get(indicator.id);
    if (line === undefined) seen.set(indicator.id, indicator.pos.line);
    else report(ctx, src, ['indicators', i, 'id'], 'value', { code: 'duplicate-id', id: 'rule.duplicateIndicator', args: { id: indicator.id, line } });
  });
};

/** All rules, in the order their diagnostics are collected. */
export const RULES: readonly Rule[] = [
  periodRule,
  visionRule,
  legalSectionsRule,
  approvalRule,
  boardIdRule,
  municipalityRule,
  themeRule,
  duplicateIdRule,
  idConflictRule,
  goalConflictRule,
  repeatRule,
  meetingBoardsRule,
  meetingTimeRule,
  indicatorIdRule,
  actionIdRule,
  indicatorRefRule,
  monitoringYearRule,
  monitoringPeriodRule,
  monitoringEntriesRule,
  markupLimitRule,
];

/**
 * The rules that look at one file alone, for a file checked without a workspace around it
 * (`lnhs validate <file>`, issue 13): no theme, municipality or board list to compare with, and
 * a file name that need not match the board id (an e-mailed copy is often `sivistys (2).yaml`).
 */
export const FILE_RULES: readonly Rule[] = RULES.filter(
  (rule) => rule !== boardIdRule && rule !== municipalityRule && rule !== themeRule && rule !== meetingBoardsRule && rule !== indicatorRefRule,
);
