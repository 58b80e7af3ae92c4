import { HttpException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { errorBody } from './error-body.js';

interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** DTO validation: unknown fields refused, types transformed; a 400 names every field and rule. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
      return new HttpException(errorBody(400, 'VALIDATION_FAILED', summary, { problems }), 400);
    },
  });
}
