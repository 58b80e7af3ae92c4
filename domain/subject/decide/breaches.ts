import { InvalidInputError } from '../../kernel/domain-error.js';
import { BREACH_CLASSES, checkDisclosurePeriod, disclosureEndsOn, repairPossibleFrom, type BreachClass } from '../../rules/disclosure.js';
import type { BreachFacts, RecordBreach } from '../commands.js';
import type { BreachRecorded, ReviewReportAmendmentFlagged } from '../events.js';
import type { SubjectState } from '../state.js';
import type { RecomputedDisclosure } from '../values.js';
import { amendmentFlags } from './amendment-flags.js';
import { requireText } from '../../rules/input-checks.js';
import { requireBoolean, requireNewId, requirePastDate } from './guards.js';

/** A9. */
export function recordBreach(command: RecordBreach, state: SubjectState): readonly (BreachRecorded | ReviewReportAmendmentFlagged)[] {
  return breachEvents(state, command, command.departmentId, null, command.now);
}

/**
 * A9: breach information with its class and disclosure period (国办发〔2025〕22号 bounds), and
 * A14: an amendment flag on every review report valid now.
 */
export function breachEvents(
  state: SubjectState,
  facts: BreachFacts,
  departmentId: string,
  commitmentId: string | null,
  now: string,
): readonly (BreachRecorded | ReviewReportAmendmentFlagged)[] {
  const breachId = requireNewId(state.breaches, facts.breachId, 'breach', 'breachId', 'A9');
  const decisionDate = requirePastDate('decisionDate', facts.decisionDate, now, 'A9');
  const breachClass = requireBreachClass('breachClass', facts.breachClass);
  requireDisclosurePeriod('disclosureMonths', breachClass, facts.disclosureMonths);
  const recorded: BreachRecorded = {
    type: 'BreachRecorded',
    data: {
      breachId,
      departmentId: requireText('departmentId', departmentId, 'A9'),
      breachClass,
      basisDocument: requireText('basisDocument', facts.basisDocument, 'A9'),
      decisionDate,
      disclosureMonths: facts.disclosureMonths,
      ...disclosureOf(breachClass, decisionDate, facts.disclosureMonths),
      commitmentId,
      summary: requireText('summary', facts.summary, 'A9'),
      subjectMinorOnDecision: requireBoolean('subjectMinorOnDecision', facts.subjectMinorOnDecision, 'A28'),
      recordedAt: now,
    },
  };
  return [recorded, ...amendmentFlags(state, now, 'BreachRecorded', breachId)];
}

/** A9: one of the three classes of 国办发〔2025〕22号. */
export function requireBreachClass(field: string, value: unknown): BreachClass {
  const found = BREACH_CLASSES.find((c) => c === value);
  if (found === undefined) {
    throw new InvalidInputError(field, 'BREACH_CLASS', `${JSON.stringify(value)} is not one of ${BREACH_CLASSES.join(', ')}`, { allowed: BREACH_CLASSES }, 'A9');
  }
  return found;
}

/** A9: a whole number of months within the class's bounds; 0 = a minor breach left undisclosed. */
export function requireDisclosurePeriod(field: string, breachClass: BreachClass, months: unknown): number {
  if (typeof months !== 'number' || !Number.isInteger(months)) {
    throw new InvalidInputError(field, 'DISCLOSURE_MONTHS_INTEGER', `a disclosure period is a whole number of months, not ${JSON.stringify(months)}`, {}, 'A9');
  }
  checkDisclosurePeriod(breachClass, months); // DISCLOSURE_PERIOD_OUT_OF_BOUNDS (A9)
  return months;
}

/** A9: the last day of disclosure (null when not disclosed); 令第36号: the first day repair may be asked for. */
export function disclosureOf(breachClass: BreachClass, decisionDate: string, months: number): RecomputedDisclosure {
  return {
    disclosedThrough: months === 0 ? null : disclosureEndsOn(decisionDate, months),
    repairPossibleFrom: repairPossibleFrom(breachClass, decisionDate),
  };
}
