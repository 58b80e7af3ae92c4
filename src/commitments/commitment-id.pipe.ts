import { HttpException, Injectable, type PipeTransform } from '@nestjs/common';
import { errorBody } from '../http/error-body.js';

/** Commitment ids are server-generated UUIDs (v7). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@Injectable()
export class CommitmentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value))
      throw new HttpException(errorBody(400, 'VALIDATION_FAILED', 'cid: must be a commitment id (a UUID)', { field: 'cid', rule: 'COMMITMENT_ID' }), 400);
    return value;
  }
}
