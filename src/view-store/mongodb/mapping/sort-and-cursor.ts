import type { Filter, Sort } from 'mongodb';
import type { JsonObject, JsonValue } from '../../../shared/json.js';
import type { ViewQuery } from '../../view-store.port.js';
import { fieldPath, type StoredViewDocument } from './documents.js';

export type ViewSort = NonNullable<ViewQuery['sort']>;

export const DEFAULT_SORT: ViewSort = { field: 'id', direction: 'asc' };

/**
 * The page order: the field, then `_id` the same way. Mongo sorts a missing field as null and null
 * before every other value, so ascending puts missing/null first and descending last, as SQLite does.
 */
export function toMongoSort(sort: ViewSort): Sort {
  const direction = sort.direction === 'desc' ? -1 : 1;
  const path = fieldPath(sort.field);
  return path === '_id' ? { _id: direction } : { [path]: direction, _id: direction };
}

/**
 * The sort value of a returned document, for the next cursor: null when missing, like the sort.
 * Objects stay objects (not JSON text as on SQLite): Mongo compares them as BSON documents.
 */
export function sortValueOf(doc: JsonObject, field: string, id: string): JsonValue {
  if (field === 'id') return id;
  let current: JsonValue | undefined = doc;
  for (const part of field.split('.')) current = current && typeof current === 'object' && !Array.isArray(current) ? current[part] : undefined;
  return current ?? null;
}

/**
 * Keyset pagination: the documents strictly after (value, id) in the page order of `toMongoSort`,
 * the same conditions as the SQLite adapter's `afterCursorSql`: the sort field's bound first
 * (`{ f: { $gte: v }, $or: [{ f: { $gt: v } }, { _id: { $gt: id } }] }`), so the cursor is one
 * range on the index (fields…, f, _id). `nullsExcluded`: the filter already leaves null/missing
 * out, so a descending page need not add them after the last value.
 */
export function afterCursorFilter(sort: ViewSort, value: JsonValue, id: string, nullsExcluded = false): Filter<StoredViewDocument> {
  const path = fieldPath(sort.field);
  const after = sort.direction === 'desc' ? '$lt' : '$gt';
  if (path === '_id') return { _id: { [after]: id } };
  const idAfter = { _id: { [after]: id } };
  if (sort.direction === 'asc') {
    // null/missing come first: after a null, every non-null value, or a later id among the nulls.
    if (value === null) return { $or: [{ [path]: { $ne: null } }, { [path]: null, ...idAfter }] };
    return { [path]: { $gte: value }, $or: [{ [path]: { $gt: value } }, idAfter] };
  }
  // Descending, null/missing come last: after a null, only later ids among the nulls.
  if (value === null) return { [path]: null, ...idAfter };
  const before = { [path]: { $lte: value }, $or: [{ [path]: { $lt: value } }, idAfter] };
  return nullsExcluded ? before : { $or: [before, { [path]: null }] };
}
