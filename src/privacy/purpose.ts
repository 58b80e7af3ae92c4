import { HttpException } from '@nestjs/common';
import type { Request } from 'express';
import { errorBody } from '../http/error-body.js';

/**
 * A28: an unmasked read states its purpose or matter: the `X-Purpose` header (percent-encoded UTF-8,
 * so Chinese survives HTTP headers) or the `purpose` query parameter. The header wins when both are sent.
 * Length and shape are checked by the access decider (domain/access/decide.ts).
 */
export function purposeOf(request: Request): string {
  const header = request.header('x-purpose');
  const query = typeof request.query.purpose === 'string' ? request.query.purpose : undefined;
  let purpose = header ?? query;
  if (header !== undefined) {
    try {
      purpose = decodeURIComponent(header);
    } catch {
      throw invalid('X-Purpose: must be percent-encoded UTF-8');
    }
  }
  if (purpose === undefined || purpose.trim() === '') throw invalid('purpose: the X-Purpose header or the purpose query parameter is required to read unmasked personal data (A28)');
  return purpose;
}

function invalid(message: string): HttpException {
  return new HttpException(errorBody(400, 'VALIDATION_FAILED', message, { field: 'purpose', rule: 'PURPOSE_REQUIRED', article: 'A28' }), 400);
}
