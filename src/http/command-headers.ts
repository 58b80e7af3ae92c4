import { HttpException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../event-store/canonical-json.js';
import type { IdempotencyRequest } from '../event-store/event-store.port.js';
import type { RequestWithActor } from './acting-user.js';
import { errorBody } from './error-body.js';

/** What docs/api.md lets every command carry in headers. */
export interface CommandHeaders {
  readonly idempotency?: IdempotencyRequest;
  /** `If-Match: <revision>` (optionally quoted): the stream revision the client last saw. */
  readonly expectedRevision?: number;
}

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

function invalid(field: string, rule: string, message: string): HttpException {
  return new HttpException(errorBody(400, 'VALIDATION_FAILED', `${field}: ${message}`, { problems: [{ field, rule, message }] }), 400);
}

/**
 * Reads Idempotency-Key and If-Match. A key is scoped to the acting user, and the fingerprint is
 * a digest of method, path and canonical body: the same key with another request is a 409.
 */
export function commandHeaders(request: RequestWithActor): CommandHeaders {
  const key = request.header('idempotency-key');
  const ifMatch = request.header('if-match');
  if (key !== undefined && !KEY.test(key)) throw invalid('Idempotency-Key', 'IDEMPOTENCY_KEY', 'must be 8–128 characters of [A-Za-z0-9._:-]');
  let expectedRevision: number | undefined;
  if (ifMatch !== undefined) {
    const value = ifMatch.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
    if (!/^\d{1,15}$/.test(value)) throw invalid('If-Match', 'REVISION', 'must be a stream revision (a whole number)');
    expectedRevision = Number(value);
  }
  const actor = request.actingUser;
  const fingerprint = createHash('sha256').update(canonicalJson({ method: request.method, path: request.path, body: request.body ?? null })).digest('hex');
  return {
    ...(key ? { idempotency: { key: `${actor?.kind ?? 'public'}:${actor?.id ?? 'anonymous'}:${key}`, fingerprint } } : {}),
    ...(expectedRevision !== undefined ? { expectedRevision } : {}),
  };
}

export const CommandOptions = createParamDecorator((_: unknown, context: ExecutionContext): CommandHeaders =>
  commandHeaders(context.switchToHttp().getRequest<Request>()));
