import { HttpException, Injectable, type PipeTransform } from '@nestjs/common';
import { errorBody } from '../../http/error-body.js';

/** A subject id in a path: an organisation's USCC, or a person's pseudonymous id — never an identity number. */
const SUBJECT_ID = /^([0-9A-HJ-NPQRTUWXY]{18}|P[0-9A-F]{32})$/;

@Injectable()
export class SubjectIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!SUBJECT_ID.test(value))
      throw new HttpException(errorBody(400, 'VALIDATION_FAILED', 'id: must be a USCC (18 characters) or a pseudonymous subject id (P + 32 hex)', { field: 'id', rule: 'SUBJECT_ID' }), 400);
    return value;
  }
}
