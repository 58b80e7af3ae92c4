/** A26: the credit office suspends an agency for a period, and lifts a suspension. */
import { requireDate, requireNotAfterToday, requireNotBefore, requireText } from '../rules/input-checks.js';
import { InvalidInputError } from '../kernel/domain-error.js';
import { addCalendarDays, shanghaiDateOf } from '../rules/time.js';
import type { LiftAgencySuspension, SuspendAgency } from './commands.js';
import { AgencyAlreadySuspendedError, AgencyNotSuspendedError } from './errors.js';
import type { AgencyEvent } from './events.js';
import { openSuspensionIndex, suspensionOverlaps, type FiledAgencyState } from './state.js';

/** A26: a suspension may be imposed ahead of its first day (the demo's start the next day), but not years ahead. */
const SUSPENSION_NOTICE_MAX_DAYS = 366;

function requireSuspensionStart(from: string, now: string): string {
  const latest = addCalendarDays(shanghaiDateOf(now), SUSPENSION_NOTICE_MAX_DAYS);
  if (requireDate('from', from, 'A26') > latest)
    throw new InvalidInputError('from', 'DATE_TOO_FAR_AHEAD', `${from} is more than ${SUSPENSION_NOTICE_MAX_DAYS} days after today`, { latest }, 'A26');
  return from;
}

export function decideSuspend(command: SuspendAgency, agency: FiledAgencyState): readonly AgencyEvent[] {
  const from = requireNotBefore('from', requireSuspensionStart(command.from, command.now), agency.filedOn, 'the filing', 'A26');
  const until =
    command.until === null ? null : requireNotBefore('until', requireDate('until', command.until, 'A26'), from, 'the first suspended day', 'A26');
  // A26: one suspension at a time; a second one over the same days would make a lift ambiguous.
  const overlapping = agency.suspensions.find((suspension) => suspensionOverlaps(suspension, from, until));
  if (overlapping) throw new AgencyAlreadySuspendedError(agency.agencyId, overlapping.from, overlapping.until);
  return [
    {
      type: 'AgencySuspended',
      data: {
        agencyId: agency.agencyId,
        from,
        until,
        reason: requireText('reason', command.reason, 'A26', 'REQUIRED'),
        basisDocument: requireText('basisDocument', command.basisDocument, 'A26', 'REQUIRED'),
      },
    },
  ];
}

export function decideLift(command: LiftAgencySuspension, agency: FiledAgencyState): readonly AgencyEvent[] {
  const on = requireNotAfterToday('on', command.on, command.now, 'A26');
  if (openSuspensionIndex(agency, on) === null) throw new AgencyNotSuspendedError(agency.agencyId, on);
  return [
    {
      type: 'AgencySuspensionLifted',
      data: { agencyId: agency.agencyId, on, basisDocument: requireText('basisDocument', command.basisDocument, 'A26', 'REQUIRED') },
    },
  ];
}
