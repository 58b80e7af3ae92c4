/** The one input check only the department needs; the shared ones live in rules/input-checks.ts. */
import { InvalidInputError } from '../kernel/domain-error.js';
import { requireDate } from '../rules/input-checks.js';
import { MEASURE_IN_FORCE_FROM } from './rule-terms.js';

/** A31: a date in the life of the scheme cannot precede the measure's date of issue. */
export function requireSchemeDate(value: string, field: string, article: string): string {
  requireDate(value, field, article);
  if (value < MEASURE_IN_FORCE_FROM) {
    throw new InvalidInputError(field, 'BEFORE_MEASURE', `${value} is before the measure took effect on ${MEASURE_IN_FORCE_FROM}`, {}, 'A31');
  }
  return value;
}
