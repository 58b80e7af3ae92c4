import { HttpException, Injectable, type PipeTransform } from '@nestjs/common';
import { errorBody } from '../../http/error-body.js';
import { parseSubjectScopedId, type SubjectScopedId } from './subject-scoped-id.js';

/** Path pipe: 400 naming the parameter when the id does not have the `<subjectId>.<uuidV7>` shape. */
@Injectable()
export class SubjectScopedIdPipe implements PipeTransform<string, SubjectScopedId> {
  constructor(private readonly param: string) {}

  transform(value: string): SubjectScopedId {
    const parsed = parseSubjectScopedId(value);
    if (parsed === null)
      throw new HttpException(
        errorBody(400, 'VALIDATION_FAILED', `${this.param}: must be <subject id>.<UUIDv7> as returned when the record was created`, { field: this.param, rule: 'SUBJECT_SCOPED_ID' }),
        400,
      );
    return parsed;
  }
}
