import { checkDisclosurePeriod, disclosureEndsOn, repairPossibleFrom } from '../../rules/disclosure.js';
import type { BreachFacts, RecordBreach } from '../commands.js';
import type { BreachRecorded, ReviewReportAmendmentFlagged } from '../events.js';
import type { SubjectState } from '../state.js';
import { amendmentFlags } from './amendment-flags.js';
import { requireBoolean, requireNewId, requirePastDate, requireText } from './guards.js';

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
  const breachId = requireNewId(state.breaches, facts.breachId, 'breach', 'breachId');
  const decisionDate = requirePastDate('decisionDate', facts.decisionDate, now);
  checkDisclosurePeriod(facts.breachClass, facts.disclosureMonths); // A9: within the class bounds; 0 = minor undisclosed
  const recorded: BreachRecorded = {
    type: 'BreachRecorded',
    data: {
      breachId,
      departmentId: requireText('departmentId', departmentId),
      breachClass: facts.breachClass,
      basisDocument: requireText('basisDocument', facts.basisDocument),
      decisionDate,
      disclosureMonths: facts.disclosureMonths,
      disclosedThrough: facts.disclosureMonths === 0 ? null : disclosureEndsOn(decisionDate, facts.disclosureMonths),
      repairPossibleFrom: repairPossibleFrom(facts.breachClass, decisionDate),
      commitmentId,
      summary: requireText('summary', facts.summary),
      subjectMinorOnDecision: requireBoolean('subjectMinorOnDecision', facts.subjectMinorOnDecision), // A28
      recordedAt: now,
    },
  };
  return [recorded, ...amendmentFlags(state, now, 'BreachRecorded', breachId)];
}
