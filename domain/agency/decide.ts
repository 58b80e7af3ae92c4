/**
 * decide() of the agency stream: pure, returns the events a command produces or throws a
 * typed refusal. Filing and exit are here; suspensions and records have their own files.
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import { requireAgencyFilingDate } from '../rules/business-dates.js';
import { checkUscc } from '../rules/identifiers/uscc.js';
import { requireInstant, requireNotAfterToday, requireNotBefore, requireOneOf, requireText } from '../rules/input-checks.js';
import { TIME_RULE } from '../rules/time.js';
import type { AgencyCommand, ExitAgency, FileAgency, RecogniseAgency } from './commands.js';
import { decideLift, decideSuspend } from './decide-suspension.js';
import { decideBreach, decideStaff } from './decide-records.js';
import { AgencyAlreadyFiledError, AgencyExitedError, AgencyFilingLevelTooLowError, AgencyNotFiledError } from './errors.js';
import type { AgencyEvent } from './events.js';
import { EXIT_REASONS, isFilingLevel } from './filing-level.js';
import type { AgencyState, FiledAgencyState } from './state.js';

export function decideAgency(command: AgencyCommand, state: AgencyState): readonly AgencyEvent[] {
  if (command === null || typeof command !== 'object') {
    throw new InvalidInputError('command', 'OBJECT_REQUIRED', 'a command is an object', {}, 'A20');
  }
  requireInstant('now', command.now, TIME_RULE);
  if (command.type === 'FileAgency') return decideFiling(command, state);
  if (command.type === 'RecogniseAgency') return decideRecognition(command, state);
  const agency = requireFiled(state, command.agencyId);
  // A26 market exit: afterwards only the agency's own credit record may still grow.
  if (agency.exit !== null && command.type !== 'RecordAgencyBreach') {
    throw new AgencyExitedError(agency.agencyId, agency.exit.exitedOn);
  }
  switch (command.type) {
    case 'SuspendAgency':
      return decideSuspend(command, agency);
    case 'LiftAgencySuspension':
      return decideLift(command, agency);
    case 'ExitAgency':
      return decideExit(command, agency);
    case 'RecordAgencyStaff':
      return decideStaff(command, agency);
    case 'RecordAgencyBreach':
      return decideBreach(command, agency);
    default:
      return unknownCommand(command);
  }
}

/** The switch's exhaustiveness check (`never`); at run time an unknown command type is bad input, refused as such. */
function unknownCommand(command: never): never {
  const type: unknown = (command as { type?: unknown }).type;
  throw new InvalidInputError('type', 'COMMAND_TYPE', `${JSON.stringify(type) ?? 'undefined'} is not a command of the agency stream`, {}, 'A26');
}

function decideFiling(command: FileAgency, state: AgencyState): readonly AgencyEvent[] {
  const basis = requireEligibilityBasis(command, state, 'A20');
  return [
    {
      type: 'AgencyFiled',
      data: {
        ...basis,
        filingAuthority: requireText('filingAuthority', command.filingAuthority, 'A20', 'REQUIRED'),
        filingNumber: requireText('filingNumber', command.filingNumber, 'A20', 'REQUIRED'),
        filedOn: requireAgencyFilingDate(command.filedOn, 'filedOn', command.now, 'A20'),
        recordedAt: command.now,
      },
    },
  ];
}

/** A15, A20 "filed or recognised" (备案或认可): recognition is checked as a filing is, and makes the agency eligible the same way. */
function decideRecognition(command: RecogniseAgency, state: AgencyState): readonly AgencyEvent[] {
  const basis = requireEligibilityBasis(command, state, 'A15');
  return [
    {
      type: 'AgencyRecognised',
      data: {
        ...basis,
        recognisingAuthority: requireText('recognisingAuthority', command.recognisingAuthority, 'A15', 'REQUIRED'),
        recognitionDocument: requireText('recognitionDocument', command.recognitionDocument, 'A15', 'REQUIRED'),
        recognisedOn: requireAgencyFilingDate(command.recognisedOn, 'recognisedOn', command.now, 'A15'),
        recordedAt: command.now,
      },
    },
  ];
}

/** What a filing and a recognition share: a new agency, a body at city level or above (A15), a name and a USCC. */
function requireEligibilityBasis(command: FileAgency | RecogniseAgency, state: AgencyState, article: string) {
  if (state.status === 'filed') {
    if (state.exit !== null) throw new AgencyExitedError(state.agencyId, state.exit.exitedOn);
    throw new AgencyAlreadyFiledError(state.agencyId, state.filedOn);
  }
  const agencyId = requireText('agencyId', command.agencyId, article, 'REQUIRED');
  const level = requireText('level', command.level, 'A15', 'REQUIRED');
  // A15, A20: a filing or recognition below city level does not make an agency's reports count.
  if (!isFilingLevel(level)) throw new AgencyFilingLevelTooLowError(agencyId, level);
  // GB 32100-2015: a failing 17th character is accepted, and the warning kept on the record (docs/domain.md).
  const uscc = checkUscc(requireText('uscc', command.uscc, article, 'REQUIRED'), 'uscc');
  return { agencyId, name: requireText('name', command.name, article, 'REQUIRED'), uscc: uscc.code, usccWarnings: [...uscc.warnings], level };
}

function decideExit(command: ExitAgency, agency: FiledAgencyState): readonly AgencyEvent[] {
  // A26: an exit is recorded once it has happened: not after today.
  const exitedOn = requireNotBefore('exitedOn', requireNotAfterToday('exitedOn', command.exitedOn, command.now, 'A26'), agency.filedOn, 'the filing', 'A26');
  return [
    {
      type: 'AgencyExited',
      data: {
        agencyId: agency.agencyId,
        exitedOn,
        reason: requireOneOf('reason', command.reason, EXIT_REASONS, 'A26'),
        basisDocument: requireText('basisDocument', command.basisDocument, 'A26', 'REQUIRED'),
      },
    },
  ];
}

function requireFiled(state: AgencyState, agencyId: string): FiledAgencyState {
  if (state.status !== 'filed') throw new AgencyNotFiledError(agencyId);
  if (agencyId !== state.agencyId) {
    throw new InvalidInputError('agencyId', 'AGENCY_ID_MISMATCH', `command for ${agencyId} reached the stream of ${state.agencyId}`, {}, 'A20');
  }
  return state;
}
