import { badQuery, wholeNumberParam } from '../http/query-params.js';
import { parseInstantMs } from '../shared/clock.js';
import { decodeStateCursor, STATE_SECTIONS, type StateCursor, type StateSection } from './state-pages.js';

/** What `GET /subjects/{id}/state` was asked: which state (latest, an instant, a revision) and which part of it. */
export type StateQuery =
  | { readonly kind: 'overview'; readonly point: { asOf: string } | { revision: number } | null; readonly limit: number }
  | { readonly kind: 'section'; readonly point: { asOf: string } | { revision: number } | null; readonly section: StateSection; readonly offset: number; readonly limit: number };

export const OVERVIEW_LIMIT = { fallback: 20, max: 100 };
export const SECTION_LIMIT = { fallback: 100, max: 1000 };

export interface RawStateQuery {
  readonly asOf?: string;
  readonly revision?: string;
  readonly section?: string;
  readonly limit?: string;
  readonly cursor?: string;
}

export function parseStateQuery(raw: RawStateQuery): StateQuery {
  // An unencoded "+08:00" arrives as " 08:00" in a query string: read it as the offset it was.
  const asOf = raw.asOf?.replace(/ (\d{2}:?\d{2})$/, '+$1');
  if (asOf !== undefined && raw.revision !== undefined) throw badQuery('asOf', 'ONE_OF', 'give asOf or revision, not both');
  if (asOf !== undefined && parseInstantMs(asOf) === null) throw badQuery('asOf', 'INSTANT', 'must be an ISO-8601 instant with an offset, e.g. 2026-03-06T09:30:00+08:00 (URL-encode "+" as %2B)');
  const revision = raw.revision === undefined ? undefined : wholeNumberParam('revision', raw.revision, { fallback: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
  if (raw.section !== undefined && !STATE_SECTIONS.includes(raw.section as StateSection))
    throw badQuery('section', 'ONE_OF', `must be one of ${STATE_SECTIONS.join(', ')}`);
  if (raw.cursor !== undefined) return fromCursor(raw, asOf, revision);
  const point = asOf !== undefined ? { asOf } : revision !== undefined ? { revision } : null;
  if (raw.section === undefined) return { kind: 'overview', point, limit: wholeNumberParam('limit', raw.limit, { fallback: OVERVIEW_LIMIT.fallback, min: 1, max: OVERVIEW_LIMIT.max }) };
  return { kind: 'section', point, section: raw.section as StateSection, offset: 0, limit: wholeNumberParam('limit', raw.limit, { fallback: SECTION_LIMIT.fallback, min: 1, max: SECTION_LIMIT.max }) };
}

/** A cursor carries its revision and section: the next page of the same state, whatever happened since. */
function fromCursor(raw: RawStateQuery, asOf: string | undefined, revision: number | undefined): StateQuery {
  if (asOf !== undefined || revision !== undefined) throw badQuery('cursor', 'ONE_OF', 'a cursor carries its revision: give cursor without asOf or revision');
  const cursor: StateCursor | null = decodeStateCursor(raw.cursor!);
  if (cursor === null) throw badQuery('cursor', 'CURSOR', 'is not a cursor returned by this route');
  if (raw.section !== undefined && raw.section !== cursor.section) throw badQuery('cursor', 'CURSOR', `is a cursor of section ${cursor.section}, not ${raw.section}`);
  return { kind: 'section', point: { revision: cursor.revision }, section: cursor.section, offset: cursor.offset, limit: wholeNumberParam('limit', raw.limit, { fallback: SECTION_LIMIT.fallback, min: 1, max: SECTION_LIMIT.max }) };
}
