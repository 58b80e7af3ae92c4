/**
 * Mergers and splits (docs/domain.md "Departments change over time"): the 2018–2019 reforms merged,
 * renamed and split many A13 pilots. From the effective date the successor carries the rules
 * (A24), pending reviews and usage statistics (A25).
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import { requireText } from '../rules/input-checks.js';
import type { MergeDepartment, SplitDepartment } from './commands.js';
import type { DepartmentEvent } from './events.js';
import { refuseIfSucceeded } from './guards.js';
import type { RegisteredDepartmentState } from './state.js';
import { requireSchemeDate } from './validate.js';

export function decideMerge(command: MergeDepartment, department: RegisteredDepartmentState): readonly DepartmentEvent[] {
  refuseIfSucceeded(department);
  const intoDepartmentId = requireText('intoDepartmentId', command.intoDepartmentId, 'A24', 'REQUIRED');
  if (intoDepartmentId === department.departmentId) {
    throw new InvalidInputError('intoDepartmentId', 'SUCCESSOR_IS_SELF', 'a department cannot be merged into itself', {}, 'A24');
  }
  return [
    {
      type: 'DepartmentMerged',
      data: {
        departmentId: department.departmentId,
        intoDepartmentId,
        effectiveOn: requireSchemeDate(command.effectiveOn, 'effectiveOn', 'A24'),
        basisDocument: requireText('basisDocument', command.basisDocument, 'A24', 'REQUIRED'),
      },
    },
  ];
}

export function decideSplit(command: SplitDepartment, department: RegisteredDepartmentState): readonly DepartmentEvent[] {
  refuseIfSucceeded(department);
  if (!Array.isArray(command.successorIds)) throw new InvalidInputError('successorIds', 'REQUIRED', 'must list the successors', {}, 'A24');
  const successorIds = command.successorIds.map((id) => requireText('successorIds', id, 'A24', 'REQUIRED'));
  // One successor is a rename or a merger, not a split.
  if (successorIds.length < 2 || new Set(successorIds).size !== successorIds.length) {
    throw new InvalidInputError('successorIds', 'SPLIT_SUCCESSORS', 'a split names at least two distinct successors', {}, 'A24');
  }
  if (successorIds.includes(department.departmentId)) {
    throw new InvalidInputError('successorIds', 'SUCCESSOR_IS_SELF', 'a department cannot be its own successor', {}, 'A24');
  }
  const rulesFollow = requireText('rulesFollow', command.rulesFollow, 'A24', 'REQUIRED');
  if (!successorIds.includes(rulesFollow)) {
    throw new InvalidInputError('rulesFollow', 'RULES_FOLLOW_SUCCESSOR', `${rulesFollow} is not one of the successors`, {}, 'A24');
  }
  return [
    {
      type: 'DepartmentSplit',
      data: {
        departmentId: department.departmentId,
        successorIds,
        effectiveOn: requireSchemeDate(command.effectiveOn, 'effectiveOn', 'A24'),
        basisDocument: requireText('basisDocument', command.basisDocument, 'A24', 'REQUIRED'),
        rulesFollow,
      },
    },
  ];
}
