// A small builder for WorkspaceModel objects, so merge and diff tests read like the boards'
// YAML files: `workspace({ boards: [board('sivistys', { strengths: ['Hyvä koulu'] })] })`.
// Positions are made up but realistic: each board is `<dir>/boards/<id>.yaml`, and every item,
// vision text, goal and action gets the next line of that file in the order written.
import {
  QUADRANTS,
  type Action,
  type Board,
  type Goal,
  type Plan,
  type Quadrant,
  type SwotItem,
  type WorkspaceModel,
} from '../../src/model/types.js';

export type ItemSpec = string | { text: string; id?: string; theme?: string; note?: string; line?: number };
export type ActionSpec = string | Omit<Action, 'pos'>;
export interface GoalSpec {
  id?: string;
  title: string;
  theme?: string;
  actions?: ActionSpec[];
}

export interface BoardSpec extends Partial<Record<Quadrant, ItemSpec[]>> {
  name?: string;
  municipality?: string;
  /** `null` = not submitted; default a fixed date */
  submitted?: string | null;
  vision?: string | string[];
  goals?: GoalSpec[];
}

export const DIR = 'plans/test';

export function board(id: string, spec: BoardSpec = {}): Board {
  const file = `${DIR}/boards/${id}.yaml`;
  let line = 5;
  const pos = (column: number, at?: number) => ({ file, line: at ?? ++line, column });

  const swot = {} as Record<Quadrant, SwotItem[]>;
  for (const quadrant of QUADRANTS) {
    line++; // the key, e.g. `strengths:`
    swot[quadrant] = (spec[quadrant] ?? []).map((s): SwotItem => {
      if (typeof s === 'string') return { text: s, pos: pos(7) };
      const { line: at, ...rest } = s;
      return { ...rest, pos: pos(7, at) };
    });
  }
  const visions = spec.vision === undefined ? [] : Array.isArray(spec.vision) ? spec.vision : [spec.vision];
  const vision = visions.map((text) => ({ text, pos: pos(5) }));
  const goals = (spec.goals ?? []).map((g): Goal => {
    const goal: Goal = { title: g.title, actions: [], pos: pos(5) };
    if (g.id !== undefined) goal.id = g.id;
    if (g.theme !== undefined) goal.theme = g.theme;
    goal.actions = (g.actions ?? []).map((a) => (typeof a === 'string' ? { text: a, pos: pos(11) } : { ...a, pos: pos(11) }));
    return goal;
  });

  const b: Board = {
    id,
    name: spec.name ?? `${id[0]!.toUpperCase()}${id.slice(1)}lautakunta`,
    swot,
    vision,
    goals,
    file,
  };
  if (spec.municipality !== undefined) b.municipality = spec.municipality;
  if (spec.submitted !== null) b.submitted = spec.submitted ?? '2026-09-30';
  return b;
}

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    kind: 'municipality',
    municipalities: ['Esimerkkilä'],
    period: { start: 2026, end: 2029 },
    language: 'fi',
    steeringGroup: [],
    themes: {},
    sections: {},
    file: `${DIR}/plan.yaml`,
    ...overrides,
  };
}

export function workspace(spec: { plan?: Partial<Plan>; boards: Board[] }): WorkspaceModel {
  return { dir: DIR, plan: plan(spec.plan), boards: spec.boards, indicators: [] };
}
