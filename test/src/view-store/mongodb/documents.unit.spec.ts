import { describe, it, expect } from '@jest/globals';
import type { AnyBulkWriteOperation, IndexDescription } from 'mongodb';
import { InvalidViewQuery } from '../../../../src/view-store/errors.js';
import { ViewDocumentNotJson } from '../../../../src/view-store/mongodb/errors.js';
import { isEmptyPlan, planCommit } from '../../../../src/view-store/mongodb/mapping/commit-plan.js';
import { fieldPath, fromStoredDocument, indexDescriptions, physicalName, toStoredDocument, type StoredViewDocument } from '../../../../src/view-store/mongodb/mapping/documents.js';

describe('MongoDB document mapping', () => {
  it('stores our document unchanged under doc, keyed by _id, and reads it back', () => {
    const doc = { id: 'p01', city: 'Kunshan', address: { zip: '215300' }, tags: ['a'], score: null };
    const stored: StoredViewDocument = toStoredDocument('people', 'p01', doc);
    expect(stored).toEqual({ _id: 'p01', doc });
    expect(fromStoredDocument(stored)).toEqual(doc);
  });

  it('stores what JSON keeps, as the SQLite adapter does (undefined dropped, NaN null)', () => {
    expect(toStoredDocument('people', 'p01', { a: undefined, b: Number.NaN } as never).doc).toEqual({ b: null });
  });

  it('refuses a document that is not JSON (a BigInt would otherwise be stored as a BSON long)', () => {
    expect(() => toStoredDocument('people', 'p09', { value: BigInt(1) } as never)).toThrow(ViewDocumentNotJson);
    expect(() => toStoredDocument('people', 'p09', [] as never)).toThrow(expect.objectContaining({ code: 'VIEW_DOCUMENT_NOT_JSON', id: 'p09' }));
  });

  it('maps field paths: id to _id, others under doc', () => {
    expect(fieldPath('id')).toBe('_id');
    expect(fieldPath('address.zip')).toBe('doc.address.zip');
  });

  it('names a view collection with a prefix and refuses a bad name', () => {
    expect(physicalName('people__g1')).toBe('v_people__g1');
    expect(() => physicalName('view_meta; drop')).toThrow(expect.objectContaining({ rule: 'COLLECTION_NAME' }));
  });

  it('declares one index per field with _id as tie-breaker (id itself is already _id)', () => {
    const expected: IndexDescription[] = [
      { key: { 'doc.city': 1, _id: 1 }, name: 'ix_city' },
      { key: { 'doc.address.zip': 1, _id: 1 }, name: 'ix_address__zip' },
    ];
    expect(indexDescriptions({ name: 'people', indexes: ['city', 'id', 'address.zip'] })).toEqual(expected);
  });

  it('declares a compound index as its fields in order, then _id, from an array or a comma-joined string', () => {
    const expected: IndexDescription[] = [
      { key: { 'doc.status': 1, 'doc.dueAt': 1, _id: 1 }, name: 'ix_status+dueAt' },
      { key: { 'doc.publishable': 1, 'doc.filing.level': 1, _id: 1 }, name: 'ix_publishable+filing__level' },
    ];
    expect(indexDescriptions({ name: 'reviews', indexes: [['status', 'dueAt'], 'publishable,filing.level', 'status,dueAt'] })).toEqual(expected);
    expect(Object.keys(expected[0]!.key)).toEqual(['doc.status', 'doc.dueAt', '_id']);
  });

  it('keeps fields declared after id after _id: carried in the index without changing its order', () => {
    const [index] = indexDescriptions({ name: 'disclosures', indexes: [['publishable', 'decisionDate', 'id', 'disclosedThrough']] });
    expect(index).toEqual({ key: { 'doc.publishable': 1, 'doc.decisionDate': 1, _id: 1, 'doc.disclosedThrough': 1 }, name: 'ix_publishable+decisionDate+id+disclosedThrough' });
    expect(Object.keys(index!.key)).toEqual(['doc.publishable', 'doc.decisionDate', '_id', 'doc.disclosedThrough']);
  });

  it('refuses a compound index with a field that is not a dotted path', () => {
    expect(() => indexDescriptions({ name: 'reviews', indexes: ['status, dueAt'] })).toThrow(InvalidViewQuery);
    expect(() => indexDescriptions({ name: 'reviews', indexes: [[]] })).toThrow(InvalidViewQuery);
    expect(() => indexDescriptions({ name: 'reviews', indexes: [['status', 'status']] })).toThrow(InvalidViewQuery);
  });
});

describe('MongoDB commit plan', () => {
  it('groups view changes by collection in commit order: upserts for documents, deletes for null', () => {
    const plan = planCommit({
      changes: [
        { collection: 'people', id: 'p01', doc: { id: 'p01', age: 30 } },
        { collection: 'counts', id: 'all', doc: { n: 1 } },
        { collection: 'people', id: 'p04', doc: null },
      ],
      checkpoint: { name: 'demo@g1', position: 42 },
      meta: { 'projection:demo': { version: 1, generation: 1 }, 'projection:old': null },
    });
    const people: AnyBulkWriteOperation<StoredViewDocument>[] = [
      { replaceOne: { filter: { _id: 'p01' }, replacement: { _id: 'p01', doc: { id: 'p01', age: 30 } }, upsert: true } },
      { deleteOne: { filter: { _id: 'p04' } } },
    ];
    expect(plan.views).toEqual([{ collection: 'people', operations: people }, { collection: 'counts', operations: [expect.objectContaining({ replaceOne: expect.anything() })] }]);
    expect(plan.checkpoints).toEqual([{ name: 'demo@g1', position: 42 }]);
    expect(plan.meta).toEqual([{ key: 'projection:demo', value: { version: 1, generation: 1 } }, { key: 'projection:old', value: null }]);
  });

  it('checks every document before any write: one bad document fails the whole plan', () => {
    expect(() => planCommit({
      changes: [{ collection: 'people', id: 'p01', doc: { city: 'Changed' } }, { collection: 'people', id: 'p09', doc: { value: BigInt(1) } as never }],
      checkpoint: { name: 'demo@g1', position: 11 },
    })).toThrow(ViewDocumentNotJson);
  });

  it('knows an empty commit', () => {
    expect(isEmptyPlan(planCommit({ changes: [] }))).toBe(true);
    expect(isEmptyPlan(planCommit({ changes: [], checkpoint: { name: 'demo@g1', position: 0 } }))).toBe(false);
  });
});
