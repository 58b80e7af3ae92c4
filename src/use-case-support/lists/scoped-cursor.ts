import { InvalidViewQuery } from '../../view-store/errors.js';

/**
 * A list's nextCursor tied to the query it came from: the view store's keyset cursor is only a sort
 * value and an id, so a cursor of one filter given to another would silently continue a different
 * range. The scope (the filters, or the search text) travels in the cursor and must match.
 */
export function scopeCursor(scope: string, cursor: string | null): string | null {
  return cursor === null ? null : Buffer.from(JSON.stringify([scope, cursor]), 'utf8').toString('base64url');
}

/** The view store's cursor inside a scoped one, or 400 INVALID_VIEW_QUERY (field cursor, rule CURSOR) when it belongs to another query. */
export function unscopeCursor(scope: string, cursor: string | null | undefined): string | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string') throw new InvalidViewQuery('cursor', 'CURSOR', 'is not a nextCursor returned by this route');
  if (parsed[0] !== scope) throw new InvalidViewQuery('cursor', 'CURSOR', 'is the nextCursor of another query (other filters or search text): start again without a cursor');
  return parsed[1] as string;
}
