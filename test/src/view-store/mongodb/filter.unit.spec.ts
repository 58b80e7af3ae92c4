import { describe, it, expect } from '@jest/globals';
import type { Filter } from 'mongodb';
import { InvalidViewQuery } from '../../../../src/view-store/errors.js';
import type { StoredViewDocument } from '../../../../src/view-store/mongodb/mapping/documents.js';
import { allOf, conditionOperators, toMongoFilter } from '../../../../src/view-store/mongodb/mapping/filter.js';
import type { ViewQuery } from '../../../../src/view-store/view-store.port.js';
import { CONTRACT_PEOPLE } from '../../../contract/view-store.contract.js';
import { query } from './mini-mongo.js';

// The contract suite's people, as stored: { _id, doc }.
const people = CONTRACT_PEOPLE.map((doc) => ({ _id: doc.id as string, doc }));

const selected = (filter: ViewQuery['filter']) => query(people, toMongoFilter(filter), { _id: 1 }).map((stored) => stored._id);

describe('MongoDB filter mapping', () => {
  it('maps equality, ranges and sets to operators on doc.<field>, and id to _id', () => {
    const expected: Filter<StoredViewDocument> = { 'doc.city': { $eq: 'Kunshan' }, 'doc.age': { $gte: 25, $lt: 61 }, _id: { $in: ['p01', 'p03'] } };
    expect(toMongoFilter({ city: 'Kunshan', age: { gte: 25, lt: 61 }, id: { in: ['p01', 'p03'] } })).toEqual(expected);
    expect(toMongoFilter(undefined)).toEqual({});
  });

  it('maps nested fields to dotted paths under doc', () => {
    expect(toMongoFilter({ 'address.zip': '215000' })).toEqual({ 'doc.address.zip': { $eq: '215000' } });
    expect(selected({ 'address.zip': '215000' })).toEqual(['p02', 'p06']);
  });

  it('matches null as null or missing, as SQLite matches NULL', () => {
    expect(conditionOperators(null)).toEqual({ $eq: null });
    expect(conditionOperators({ eq: null })).toEqual({ $eq: null });
    expect(selected({ score: null })).toEqual(['p02', 'p07']);
  });

  it('keeps SQL meaning for ne: ne null is present, ne value also excludes null and missing', () => {
    expect(conditionOperators({ ne: null })).toEqual({ $ne: null });
    expect(conditionOperators({ ne: 7 })).toEqual({ $nin: [7, null] });
    expect(selected({ score: { ne: null }, city: { ne: 'Kunshan' } })).toEqual(['p04', 'p06']);
    expect(selected({ score: { ne: 7 } })).toEqual(['p03', 'p05']);
  });

  it('maps in, leaving out null as SQL IN does, and refuses an empty list', () => {
    expect(conditionOperators({ in: ['Nanjing', null, 'Suzhou'] })).toEqual({ $in: ['Nanjing', 'Suzhou'] });
    expect(selected({ city: { in: ['Nanjing', 'Suzhou'] } })).toEqual(['p02', 'p04', 'p06']);
    expect(() => conditionOperators({ in: [] })).toThrow(InvalidViewQuery);
    expect(() => conditionOperators({ in: [] })).toThrow(expect.objectContaining({ rule: 'IN_LIST' }));
  });

  it('makes a range against null match nothing, as a SQL comparison with NULL does', () => {
    expect(conditionOperators({ gt: null })).toEqual({ $in: [] });
    expect(selected({ score: { lte: null } })).toEqual([]);
  });

  it('selects the same documents as the contract suite expects from SQLite', () => {
    expect(selected({ city: 'Kunshan' })).toEqual(['p01', 'p03', 'p05', 'p07']);
    expect(selected({ city: 'Kunshan', age: { gte: 25, lt: 61 } })).toEqual(['p01', 'p03']);
    expect(selected({ age: { gt: 50 } })).toEqual(['p04', 'p05']);
    expect(selected({ active: false })).toEqual(['p02', 'p05']);
  });

  it('refuses an unknown operator and a value that is not a string, number, boolean or null', () => {
    expect(() => conditionOperators({ like: 'K%' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_VIEW_QUERY', rule: 'OPERATOR' }));
    expect(() => toMongoFilter({ city: { eq: { $where: 'x' } } as never })).toThrow(expect.objectContaining({ rule: 'VALUE_TYPE' }));
    expect(() => toMongoFilter({ city: [1] as never })).toThrow(expect.objectContaining({ rule: 'VALUE_TYPE' }));
  });

  it('combines a filter and a cursor condition with $and, leaving out empty sides', () => {
    const a: Filter<StoredViewDocument> = { 'doc.city': { $eq: 'Kunshan' } };
    const b: Filter<StoredViewDocument> = { _id: { $gt: 'p03' } };
    expect(allOf(a, b)).toEqual({ $and: [a, b] });
    expect(allOf({}, b)).toEqual(b);
    expect(allOf({}, {})).toEqual({});
  });
});
