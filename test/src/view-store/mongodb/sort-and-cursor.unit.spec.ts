import { describe, it, expect } from '@jest/globals';
import type { Filter, Sort } from 'mongodb';
import type { JsonObject } from '../../../../src/shared/json.js';
import type { StoredViewDocument } from '../../../../src/view-store/mongodb/mapping/documents.js';
import { allOf, toMongoFilter } from '../../../../src/view-store/mongodb/mapping/filter.js';
import { afterCursorFilter, sortValueOf, toMongoSort, type ViewSort } from '../../../../src/view-store/mongodb/mapping/sort-and-cursor.js';
import type { ViewQuery } from '../../../../src/view-store/view-store.port.js';
import { query } from './mini-mongo.js';

const people: JsonObject[] = [
  { id: 'p01', city: 'Kunshan', age: 30, score: 7, active: true },
  { id: 'p02', city: 'Suzhou', age: 41, score: null, active: false },
  { id: 'p03', city: 'Kunshan', age: 25, score: 9, active: true },
  { id: 'p04', city: 'Nanjing', age: 52, score: 7, active: true },
  { id: 'p05', city: 'Kunshan', age: 61, score: 3, active: false },
  { id: 'p06', city: 'Suzhou', age: 33, score: 7, active: true },
  { id: 'p07', city: 'Kunshan', age: 19, active: true },
];
const stored: StoredViewDocument[] = people.map((doc) => ({ _id: String(doc.id), doc }));

/** Pages through find(filter AND after-cursor).sort().limit(size), the way the store does. */
function pageAll(sort: ViewSort, size: number, filter: ViewQuery['filter'] = {}): string[] {
  const seen: string[] = [];
  let cursor: { value: ReturnType<typeof sortValueOf>; id: string } | null = null;
  for (let pages = 0; pages < 50; pages += 1) {
    const condition: Filter<StoredViewDocument> = cursor ? afterCursorFilter(sort, cursor.value, cursor.id) : {};
    const page: StoredViewDocument[] = query(stored, allOf(toMongoFilter(filter), condition), toMongoSort(sort) as Record<string, 1 | -1>, size);
    seen.push(...page.map((doc) => doc._id));
    if (page.length < size) break;
    const last = page[page.length - 1]!;
    cursor = { value: sortValueOf(last.doc, sort.field, last._id), id: last._id };
  }
  return seen;
}

describe('MongoDB sort and cursor mapping', () => {
  it('sorts by the field then _id, in the same direction', () => {
    const asc: Sort = { 'doc.age': 1, _id: 1 };
    expect(toMongoSort({ field: 'age', direction: 'asc' })).toEqual(asc);
    expect(toMongoSort({ field: 'address.zip', direction: 'desc' })).toEqual({ 'doc.address.zip': -1, _id: -1 });
    expect(toMongoSort({ field: 'id', direction: 'desc' })).toEqual({ _id: -1 });
  });

  it('continues after a value, bounded on the sort field first: from it with a later id (asc); down to it with an earlier id, or null (desc)', () => {
    const asc: Filter<StoredViewDocument> = { 'doc.age': { $gte: 30 }, $or: [{ 'doc.age': { $gt: 30 } }, { _id: { $gt: 'p01' } }] };
    expect(afterCursorFilter({ field: 'age', direction: 'asc' }, 30, 'p01')).toEqual(asc);
    const before = { 'doc.score': { $lte: 7 }, $or: [{ 'doc.score': { $lt: 7 } }, { _id: { $lt: 'p04' } }] };
    expect(afterCursorFilter({ field: 'score', direction: 'desc' }, 7, 'p04')).toEqual({ $or: [before, { 'doc.score': null }] });
  });

  it('leaves the nulls out of a descending cursor when the filter already excludes them, so it stays one index range', () => {
    expect(afterCursorFilter({ field: 'score', direction: 'desc' }, 7, 'p04', true)).toEqual({ 'doc.score': { $lte: 7 }, $or: [{ 'doc.score': { $lt: 7 } }, { _id: { $lt: 'p04' } }] });
  });

  it('continues after a null: every non-null or a later null (asc); only earlier nulls (desc)', () => {
    expect(afterCursorFilter({ field: 'score', direction: 'asc' }, null, 'p02')).toEqual({ $or: [{ 'doc.score': { $ne: null } }, { 'doc.score': null, _id: { $gt: 'p02' } }] });
    expect(afterCursorFilter({ field: 'score', direction: 'desc' }, null, 'p07')).toEqual({ 'doc.score': null, _id: { $lt: 'p07' } });
  });

  it('continues after an id on _id alone when sorting by id', () => {
    expect(afterCursorFilter({ field: 'id', direction: 'asc' }, 'p03', 'p03')).toEqual({ _id: { $gt: 'p03' } });
    expect(afterCursorFilter({ field: 'id', direction: 'desc' }, 'p03', 'p03')).toEqual({ _id: { $lt: 'p03' } });
  });

  it.each([
    ['age', 'asc', ['p07', 'p03', 'p01', 'p06', 'p02', 'p04', 'p05']],
    ['age', 'desc', ['p05', 'p04', 'p02', 'p06', 'p01', 'p03', 'p07']],
    ['score', 'asc', ['p02', 'p07', 'p05', 'p01', 'p04', 'p06', 'p03']],
    ['score', 'desc', ['p03', 'p06', 'p04', 'p01', 'p05', 'p07', 'p02']],
    ['id', 'desc', ['p07', 'p06', 'p05', 'p04', 'p03', 'p02', 'p01']],
  ] as const)('pages by %s %s in the SQLite order (null and missing first ascending, last descending), each document once', (field, direction, expected) => {
    for (const size of [1, 2, 3, 7]) expect(pageAll({ field, direction }, size)).toEqual(expected);
  });

  it('pages a filtered, sorted query', () => {
    expect(pageAll({ field: 'age', direction: 'desc' }, 2, { active: true })).toEqual(['p04', 'p06', 'p01', 'p03', 'p07']);
  });

  it('reads the cursor value at a nested path, null when missing, the id for id', () => {
    const doc: JsonObject = { address: { zip: '215300' }, tag: { k: 1 } };
    expect(sortValueOf(doc, 'address.zip', 'p01')).toBe('215300');
    expect(sortValueOf(doc, 'address.city', 'p01')).toBeNull();
    expect(sortValueOf(doc, 'score.value', 'p01')).toBeNull();
    expect(sortValueOf(doc, 'tag', 'p01')).toEqual({ k: 1 });
    expect(sortValueOf(doc, 'id', 'p01')).toBe('p01');
  });
});
