/** Filing an objection and forwarding it to the department that provided the record (SH-SCR arts. 36–38). */
import type { WorkingDayCalendar } from '../../rules/calendar/working-day-calendar.js';
import { workingDayDeadline } from '../../rules/deadlines.js';
import type { FileObjection, ForwardObjection } from '../commands.js';
import { ObjectionAlreadyForwardedError, ObjectionAlreadyOpenError, ObjectionTargetNotFoundError, ObjectionWrongDepartmentError } from '../errors.js';
import type { ObjectionFiled, ObjectionForwarded } from '../events.js';
import { get } from '../evolve/maps.js';
import { openObjectionFor, providingDepartment } from '../queries.js';
import type { SubjectState } from '../state.js';
import { OBJECTION_TARGET_KINDS, type RecordTarget } from '../values.js';
import { requireOneOf, requireText } from '../../rules/input-checks.js';
import { isAfter, isDepartmentOrSuccessor, requireNewId, requireNotBeforeRecord } from './guards.js';
import { CENTER_WORKING_DAYS, DEPARTMENT_WORKING_DAYS, FORWARD_WORKING_DAYS, SOURCE, openObjection } from './objection-rules.js';

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
    case 'commitment':
      return get(state.commitments, id) !== undefined;
    case 'report-use':
      return get(state.reportUses, id) !== undefined;
    case 'repair-decision':
      return (get(state.repairs, id)?.decision ?? null) !== null;
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
  requireNotBeforeRecord('ForwardObjection', `objection ${objection.objectionId}`, objection.filedAt, command.now, 'SH-SCR art. 37');
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
