import { HttpException, Injectable, type PipeTransform } from '@nestjs/common';
import { errorBody } from '../http/error-body.js';

/** A department id in a path, as registered (e.g. `ks-drc` for an A13 pilot). */
const DEPARTMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

@Injectable()
export class DepartmentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!DEPARTMENT_ID.test(value))
      throw new HttpException(errorBody(400, 'VALIDATION_FAILED', 'did: must be a department id (1–64 letters, digits, . _ -), e.g. ks-drc', { field: 'did', rule: 'DEPARTMENT_ID' }), 400);
    return value;
  }
}
