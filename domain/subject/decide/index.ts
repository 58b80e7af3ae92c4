import { InvalidInputError } from '../../kernel/domain-error.js';
import type { WorkingDayCalendar } from '../../rules/calendar/working-day-calendar.js';
import { requireInstant } from '../../rules/time.js';
import type { SubjectCommand } from '../commands.js';
import type { SubjectEvent } from '../events.js';
import type { SubjectPolicy } from '../policy.js';
import type { SubjectState } from '../state.js';
import { recordBreach } from './breaches.js';
import { makeCommitment, recordCommitmentCheck } from './commitments.js';
import { fileCreditReport, recordReportUse } from './credit-reports.js';
import { requireObject, requireRegistered } from './guards.js';
import { recordLoanCheck } from './loan-checks.js';
import { decideObjection, fileObjection, forwardObjection } from './objections.js';
import { registerSubject } from './registration.js';
import { applyForRepair, decideRepair } from './repairs.js';
import { amendReviewReport, issueReviewReport, requestReview } from './reviews.js';

export interface SubjectDeciderDeps {
  readonly calendar: WorkingDayCalendar;
  readonly policy: SubjectPolicy;
}

/** Routes a command to its capability. Pure: the same command and state always give the same events. */
export function decideSubject(command: SubjectCommand, state: SubjectState, { calendar, policy }: SubjectDeciderDeps): readonly SubjectEvent[] {
  requireObject('command', command, 'A4');
  requireInstant(command.now, 'now');
  if (command.type !== 'RegisterSubject') requireRegistered(state, command.type); // A4
  switch (command.type) {
    case 'RegisterSubject':
      return registerSubject(command, state);
    case 'MakeCommitment':
      return makeCommitment(command, state);
    case 'RecordCommitmentCheck':
      return recordCommitmentCheck(command, state);
    case 'RecordBreach':
      return recordBreach(command, state);
    case 'RequestReview':
      return requestReview(command, state, calendar);
    case 'IssueReviewReport':
      return issueReviewReport(command, state);
    case 'AmendReviewReport':
      return amendReviewReport(command, state);
    case 'FileCreditReport':
      return fileCreditReport(command, state, policy);
    case 'RecordReportUse':
      return recordReportUse(command, state, policy);
    case 'RecordLoanCheck':
      return recordLoanCheck(command, state, policy);
    case 'FileObjection':
      return fileObjection(command, state, calendar);
    case 'ForwardObjection':
      return forwardObjection(command, state, calendar);
    case 'DecideObjection':
      return decideObjection(command, state, calendar, policy);
    case 'ApplyForRepair':
      return applyForRepair(command, state);
    case 'DecideRepair':
      return decideRepair(command, state);
    default:
      return unknownCommand(command);
  }
}

/**
 * The exhaustiveness check of the switch (the `never` parameter, like `assertNever`); at run time a
 * command type no handler knows is bad input from the caller, refused as such.
 */
function unknownCommand(command: never): never {
  const type: unknown = (command as { type?: unknown }).type;
  throw new InvalidInputError('type', 'COMMAND_TYPE', `${JSON.stringify(type)} is not a command of the credit subject`, {}, 'A4');
}
