import { InvalidInputError } from '../kernel/domain-error.js';

/** A16: a report's summary carries a credit rating on this scale (docs/domain.md; D optional). */
export const RATING_GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];

export interface Rating {
  readonly grade: RatingGrade;
  readonly modifier: '+' | '-' | null;
  readonly label: string; // canonical: grade + ASCII modifier, e.g. `BBB-`
}

export interface RatingOptions {
  /**
   * docs/domain.md "(optional D)": whether the scale in use ends with D. Default true (decision): a
   * report rated D is accepted unless the operator configures a scale that stops at C.
   */
  readonly allowGradeD?: boolean;
}

/** Nothing sits above AAA, and the scale below CCC is not refined (docs/domain.md). */
const NO_MODIFIER: ReadonlySet<RatingGrade> = new Set<RatingGrade>(['AAA', 'CC', 'C', 'D']);

export function parseRating(input: string, field = 'rating', { allowGradeD = true }: RatingOptions = {}): Rating {
  if (typeof input !== 'string') {
    throw new InvalidInputError(field, 'RATING_SCALE', `${JSON.stringify(input)} is not a rating text`, {}, 'A16');
  }
  const text = input.trim().replace(/\u2212/g, '-'); // typeset minus sign, as printed in reports
  const match = /^([A-Z]+)([+-]?)$/.exec(text);
  const grade = RATING_GRADES.find((g) => g === match?.[1]);
  if (!match || !grade) {
    throw new InvalidInputError(field, 'RATING_SCALE', `"${input}" is not on the scale ${RATING_GRADES.join(', ')}`, {}, 'A16');
  }
  if (grade === 'D' && !allowGradeD) {
    throw new InvalidInputError(field, 'RATING_GRADE_D_NOT_ALLOWED', 'the configured scale ends at C: D is not a grade', {}, 'A16');
  }
  const modifier = match[2] === '' ? null : (match[2] as '+' | '-');
  if (modifier && NO_MODIFIER.has(grade)) {
    throw new InvalidInputError(field, 'RATING_MODIFIER', `${grade} takes no +/− modifier`, {}, 'A16');
  }
  return { grade, modifier, label: grade + (modifier ?? '') };
}
