import { HttpException, Injectable, type PipeTransform } from '@nestjs/common';
import { errorBody } from '../http/error-body.js';

/** An agency id in a path: the UUID v7 the server gave the filing (POST /agencies). */
export const AGENCY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

@Injectable()
export class AgencyIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!AGENCY_ID.test(value))
      throw new HttpException(errorBody(400, 'VALIDATION_FAILED', 'aid: must be an agency id (a UUID v7 returned by POST /agencies)', { field: 'aid', rule: 'AGENCY_ID' }), 400);
    return value;
  }
}
