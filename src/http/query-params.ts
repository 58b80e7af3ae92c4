import { HttpException } from '@nestjs/common';
import { errorBody } from './error-body.js';

/** A 400 for one query parameter: names the field and the rule, nothing appended. */
export function badQuery(field: string, rule: string, message: string, details: Record<string, unknown> = {}): HttpException {
  return new HttpException(errorBody(400, 'VALIDATION_FAILED', `${field}: ${message}`, { field, rule, ...details }), 400);
}

/** How one whole-number query parameter is read; the routes differ only in these. */
export interface WholeNumberRule {
  readonly min: number;
  readonly max: number;
  /** The value when the parameter is absent; without one the parameter is required. */
  readonly fallback?: number;
  /** `?limit=` (empty): the default (list routes) or refused (audit routes, where an empty value is a typing error). */
  readonly empty?: 'fallback' | 'refused';
  /** Longest digit string read (15 keeps every value a safe integer). */
  readonly maxDigits?: number;
}

/** A whole-number query parameter within bounds: INTEGER_RANGE otherwise. */
export function wholeNumberParam(field: string, raw: string | undefined, rule: WholeNumberRule): number {
  const { min, max, fallback, empty = 'refused', maxDigits = 15 } = rule;
  const absent = raw === undefined || (raw === '' && empty === 'fallback');
  if (absent && fallback !== undefined) return fallback;
  const digits = new RegExp(`^\\d{1,${maxDigits}}$`);
  if (raw === undefined || !digits.test(raw) || Number(raw) < min || Number(raw) > max)
    throw badQuery(field, 'INTEGER_RANGE', `must be a whole number from ${min} to ${max}`);
  return Number(raw);
}
