import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/model/normalize.js';
import { editDistance, suggest } from '../../src/validate/did-you-mean.js';

describe('normalizeText', () => {
  it('folds case with Finnish rules, trims, collapses white space and drops trailing punctuation', () => {
    expect(normalizeText('  Harrastuksia   on\tPALJON!!  ')).toBe('harrastuksia on paljon');
    expect(normalizeText('ÄITIYSNEUVOLA…')).toBe('äitiysneuvola');
    expect(normalizeText('Jonot; ')).toBe('jonot');
    expect(normalizeText('Mitä?')).toBe(normalizeText('mitä'));
  });

  it('makes composed and decomposed letters equal (NFC)', () => {
    expect(normalizeText('Ha\u0308me')).toBe(normalizeText('Häme'));
  });

  it('keeps punctuation inside the text', () => {
    expect(normalizeText('A, b. c')).toBe('a, b. c');
  });

  it('ignores inline emphasis markers, as merging does', () => {
    expect(normalizeText('*Hyvä* neuvola')).toBe('hyvä neuvola');
    expect(normalizeText('snake_case')).toBe('snake_case');
  });
});

describe('suggest', () => {
  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'];

  it('counts a transposition as one edit', () => {
    expect(editDistance('weeknesses', 'weaknesses')).toBe(1);
    expect(editDistance('threast', 'threats')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds what was meant', () => {
    expect(suggest('weeknesses', quadrants)).toBe('weaknesses');
    expect(suggest('Strengths', quadrants)).toBe('strengths');
    expect(suggest('oportunities', quadrants)).toBe('opportunities');
    expect(suggest('harrastus', ['harrastukset', 'mielenterveys'])).toBe('harrastukset');
  });

  it('suggests nothing far off', () => {
    expect(suggest('budget', quadrants)).toBeUndefined();
    expect(suggest('a', ['id'])).toBeUndefined();
  });
});
