// The zod schemas on their own (SPEC 2.1–2.4).
import { describe, expect, it } from 'vitest';
import { boardSchema, indicatorsSchema, meetingSchema, planSchema } from '../../src/model/schema.js';

describe('planSchema', () => {
  it('fills in the defaults', () => {
    const plan = planSchema.parse({ municipalities: ['Akaa'], period: { start: 2026, end: 2029 } });
    expect(plan.kind).toBe('municipality');
    expect(plan.language).toBe('fi');
  });

  it('is strict', () => {
    expect(planSchema.safeParse({ municipalities: ['Akaa'], period: { start: 2026, end: 2029 }, extra: 1 }).success).toBe(false);
  });

  it('wants at least one municipality and years within 1900–2200', () => {
    expect(planSchema.safeParse({ municipalities: [], period: { start: 2026, end: 2029 } }).success).toBe(false);
    expect(planSchema.safeParse({ municipalities: ['A'], period: { start: 1899, end: 2029 } }).success).toBe(false);
    expect(planSchema.safeParse({ municipalities: ['A'], period: { start: 2026.5, end: 2029 } }).success).toBe(false);
  });
});

describe('boardSchema', () => {
  it('accepts items as text or as mappings, and vision as text or a list', () => {
    const ok = boardSchema.safeParse({
      board: { id: 'vapaa-aika', name: 'Vapaa-aikalautakunta' },
      swot: { strengths: ['a', { text: 'b', id: 'S_1', theme: 't', note: 'n' }], threats: [] },
      vision: ['x', 'y'],
      goals: [{ title: 'G', actions: [{ text: 'A', due: 2027 }, { text: 'B', due: '2027-06-30' }] }],
    });
    expect(ok.success).toBe(true);
    expect(boardSchema.safeParse({ board: { id: 'a', name: 'A' }, vision: 'x' }).success).toBe(true);
  });

  it('board ids are slugs', () => {
    for (const id of ['Perusturva', 'perus turva', '-a', 'a_b', '']) {
      expect(boardSchema.safeParse({ board: { id, name: 'A' } }).success, id).toBe(false);
    }
    expect(boardSchema.safeParse({ board: { id: 'vapaa-aika-2', name: 'A' } }).success).toBe(true);
  });

  it('dates are real calendar dates', () => {
    expect(boardSchema.safeParse({ board: { id: 'a', name: 'A' }, submitted: '2026-02-28' }).success).toBe(true);
    expect(boardSchema.safeParse({ board: { id: 'a', name: 'A' }, submitted: '2026-02-30' }).success).toBe(false);
    expect(boardSchema.safeParse({ board: { id: 'a', name: 'A' }, submitted: '2026-2-3' }).success).toBe(false);
  });
});

describe('meetingSchema', () => {
  it('wants date, start and place, times as HH:MM', () => {
    expect(meetingSchema.safeParse({ date: '2026-10-14', start: '17:00', place: 'Sali' }).success).toBe(true);
    expect(meetingSchema.safeParse({ date: '2026-10-14', start: '7:00', place: 'Sali' }).success).toBe(false);
    expect(meetingSchema.safeParse({ date: '2026-10-14', start: 1020, place: 'Sali' }).success).toBe(false);
    expect(meetingSchema.safeParse({ date: '2026-10-14', start: '17:00' }).success).toBe(false);
  });
});

describe('indicatorsSchema', () => {
  it('values by year', () => {
    expect(indicatorsSchema.safeParse({ indicators: [{ id: 'a', title: 'A', values: { '2024': 1.5 } }] }).success).toBe(true);
    expect(indicatorsSchema.safeParse({ indicators: [{ id: 'a', title: 'A', values: { '2024': 'x' } }] }).success).toBe(false);
    expect(indicatorsSchema.safeParse({ indicators: [{ id: 'a', title: 'A', values: { v: 1 } }] }).success).toBe(false);
  });
});
