import { InvalidInputError } from '../../kernel/domain-error.js';
import type { WorkingDayCalendar } from '../../rules/calendar/working-day-calendar.js';
import { workingDayDeadline } from '../../rules/deadlines.js';
import type { DecideObjection, FileObjection, ForwardObjection } from '../commands.js';
import {
  ObjectionAlreadyDecidedError,
  ObjectionAlreadyForwardedError,
  ObjectionAlreadyOpenError,
  ObjectionNotFoundError,
  ObjectionTargetNotFoundError,
  ObjectionWrongDeciderError,
  ObjectionWrongDepartmentError,
} from '../errors.js';
import type { ObjectionDecided, ObjectionFiled, ObjectionForwarded, RecordCorrected, ReviewReportAmendmentFlagged } from '../events.js';
import { get } from '../evolve/maps.js';
import { openObjectionFor } from '../queries.js';
import type { ObjectionRecord, SubjectState } from '../state.js';
import { OBJECTION_TARGET_KINDS, type ObjectionDecider, type RecordTarget } from '../values.js';
import { amendmentFlags } from './amendment-flags.js';
import { checkCorrection } from './corrections.js';
import { isAfter, isDepartmentOrSuccessor, optionalText, requireNewId, requireOneOf, requireText } from './guards.js';

/**
 * Shanghai Social Credit Regulation arts. 36–38 (rules.md): the center decides within 5 working
 * days, or forwards within 2 to the providing department, which then has 5 working days.
 */
const SOURCE = 'SH-SCR arts. 36–38';
const CENTER_WORKING_DAYS = 5;
const FORWARD_WORKING_DAYS = 2;
const DEPARTMENT_WORKING_DAYS = 5;
/** rules.md: a revoked decision ends disclosure within 3 working days. */
const REVOCATION_WORKING_DAYS = 3;

/** The record is under objection from the moment the objection is filed; one open objection per record. */
export function fileObjection(command: FileObjection, state: SubjectState, calendar: WorkingDayCalendar): readonly [ObjectionFiled] {
  const objectionId = requireNewId(state.objections, command.objectionId, 'objection', 'objectionId', SOURCE);
  const target: RecordTarget = {
    kind: requireOneOf('target.kind', command.target?.kind, OBJECTION_TARGET_KINDS, SOURCE),
    id: requireText('target.id', command.target?.id, SOURCE),
  };
  if (!targetExists(state, target)) throw new ObjectionTargetNotFoundError(target.kind, target.id);
  const open = openObjectionFor(state, target);
  if (open !== null) throw new ObjectionAlreadyOpenError(target.kind, target.id, open.objectionId);
  const center = workingDayDeadline(calendar, command.now, CENTER_WORKING_DAYS);
  const forward = workingDayDeadline(calendar, command.now, FORWARD_WORKING_DAYS);
  return [{
    type: 'ObjectionFiled',
    data: {
      objectionId,
      target,
      reason: requireText('reason', command.reason, SOURCE),
      filedAt: command.now,
      centerDueAt: center.dueAt,
      forwardDueAt: forward.dueAt,
      provisional: center.provisional || forward.provisional,
    },
  }];
}

function targetExists(state: SubjectState, { kind, id }: RecordTarget): boolean {
  switch (kind) {
    case 'breach':
      return get(state.breaches, id) !== undefined;
    case 'review-report':
      return (get(state.reviews, id)?.report ?? null) !== null;
    case 'credit-report':
      return get(state.creditReports, id) !== undefined;
    case 'commitment-check':
      return (get(state.commitments, id)?.check ?? null) !== null;
    case 'loan-check':
      return get(state.loanChecks, id) !== undefined;
    default:
      return false;
  }
}

/**
 * The center forwards once, to the department that provided the record (SH-SCR art. 37): for a
 * breach or a commitment check, the department that recorded it (or its successor after a merger
 * or renaming); late forwarding is recorded.
 */
export function forwardObjection(command: ForwardObjection, state: SubjectState, calendar: WorkingDayCalendar): readonly [ObjectionForwarded] {
  const objection = openObjection(state, command.objectionId);
  if (objection.forwarded !== null) throw new ObjectionAlreadyForwardedError(objection.objectionId, objection.forwarded.toDepartmentId);
  const toDepartmentId = requireText('toDepartmentId', command.toDepartmentId, 'SH-SCR art. 37');
  const provider = providingDepartment(state, objection.target);
  if (provider !== null && !isDepartmentOrSuccessor(provider, toDepartmentId, command.recordingDepartmentSuccessors)) {
    throw new ObjectionWrongDepartmentError(objection.objectionId, provider, toDepartmentId);
  }
  const due = workingDayDeadline(calendar, command.now, DEPARTMENT_WORKING_DAYS);
  return [{
    type: 'ObjectionForwarded',
    data: {
      objectionId: objection.objectionId,
      toDepartmentId,
      forwardedAt: command.now,
      late: isAfter(command.now, objection.forwardDueAt),
      departmentDueAt: due.dueAt,
      provisional: due.provisional,
    },
  }];
}

/** The department that recorded a breach or a commitment check; null for records a department did not provide. */
function providingDepartment(state: SubjectState, { kind, id }: RecordTarget): string | null {
  if (kind === 'breach') return get(state.breaches, id)?.departmentId ?? null;
  if (kind === 'commitment-check') return get(state.commitments, id)?.check?.departmentId ?? null;
  return null;
}

/** An objection that exists and is not decided yet. */
export function openObjection(state: SubjectState, objectionId: string): ObjectionRecord {
  const objection = get(state.objections, objectionId);
  if (objection === undefined) throw new ObjectionNotFoundError(objectionId);
  if (objection.decision !== null) throw new ObjectionAlreadyDecidedError(objectionId, objection.decision.outcome);
  return objection;
}

/**
 * The center decides unless it forwarded; then only that department. Corrected: a new
 * RecordCorrected event (the original stays) and A14 amendment flags; rejected or unresolved: with reasons.
 */
export function decideObjection(
  command: DecideObjection,
  state: SubjectState,
  calendar: WorkingDayCalendar,
): readonly (ObjectionDecided | RecordCorrected | ReviewReportAmendmentFlagged)[] {
  const objection = openObjection(state, command.objectionId);
  const decidedBy = requireRightDecider(objection, command.decidedBy);
  const outcome = requireOneOf('outcome', command.outcome, ['corrected', 'rejected', 'unresolved'] as const, SOURCE);
  const reasons = outcome === 'corrected' ? optionalText('reasons', command.reasons, SOURCE) : requireText('reasons', command.reasons, SOURCE);
  const dueAt = objection.forwarded?.departmentDueAt ?? objection.centerDueAt;
  const decided: ObjectionDecided = {
    type: 'ObjectionDecided',
    data: { objectionId: objection.objectionId, decidedBy, outcome, reasons, decidedAt: command.now, late: isAfter(command.now, dueAt) },
  };
  if (outcome !== 'corrected') return [decided];
  const revokesRecord = command.revokesRecord === true;
  const { target } = objection;
  // Checked in full before any event: an unknown field or a value its rule refuses stops the decision.
  const { correction, recomputed } = checkCorrection(state, target, command.correction ?? {}, command.now);
  if (!revokesRecord && Object.keys(correction).length === 0) {
    throw new InvalidInputError('correction', 'CORRECTION_REQUIRED', 'a correction names at least one field, or revokes the record', {}, SOURCE);
  }
  const corrected: RecordCorrected = {
    type: 'RecordCorrected',
    data: {
      objectionId: objection.objectionId,
      target,
      correction,
      recomputed,
      revokesRecord,
      correctedAt: command.now,
      disclosureEndsBy: revokesRecord && target.kind === 'breach' ? workingDayDeadline(calendar, command.now, REVOCATION_WORKING_DAYS).dueDate : null,
    },
  };
  const exceptReview = target.kind === 'review-report' ? target.id : null;
  return [decided, corrected, ...amendmentFlags(state, command.now, 'RecordCorrected', objection.objectionId, exceptReview)]; // A14
}

function requireRightDecider(objection: ObjectionRecord, decidedBy: ObjectionDecider): ObjectionDecider {
  const expected = objection.forwarded === null ? 'center' : `department ${objection.forwarded.toDepartmentId}`;
  const actual = decidedBy?.kind === 'department' ? `department ${decidedBy.departmentId}` : String(decidedBy?.kind);
  if (actual !== expected) throw new ObjectionWrongDeciderError(objection.objectionId, expected, actual);
  return decidedBy.kind === 'center' ? { kind: 'center' } : { kind: 'department', departmentId: decidedBy.departmentId };
}
