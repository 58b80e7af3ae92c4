import { HttpException } from '@nestjs/common';
import { errorBody } from '../../http/error-body.js';

export function badQuery(field: string, rule: string, message: string): HttpException {
  return new HttpException(errorBody(400, 'VALIDATION_FAILED', `${field}: ${message}`, { field, rule }), 400);
}

/** A whole-number query parameter within bounds, or its default. */
export function intParam(field: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) throw badQuery(field, 'INTEGER_RANGE', `must be a whole number from ${min} to ${max}`);
  return Number(raw);
}

export function pageParams(limit?: string, cursor?: string): { limit: number; cursor: string | null } {
  return { limit: intParam('limit', limit, 50, 1, 500), cursor: cursor ?? null };
}

/** `true` or `false` (absent: false). */
export function boolParam(field: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw badQuery(field, 'BOOLEAN', 'must be true or false');
}

/** One of the listed values, or null when absent. */
export function oneOfParam<T extends string>(field: string, raw: string | undefined, values: readonly T[]): T | null {
  if (raw === undefined || raw === '') return null;
  if (!(values as readonly string[]).includes(raw)) throw badQuery(field, 'ONE_OF', `must be one of ${values.join(', ')}`);
  return raw as T;
}
