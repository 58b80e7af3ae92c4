import { HttpException, type PipeTransform } from '@nestjs/common';
import { errorBody } from '../../http/error-body.js';

/** Server-generated record ids (reviews, reports, commitments): a UUID, any version, as written (lower case). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What an id in a path looks like: the parameter, its pattern, the words for it, the rule code. */
export interface PathIdShape {
  readonly field: string;
  readonly pattern: RegExp;
  /** Completes "<field>: must be …". */
  readonly expected: string;
  readonly rule: string;
  readonly normalise?: (value: string) => string;
}

/**
 * An id in a path, checked for shape before any lookup: a malformed one is bad input (400
 * VALIDATION_FAILED naming the parameter and the rule), never an unknown record (404).
 */
export class PathIdPipe implements PipeTransform<string, string> {
  constructor(private readonly shape: PathIdShape) {}

  transform(value: string): string {
    const { field, pattern, expected, rule, normalise } = this.shape;
    if (!pattern.test(value)) throw new HttpException(errorBody(400, 'VALIDATION_FAILED', `${field}: must be ${expected}`, { field, rule }), 400);
    return normalise === undefined ? value : normalise(value);
  }
}
