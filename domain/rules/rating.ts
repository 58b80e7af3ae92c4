import { InvalidInputError } from '../kernel/domain-error.js';

/** A16: a report's summary carries a credit rating on this scale (rules.md; D optional). */
export const RATING_GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];

export interface Rating {
  readonly grade: RatingGrade;
  readonly modifier: '+' | '-' | null;
  readonly label: string; // canonical: grade + ASCII modifier, e.g. `BBB-`
}

/** Nothing sits above AAA, and the scale below CCC is not refined (rules.md). */
const NO_MODIFIER: ReadonlySet<RatingGrade> = new Set<RatingGrade>(['AAA', 'CC', 'C', 'D']);

export function parseRating(input: string, field = 'rating'): Rating {
  const text = input.trim().replace(/\u2212/g, '-'); // typeset minus sign, as printed in reports
  const match = /^([A-Z]+)([+-]?)$/.exec(text);
  const grade = RATING_GRADES.find((g) => g === match?.[1]);
  if (!match || !grade) {
    throw new InvalidInputError(field, 'RATING_SCALE', `"${input}" is not on the scale ${RATING_GRADES.join(', ')}`, {}, 'A16');
  }
  const modifier = match[2] === '' ? null : (match[2] as '+' | '-');
  if (modifier && NO_MODIFIER.has(grade)) {
    throw new InvalidInputError(field, 'RATING_MODIFIER', `${grade} takes no +/− modifier`, {}, 'A16');
  }
  return { grade, modifier, label: grade + (modifier ?? '') };
}
