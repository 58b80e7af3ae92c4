import { badQuery, wholeNumberParam, type WholeNumberRule } from '../../http/query-params.js';

/** List routes read `?limit=` (empty) as the default and at most 9 digits. */
export const LIST_NUMBER: Pick<WholeNumberRule, 'empty' | 'maxDigits'> = { empty: 'fallback', maxDigits: 9 };

/** A whole-number list parameter within bounds, or its default. */
export function intParam(field: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  return wholeNumberParam(field, raw, { fallback, min, max, ...LIST_NUMBER });
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
