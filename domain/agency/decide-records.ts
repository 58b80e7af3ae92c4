/** A26: credit records of an agency's staff and of the agency's own credit. */
import { requireSchemeDate } from '../rules/business-dates.js';
import { BREACH_CLASSES } from '../rules/disclosure.js';
import { requireNotAfterToday, requireNotBefore, requireOneOf, requireText } from '../rules/input-checks.js';
import type { RecordAgencyBreach, RecordAgencyStaff } from './commands.js';
import { AgencyBreachAlreadyRecordedError, AgencyStaffAlreadyJoinedError, AgencyStaffNotMemberError } from './errors.js';
import type { AgencyEvent } from './events.js';
import { STAFF_CHANGES } from './filing-level.js';
import { requirePseudonymousStaffId } from './staff-id.js';
import type { FiledAgencyState } from './state.js';

export function decideStaff(command: RecordAgencyStaff, agency: FiledAgencyState): readonly AgencyEvent[] {
  const staffId = requirePseudonymousStaffId(command.staffId); // A28
  const change = requireOneOf('change', command.change, STAFF_CHANGES, 'A26');
  const on = requireNotBefore('on', requireNotAfterToday('on', command.on, command.now, 'A26'), agency.filedOn, 'the filing', 'A26');
  const isMember = Object.hasOwn(agency.currentStaff, staffId);
  if (change === 'joined' && isMember) throw new AgencyStaffAlreadyJoinedError(agency.agencyId, staffId);
  if (change === 'left' && !isMember) throw new AgencyStaffNotMemberError(agency.agencyId, staffId);
  return [
    {
      type: 'AgencyStaffRecorded',
      data: { agencyId: agency.agencyId, staffId, role: requireText('role', command.role, 'A26', 'REQUIRED'), change, on },
    },
  ];
}

export function decideBreach(command: RecordAgencyBreach, agency: FiledAgencyState): readonly AgencyEvent[] {
  const breachId = requireText('breachId', command.breachId, 'A26', 'REQUIRED');
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
        breachClass: requireOneOf('breachClass', command.breachClass, BREACH_CLASSES, 'A9'), // the classes of docs/domain.md
        basisDocument: requireText('basisDocument', command.basisDocument, 'A26', 'REQUIRED'),
        decisionDate: requireSchemeDate(requireNotAfterToday('decisionDate', command.decisionDate, command.now, 'A26'), 'decisionDate', 'A26'),
        summary: requireText('summary', command.summary, 'A26', 'REQUIRED'),
        staffId,
      },
    },
  ];
}
