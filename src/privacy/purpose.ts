import { HttpException } from '@nestjs/common';
import type { Request } from 'express';
import { errorBody } from '../http/error-body.js';
import { inputRefusal } from '../http/input/input-refusal.js';
import { textProblem } from '../http/input/text-rules.js';

/** Visible ASCII and space: what a header value may carry before percent-decoding. */
const HEADER_ASCII = /^[\x20-\x7E]*$/;

/**
 * A28: an unmasked read states its purpose or matter: the `X-Purpose` header (percent-encoded UTF-8,
 * so Chinese survives HTTP headers) or the `purpose` query parameter. The header wins when both are sent.
 * Issue 10: Node reads raw header bytes as latin1, so a raw UTF-8 value would be logged garbled
 * for good; any byte outside visible ASCII is refused (percent-encode it), so the access log holds
 * exactly what the client meant. The text rules apply (no control or bidi characters), then NFC.
 * Length and shape are checked by the access decider (domain/access/decide.ts).
 */
export function purposeOf(request: Request): string {
  const header = request.header('x-purpose');
  const query = typeof request.query.purpose === 'string' ? request.query.purpose : undefined;
  const field = header !== undefined ? 'X-Purpose' : 'purpose';
  const purpose = header !== undefined ? percentDecoded(header) : query;
  if (purpose === undefined || purpose.trim() === '') throw invalid('purpose: the X-Purpose header or the purpose query parameter is required to read unmasked personal data (A28)');
  const problem = textProblem(purpose);
  if (problem) throw inputRefusal({ field, ...problem });
  return purpose.normalize('NFC');
}

function percentDecoded(header: string): string {
  const refuse = () => inputRefusal({ field: 'X-Purpose', rule: 'HEADER_PERCENT_ENCODING', message: 'must be percent-encoded UTF-8 (e.g. %E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF), only visible ASCII characters' });
  if (!HEADER_ASCII.test(header)) throw refuse();
  try {
    return decodeURIComponent(header);
  } catch {
    throw refuse();
  }
}

function invalid(message: string): HttpException {
  return new HttpException(errorBody(400, 'VALIDATION_FAILED', message, { field: 'purpose', rule: 'PURPOSE_REQUIRED', article: 'A28' }), 400);
}
