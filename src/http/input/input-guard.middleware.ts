import type { NextFunction, Request, Response } from 'express';
import type { InputProblem } from './input-limits.js';
import { inspectJson } from './inspect-json.js';
import { inputRefusalBody } from './input-refusal.js';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** The first problem of a request's body and query string, or undefined. */
export function requestInputProblem(request: Request): InputProblem | undefined {
  const body: unknown = request.body;
  if (WITH_BODY.has(request.method) && body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
    return { field: 'body', rule: 'BODY_OBJECT', message: 'must be a JSON object' };
  // Express parses the query string anew on every read, so it is checked here but cannot be normalised in place.
  return (body === undefined ? undefined : inspectJson(body, 'body')) ?? inspectJson(request.query, 'query');
}

/**
 * Issue 10: every body and query string meets the input limits and text rules (input-limits.ts)
 * after parsing and before any DTO, fingerprint or handler sees it; a refusal is a bounded 400.
 */
export function inputGuard(request: Request, response: Response, next: NextFunction): void {
  const problem = requestInputProblem(request);
  if (problem === undefined) return next();
  response.status(400).json(inputRefusalBody(problem));
}
