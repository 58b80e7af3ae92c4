/** Deciding an objection: corrected, rejected or unresolved (SH-SCR arts. 36–38, docs/domain.md). */
import { InvalidInputError } from '../../kernel/domain-error.js';
import type { WorkingDayCalendar } from '../../rules/calendar/working-day-calendar.js';
import { workingDayDeadline } from '../../rules/deadlines.js';
import type { DecideObjection } from '../commands.js';
import { ObjectionWrongDeciderError } from '../errors.js';
import type { ObjectionDecided, RecordCorrected, ReviewReportAmendmentFlagged } from '../events.js';
import { get } from '../evolve/maps.js';
import { annotationsOf, commitmentCheckAsOf } from '../queries.js';
import type { SubjectPolicy } from '../policy.js';
import type { ObjectionRecord, SubjectState } from '../state.js';
import type { CorrectedValues, ObjectionDecider, RecordTarget } from '../values.js';
import { amendmentFlags } from './amendment-flags.js';
import { checkCorrection } from './corrections.js';
import { requireOneOf, requireText } from '../../rules/input-checks.js';
import { isAfter, optionalText, requireBoolean, requireNotBeforeRecord, requireObject } from './guards.js';
import { REVOCATION_WORKING_DAYS, SOURCE, openObjection } from './objection-rules.js';

export { fileObjection, forwardObjection } from './objection-filing.js';
export { openObjection } from './objection-rules.js';

/**
 * The center decides unless it forwarded; then only that department. Corrected: a new
 * RecordCorrected event (the original stays) and A14 amendment flags; rejected or unresolved: with reasons.
 */
export function decideObjection(
  command: DecideObjection,
  state: SubjectState,
  calendar: WorkingDayCalendar,
  policy: SubjectPolicy,
): readonly (ObjectionDecided | RecordCorrected | ReviewReportAmendmentFlagged)[] {
  const objection = openObjection(state, command.objectionId);
  requireNotBeforeRecord('DecideObjection', `objection ${objection.objectionId}`, objection.filedAt, command.now, SOURCE);
  if (objection.forwarded !== null) {
    requireNotBeforeRecord('DecideObjection', `the forwarding of objection ${objection.objectionId}`, objection.forwarded.forwardedAt, command.now, 'SH-SCR art. 37');
  }
  const decidedBy = requireRightDecider(objection, requireObject('decidedBy', command.decidedBy, SOURCE));
  const outcome = requireOneOf('outcome', command.outcome, ['corrected', 'rejected', 'unresolved'] as const, SOURCE);
  const reasons = outcome === 'corrected' ? optionalText('reasons', command.reasons, SOURCE) : requireText('reasons', command.reasons, SOURCE);
  const dueAt = objection.forwarded?.departmentDueAt ?? objection.centerDueAt;
  const decided: ObjectionDecided = {
    type: 'ObjectionDecided',
    data: { objectionId: objection.objectionId, decidedBy, outcome, reasons, decidedAt: command.now, late: isAfter(command.now, dueAt) },
  };
  if (outcome !== 'corrected') return [decided];
  const revokesRecord = command.revokesRecord === undefined || command.revokesRecord === null ? false : requireBoolean('revokesRecord', command.revokesRecord, SOURCE);
  const { target } = objection;
  // Checked in full before any event: an unknown field or a value its rule refuses stops the decision.
  const { correction, recomputed } = checkCorrection(state, target, command.correction ?? {}, command.now, policy);
  if (!revokesRecord && Object.keys(correction).length === 0) {
    throw new InvalidInputError('correction', 'CORRECTION_REQUIRED', 'a correction names at least one field, or revokes the record', {}, SOURCE);
  }
  const revokesLinkedBreachId = linkedBreachRevoked(state, target, correction, revokesRecord, command.now);
  // docs/domain.md: a revoked decision ends disclosure within 3 working days.
  const revocation = (revokesRecord && target.kind === 'breach') || revokesLinkedBreachId !== null ? workingDayDeadline(calendar, command.now, REVOCATION_WORKING_DAYS) : null;
  const corrected: RecordCorrected = {
    type: 'RecordCorrected',
    data: {
      objectionId: objection.objectionId,
      target,
      correction,
      recomputed,
      revokesRecord,
      correctedAt: command.now,
      disclosureEndsBy: revocation?.dueDate ?? null,
      revokesLinkedBreachId,
      provisional: revocation?.provisional ?? false,
    },
  };
  const exceptReview = target.kind === 'review-report' ? target.id : null;
  return [decided, corrected, ...amendmentFlags(state, command.now, 'RecordCorrected', objection.objectionId, exceptReview)]; // A14
}

/**
 * A8, A9: a breach found by a follow-up check stands on that check. When the check is corrected
 * to kept, or revoked, the breach it created is revoked too (unless it already was).
 */
function linkedBreachRevoked(state: SubjectState, target: RecordTarget, correction: CorrectedValues, revokesRecord: boolean, now: string): string | null {
  if (target.kind !== 'commitment-check') return null;
  const commitment = get(state.commitments, target.id);
  const check = commitment === undefined ? null : commitmentCheckAsOf(state, commitment, now);
  if (check === null || check.outcome !== 'breached' || check.breachId === null) return null;
  if (!revokesRecord && correction.outcome !== 'kept') return null;
  return annotationsOf(state, { kind: 'breach', id: check.breachId }).revokedAt === null ? check.breachId : null;
}

function requireRightDecider(objection: ObjectionRecord, decidedBy: ObjectionDecider): ObjectionDecider {
  const expected = objection.forwarded === null ? 'center' : `department ${objection.forwarded.toDepartmentId}`;
  const actual = decidedBy?.kind === 'department' ? `department ${decidedBy.departmentId}` : String(decidedBy?.kind);
  if (actual !== expected) throw new ObjectionWrongDeciderError(objection.objectionId, expected, actual);
  return decidedBy.kind === 'center' ? { kind: 'center' } : { kind: 'department', departmentId: decidedBy.departmentId };
}
