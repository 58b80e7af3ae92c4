import { HttpException, type PipeTransform } from '@nestjs/common';
import { errorBody } from '../../http/error-body.js';

/** Record ids in paths (reviews, reports) are the server's UUIDs: anything else is bad input, not an unknown record. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class RecordIdPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw new HttpException(errorBody(400, 'VALIDATION_FAILED', `${this.field}: must be a record id (UUID)`, { field: this.field, rule: 'RECORD_ID' }), 400);
    return value.toLowerCase();
  }
}
