import { describe, expect, it } from '@jest/globals';
import type { DepartmentCommand } from '../../../domain/department/commands.js';
import { DEPT, NOW, inputRefusal, registered } from './fixtures.js';

const renameAs = (type: string): DepartmentCommand =>
  ({ type, departmentId: DEPT, now: NOW, nameZh: '市生态环境局', nameEn: 'Ecology and Environment Bureau', effectiveOn: '2026-03-01', basisDocument: 'x' }) as never;

describe('department decide: commands it does not know (A24)', () => {
  it('A24: given a registered department, when an unknown command type arrives, then it is refused as invalid input (COMMAND_TYPE)', () => {
    expect(inputRefusal([registered], renameAs('DeleteDepartment'))).toEqual({ field: 'type', rule: 'COMMAND_TYPE', article: 'A24' });
  });

  it('A24: given no department yet, an unknown command type is still COMMAND_TYPE, not DEPARTMENT_NOT_REGISTERED', () => {
    expect(inputRefusal([], renameAs('RenameAgency'))).toEqual({ field: 'type', rule: 'COMMAND_TYPE', article: 'A24' });
  });

  it('A24: a command with no type, or with no `now` and an unknown type, is refused as COMMAND_TYPE', () => {
    expect(inputRefusal([registered], { departmentId: DEPT } as never)).toMatchObject({ rule: 'COMMAND_TYPE' });
  });

  it('A24: a command that is not an object is invalid input (OBJECT_REQUIRED), not a TypeError', () => {
    expect(inputRefusal([registered], null as never)).toMatchObject({ field: 'command', rule: 'OBJECT_REQUIRED' });
  });
});
