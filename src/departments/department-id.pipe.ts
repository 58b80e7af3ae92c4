import { Injectable } from '@nestjs/common';
import { DEPARTMENT_ID_EXPECTED, DEPARTMENT_ID_PATTERN } from '../use-case-support/paths/department-id.js';
import { PathIdPipe } from '../use-case-support/paths/path-id.pipe.js';

@Injectable()
export class DepartmentIdPipe extends PathIdPipe {
  constructor() {
    super({ field: 'did', pattern: DEPARTMENT_ID_PATTERN, expected: DEPARTMENT_ID_EXPECTED, rule: 'DEPARTMENT_ID' });
  }
}
