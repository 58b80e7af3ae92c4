import { InvalidViewQuery } from './errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ViewQuery } from './view-store.port.js';

const COLLECTION = /^[a-z][a-z0-9_-]{0,80}$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function checkCollectionName(name: string): void {
  if (!COLLECTION.test(name)) throw new InvalidViewQuery('collection', 'COLLECTION_NAME', `"${name}" must match ${COLLECTION}`);
}

export function checkFieldPath(field: string): void {
  if (!FIELD.test(field)) throw new InvalidViewQuery(field, 'FIELD_PATH', 'is not a dotted field path');
}

/** Only declared fields (and `id`) may be filtered or sorted on: every query stays on an index. */
export function checkQueryFields(query: ViewQuery, indexes: ReadonlySet<string>): void {
  const allowed = (field: string) => field === 'id' || indexes.has(field);
  for (const field of Object.keys(query.filter ?? {}))
    if (!allowed(field)) throw new InvalidViewQuery(field, 'NOT_INDEXED', 'is not an indexed field of this view');
  if (query.sort && !allowed(query.sort.field)) throw new InvalidViewQuery(query.sort.field, 'NOT_INDEXED', 'is not an indexed field of this view');
}

export function pageSize(query: ViewQuery): number {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new InvalidViewQuery('limit', 'PAGE_SIZE', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  return limit;
}
