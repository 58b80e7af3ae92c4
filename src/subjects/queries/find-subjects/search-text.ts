import { badQuery } from '../../../http/query-params.js';
import { refuseIdentityNumber } from '../../../use-case-support/paths/identity-number-guard.js';

export const SEARCH_TEXT_MIN = 2;
export const SEARCH_TEXT_MAX = 100;

/**
 * `?q=`: the start of an organisation's name or USCC. The input guard has already applied the text
 * rules to the query string (no control, bidi or invisible-only text); here it is normalised to NFC
 * and trimmed (a query string cannot be normalised in place), then must hold 2–100 characters.
 */
export function searchText(raw: unknown): string {
  // (A repeated `q` reaches here joined with commas by the framework's string conversion: one text.)
  if (typeof raw !== 'string') throw badQuery('q', 'SEARCH_TEXT', `is required: the start of a name or USCC, ${SEARCH_TEXT_MIN}–${SEARCH_TEXT_MAX} characters`);
  const text = raw.normalize('NFC').trim();
  const length = Array.from(text).length;
  if (length < SEARCH_TEXT_MIN || length > SEARCH_TEXT_MAX)
    throw badQuery('q', 'SEARCH_TEXT_LENGTH', `must be ${SEARCH_TEXT_MIN}–${SEARCH_TEXT_MAX} characters after trimming (got ${length})`);
  refuseIdentityNumber('q', text);
  return text;
}

/** A USCC prefix: the text upper-cased, when it could begin a code (digits and Latin letters only). */
export function usccPrefix(text: string): string | null {
  const upper = text.toUpperCase();
  return /^[0-9A-Z]+$/.test(upper) ? upper : null;
}
