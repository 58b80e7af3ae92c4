/** A26: credit records of an agency's staff and of the agency's own credit. */
import { BREACH_CLASSES } from '../rules/disclosure.js';
import type { RecordAgencyBreach, RecordAgencyStaff } from './commands.js';
import { AgencyBreachAlreadyRecordedError, AgencyStaffAlreadyJoinedError, AgencyStaffNotMemberError } from './errors.js';
import type { AgencyEvent } from './events.js';
import { STAFF_CHANGES } from './filing-level.js';
import { requirePseudonymousStaffId } from './staff-id.js';
import type { FiledAgencyState } from './state.js';
import { requireNotAfterToday, requireNotBefore, requireOneOf, requireText } from './validate.js';

export function decideStaff(command: RecordAgencyStaff, agency: FiledAgencyState): readonly AgencyEvent[] {
  const staffId = requirePseudonymousStaffId(command.staffId); // A28
  const change = requireOneOf(command.change, STAFF_CHANGES, 'change');
  const on = requireNotBefore(requireNotAfterToday(command.on, command.now, 'on'), agency.filedOn, 'on', 'the filing');
  const isMember = Object.hasOwn(agency.currentStaff, staffId);
  if (change === 'joined' && isMember) throw new AgencyStaffAlreadyJoinedError(agency.agencyId, staffId);
  if (change === 'left' && !isMember) throw new AgencyStaffNotMemberError(agency.agencyId, staffId);
  return [
    {
      type: 'AgencyStaffRecorded',
      data: { agencyId: agency.agencyId, staffId, role: requireText(command.role, 'role'), change, on },
    },
  ];
}

export function decideBreach(command: RecordAgencyBreach, agency: FiledAgencyState): readonly AgencyEvent[] {
  const breachId = requireText(command.breachId, 'breachId');
  if (agency.breachIds.includes(breachId)) throw new AgencyBreachAlreadyRecordedError(agency.agencyId, breachId);
  let staffId: string | null = null;
  if (command.staffId !== null) {
    staffId = requirePseudonymousStaffId(command.staffId); // A28
    // A26: a staff member's credit record hangs on a membership recorded here.
    if (!agency.knownStaffIds.includes(staffId)) throw new AgencyStaffNotMemberError(agency.agencyId, staffId);
  }
  return [
    {
      type: 'AgencyBreachRecorded',
      data: {
        agencyId: agency.agencyId,
        breachId,
        breachClass: requireOneOf(command.breachClass, BREACH_CLASSES, 'breachClass'),
        basisDocument: requireText(command.basisDocument, 'basisDocument'),
        decisionDate: requireNotAfterToday(command.decisionDate, command.now, 'decisionDate'),
        summary: requireText(command.summary, 'summary'),
        staffId,
      },
    },
  ];
}
