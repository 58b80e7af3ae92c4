import { Injectable } from '@nestjs/common';
import { PathIdPipe } from '../use-case-support/paths/path-id.pipe.js';

/** A department id in a path, as registered (e.g. `ks-drc` for an A13 pilot). */
const DEPARTMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

@Injectable()
export class DepartmentIdPipe extends PathIdPipe {
  constructor() {
    super({ field: 'did', pattern: DEPARTMENT_ID, expected: 'a department id (1–64 letters, digits, . _ -), e.g. ks-drc', rule: 'DEPARTMENT_ID' });
  }
}
