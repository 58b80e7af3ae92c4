import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import { parseRating, RATING_GRADES } from '../../../domain/rules/rating.js';

const ruleOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).article).toBe('A16');
    return (e as InvalidInputError).details.rule;
  }
  throw new Error('not refused');
};

describe('credit rating scale (A16)', () => {
  it('A16: the scale runs AAA … C with an optional D', () => {
    expect(RATING_GRADES).toEqual(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D']);
  });

  it.each(RATING_GRADES)('A16: grade %s parses without a modifier', (grade) => {
    expect(parseRating(grade)).toEqual({ grade, modifier: null, label: grade });
  });

  it.each(['AA', 'A', 'BBB', 'BB', 'B', 'CCC'])('A16: grade %s takes + and -', (grade) => {
    expect(parseRating(`${grade}+`)).toEqual({ grade, modifier: '+', label: `${grade}+` });
    expect(parseRating(`${grade}-`)).toEqual({ grade, modifier: '-', label: `${grade}-` });
  });

  it('A16: a typeset minus sign (U+2212) reads as -', () => {
    expect(parseRating('BBB\u2212')).toEqual({ grade: 'BBB', modifier: '-', label: 'BBB-' });
  });

  it.each(['AAA+', 'AAA-', 'CC+', 'CC-', 'C+', 'C\u2212', 'D+', 'D-'])('A16: %s is refused: no modifier on AAA or below CCC', (input) => {
    expect(ruleOf(() => parseRating(input))).toBe('RATING_MODIFIER');
  });

  it.each(['', 'AAAA', 'E', 'BBB+-', 'A++', '+', 'aa', 'B B'])('A16: %p is not on the scale', (input) => {
    expect(ruleOf(() => parseRating(input))).toBe('RATING_SCALE');
  });

  it('A16: surrounding spaces are ignored and the refusal names the given field', () => {
    expect(parseRating(' AA+ ').label).toBe('AA+');
    try {
      parseRating('Z', 'summary.rating');
      throw new Error('not refused');
    } catch (e) {
      expect((e as InvalidInputError).field).toBe('summary.rating');
    }
  });
});

describe('parseRating: the optional grade D (docs/domain.md)', () => {
  it('A16: D is on the scale by default (allowGradeD defaults to true, decision)', () => {
    expect(parseRating('D')).toEqual({ grade: 'D', modifier: null, label: 'D' });
  });

  it('A16: with allowGradeD false, D is invalid input (RATING_GRADE_D_NOT_ALLOWED); C is still accepted', () => {
    expect(() => parseRating('D', 'rating', { allowGradeD: false })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.objectContaining({ rule: 'RATING_GRADE_D_NOT_ALLOWED' }) }));
    expect(parseRating('C', 'rating', { allowGradeD: false }).grade).toBe('C');
  });

  it('A16: a rating that is not a text is invalid input (RATING_SCALE), not a TypeError', () => {
    expect(() => parseRating(null as never)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.objectContaining({ rule: 'RATING_SCALE' }) }));
  });
});
