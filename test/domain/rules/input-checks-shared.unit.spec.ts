import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import { requireDate, requireOneOf, requireText } from '../../../domain/rules/input-checks.js';

function refusal(run: () => unknown): { field: string; rule: unknown; article: string | undefined } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const { field, details, article } = error as InvalidInputError;
    return { field, rule: details.rule, article };
  }
  throw new Error('not refused');
}

/** The subject's guards and the agency/department checks were two copies with opposite argument orders; these are the points where they differed. */
describe('one set of input checks for subject, agency and department decisions (field first)', () => {
  it('A9: a blank text is TEXT_REQUIRED for subject decisions (the default), REQUIRED where the agency and department decisions ask for it (A20)', () => {
    expect(refusal(() => requireText('basisDocument', ' ', 'A9'))).toEqual({ field: 'basisDocument', rule: 'TEXT_REQUIRED', article: 'A9' });
    expect(refusal(() => requireText('name', ' ', 'A20', 'REQUIRED'))).toEqual({ field: 'name', rule: 'REQUIRED', article: 'A20' });
  });

  it('A9: the article is optional; a value that is not a string is refused, not a TypeError', () => {
    expect(refusal(() => requireText('summary', 42))).toEqual({ field: 'summary', rule: 'TEXT_REQUIRED', article: undefined });
    expect(refusal(() => requireDate('decisionDate', 20260210, 'A9'))).toEqual({ field: 'decisionDate', rule: 'CALENDAR_DATE', article: 'A9' });
    expect(refusal(() => requireOneOf('kind', 7, ['organisation', 'person'] as const, 'A4'))).toEqual({ field: 'kind', rule: 'ONE_OF', article: 'A4' });
  });
});
