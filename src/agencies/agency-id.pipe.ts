import { Injectable } from '@nestjs/common';
import { PathIdPipe } from '../use-case-support/paths/path-id.pipe.js';

/** An agency id in a path: the UUID v7 the server gave the filing (POST /agencies). */
export const AGENCY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

@Injectable()
export class AgencyIdPipe extends PathIdPipe {
  constructor() {
    super({ field: 'aid', pattern: AGENCY_ID, expected: 'an agency id (a UUID v7 returned by POST /agencies)', rule: 'AGENCY_ID' });
  }
}
