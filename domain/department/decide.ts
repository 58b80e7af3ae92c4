/**
 * decide() of the department stream: pure, returns the events a command produces or throws a
 * typed refusal. Registration, joining and renames are here; successions and rules have their own files.
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import { requireInstant, requireOneOf, requireText } from '../rules/input-checks.js';
import { TIME_RULE } from '../rules/time.js';
import type { DepartmentCommand, JoinReviewScheme, RegisterDepartment, RenameDepartment } from './commands.js';
import { decideRetireRule, decideSetRule } from './decide-rules.js';
import { decideMerge, decideSplit } from './decide-succession.js';
import { DepartmentAlreadyParticipatingError, DepartmentAlreadyRegisteredError } from './errors.js';
import type { DepartmentEvent } from './events.js';
import { refuseIfSucceededOn, requireRegistered } from './guards.js';
import { DEPARTMENT_KINDS } from './rule-terms.js';
import type { DepartmentState, RegisteredDepartmentState } from './state.js';
import { requireSchemeDate } from './validate.js';

const DEPARTMENT_COMMAND_TYPES: readonly string[] = [
  'RegisterDepartment',
  'JoinReviewScheme',
  'RenameDepartment',
  'MergeDepartment',
  'SplitDepartment',
  'SetDepartmentRule',
  'RetireDepartmentRule',
] satisfies readonly DepartmentCommand['type'][];

export function decideDepartment(command: DepartmentCommand, state: DepartmentState): readonly DepartmentEvent[] {
  if (command === null || typeof command !== 'object') {
    throw new InvalidInputError('command', 'OBJECT_REQUIRED', 'a command is an object', {}, 'A24');
  }
  // Checked first: an unknown type is bad input whatever else the command carries.
  if (!DEPARTMENT_COMMAND_TYPES.includes((command as { type?: unknown }).type as string)) return unknownCommand(command as never);
  requireInstant('now', command.now, TIME_RULE);
  if (command.type === 'RegisterDepartment') return decideRegister(command, state);
  const department = requireRegistered(state, command.departmentId);
  switch (command.type) {
    case 'JoinReviewScheme':
      return decideJoin(command, department);
    case 'RenameDepartment':
      return decideRename(command, department);
    case 'MergeDepartment':
      return decideMerge(command, department);
    case 'SplitDepartment':
      return decideSplit(command, department);
    case 'SetDepartmentRule':
      return decideSetRule(command, department);
    case 'RetireDepartmentRule':
      return decideRetireRule(command, department);
    default:
      return unknownCommand(command);
  }
}

/** The switch's exhaustiveness check (`never`); at run time an unknown command type is bad input, refused as such. */
function unknownCommand(command: never): never {
  const type: unknown = (command as { type?: unknown }).type;
  throw new InvalidInputError('type', 'COMMAND_TYPE', `${JSON.stringify(type) ?? 'undefined'} is not a command of the department stream`, {}, 'A24');
}

function decideRegister(command: RegisterDepartment, state: DepartmentState): readonly DepartmentEvent[] {
  if (state.status === 'registered') throw new DepartmentAlreadyRegisteredError(state.departmentId);
  // A2 departments and A29 user organisations; A13 names the pilots among them.
  const kind = requireOneOf('kind', command.kind, DEPARTMENT_KINDS, 'A13');
  if (typeof command.pilot !== 'boolean') throw new InvalidInputError('pilot', 'BOOLEAN', 'must be true or false', {}, 'A13');
  // A13 pilots are government departments, and a pilot takes part in reviews by definition.
  if (command.pilot && kind !== 'department') {
    throw new InvalidInputError('pilot', 'PILOT_IS_DEPARTMENT', 'an A29 user organisation cannot be an A13 pilot', {}, 'A13');
  }
  if (command.pilot && command.participatesFrom === null) {
    throw new InvalidInputError('participatesFrom', 'PILOT_PARTICIPATES', 'an A13 pilot takes part in reviews from a date', {}, 'A13');
  }
  return [
    {
      type: 'DepartmentRegistered',
      data: {
        departmentId: requireText('departmentId', command.departmentId, 'A13', 'REQUIRED'),
        nameZh: requireText('nameZh', command.nameZh, 'A13', 'REQUIRED'),
        nameEn: requireText('nameEn', command.nameEn, 'A13', 'REQUIRED'),
        kind,
        pilot: command.pilot,
        participatesFrom: command.participatesFrom === null ? null : requireSchemeDate(command.participatesFrom, 'participatesFrom', 'A13'),
        basisDocument: requireText('basisDocument', command.basisDocument, 'A13', 'REQUIRED'),
      },
    },
  ];
}

/** A13 "others may join". */
function decideJoin(command: JoinReviewScheme, department: RegisteredDepartmentState): readonly DepartmentEvent[] {
  const on = requireSchemeDate(command.on, 'on', 'A13');
  if (department.participatesFrom !== null) {
    throw new DepartmentAlreadyParticipatingError(department.departmentId, department.participatesFrom);
  }
  refuseIfSucceededOn(department, on);
  return [
    {
      type: 'DepartmentJoinedReviewScheme',
      data: { departmentId: department.departmentId, on, basisDocument: requireText('basisDocument', command.basisDocument, 'A13', 'REQUIRED') },
    },
  ];
}

function decideRename(command: RenameDepartment, department: RegisteredDepartmentState): readonly DepartmentEvent[] {
  // docs/domain.md "Departments change over time": history keeps the name in force; the rules (A24) stay.
  const effectiveOn = requireSchemeDate(command.effectiveOn, 'effectiveOn', 'A24');
  refuseIfSucceededOn(department, effectiveOn);
  return [
    {
      type: 'DepartmentRenamed',
      data: {
        departmentId: department.departmentId,
        nameZh: requireText('nameZh', command.nameZh, 'A24', 'REQUIRED'),
        nameEn: requireText('nameEn', command.nameEn, 'A24', 'REQUIRED'),
        effectiveOn,
        basisDocument: requireText('basisDocument', command.basisDocument, 'A24', 'REQUIRED'),
      },
    },
  ];
}
