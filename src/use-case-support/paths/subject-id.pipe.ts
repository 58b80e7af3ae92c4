import { Injectable } from '@nestjs/common';
import { refuseIdentityNumber } from './identity-number-guard.js';
import { PathIdPipe } from './path-id.pipe.js';

/** A subject id in a path: an organisation's USCC, or a person's pseudonymous id — never an identity number. */
const SUBJECT_ID = /^([0-9A-HJ-NPQRTUWXY]{18}|P[0-9A-F]{32})$/;

@Injectable()
export class SubjectIdPipe extends PathIdPipe {
  constructor() {
    super({ field: 'id', pattern: SUBJECT_ID, expected: 'a USCC (18 characters) or a pseudonymous subject id (P + 32 hex)', rule: 'SUBJECT_ID' });
  }

  override transform(value: string): string {
    refuseIdentityNumber('id', value);
    return super.transform(value);
  }
}
