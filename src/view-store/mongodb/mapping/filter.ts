import type { Document, Filter } from 'mongodb';
import type { FieldCondition, IndexedValue, ViewQuery } from '../../view-store.port.js';
import { InvalidViewQuery } from '../../errors.js';
import { fieldPath, type StoredViewDocument } from './documents.js';

function checkValue(value: unknown): IndexedValue {
  if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    throw new InvalidViewQuery('filter', 'VALUE_TYPE', 'filter values are strings, numbers, booleans or null');
  return value;
}

const RANGES = { gt: '$gt', gte: '$gte', lt: '$lt', lte: '$lte' } as const;

/**
 * One field's condition as Mongo operators, with the SQLite adapter's (SQL) meaning of null:
 * `{ f: null }` / `eq: null` match a null or missing field (Mongo does the same); `ne: v` excludes
 * null and missing too (SQL's `!=` never matches NULL, Mongo's `$ne` would); a range against null and
 * a null inside `in` never match.
 */
export function conditionOperators(condition: FieldCondition): Document {
  if (condition === null || typeof condition !== 'object') return { $eq: checkValue(condition) };
  if (Array.isArray(condition)) checkValue(condition);
  const operators: Document = {};
  let matchesNothing = false;
  for (const [op, raw] of Object.entries(condition)) {
    if (op === 'in') {
      if (!Array.isArray(raw) || raw.length === 0) throw new InvalidViewQuery('filter', 'IN_LIST', '`in` takes a non-empty list');
      const values = raw.map(checkValue);
      operators.$in = values.filter((value) => value !== null);
    } else if (op === 'eq') {
      operators.$eq = checkValue(raw);
    } else if (op === 'ne') {
      const value = checkValue(raw);
      if (value === null) operators.$ne = null;
      else operators.$nin = [value, null];
    } else if (op in RANGES) {
      const value = checkValue(raw);
      if (value === null) matchesNothing = true;
      else operators[RANGES[op as keyof typeof RANGES]] = value;
    } else throw new InvalidViewQuery('filter', 'OPERATOR', `unknown operator ${op}`);
  }
  // An empty `$in` is Mongo's "no document": a comparison with null is never true in SQL.
  if (matchesNothing) operators.$in = [];
  return operators;
}

/** Our filter (fields ANDed) as a Mongo filter on `_id` and `doc.<field>`. */
export function toMongoFilter(filter: ViewQuery['filter']): Filter<StoredViewDocument> {
  const mongo: Filter<StoredViewDocument> = {};
  for (const [field, condition] of Object.entries(filter ?? {})) mongo[fieldPath(field)] = conditionOperators(condition);
  return mongo;
}

/** Both filters must hold; an empty side is left out. */
export function allOf(...filters: ReadonlyArray<Filter<StoredViewDocument>>): Filter<StoredViewDocument> {
  const parts = filters.filter((filter) => Object.keys(filter).length > 0);
  if (parts.length === 0) return {};
  return parts.length === 1 ? parts[0]! : { $and: parts };
}
