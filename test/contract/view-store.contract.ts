import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { ProjectionDefinition } from '../../projections/kernel/projection.js';
import { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import type { ViewStore } from '../../src/view-store/view-store.port.js';
import type { JsonObject } from '../../src/shared/json.js';
import { InvalidViewQuery, StaleViewDocument } from '../../src/view-store/errors.js';
import { prefixRange } from '../../src/use-case-support/lists/prefix-range.js';
import { testMetadata } from '../support/metadata.js';
import { viewStoreLeaseContract } from './view-store-leases.contract.js';

export interface ViewStoreHarness {
  /** Opens the store on the same backing storage each time. */
  open(): Promise<ViewStore>;
  dispose(): Promise<void>;
}

const PEOPLE = { name: 'people', indexes: ['city', 'age', 'score', 'active', 'address.zip'] };

/** The documents the contract runs its queries on (the MongoDB filter unit test queries the same ones). */
export const CONTRACT_PEOPLE: readonly JsonObject[] = [
  { id: 'p01', city: 'Kunshan', age: 30, score: 7, active: true, address: { zip: '215300' } },
  { id: 'p02', city: 'Suzhou', age: 41, score: null, active: false, address: { zip: '215000' } },
  { id: 'p03', city: 'Kunshan', age: 25, score: 9, active: true, address: { zip: '215300' } },
  { id: 'p04', city: 'Nanjing', age: 52, score: 7, active: true, address: { zip: '210000' } },
  { id: 'p05', city: 'Kunshan', age: 61, score: 3, active: false, address: { zip: '215301' } },
  { id: 'p06', city: 'Suzhou', age: 33, score: 7, active: true, address: { zip: '215000' } },
  { id: 'p07', city: 'Kunshan', age: 19, active: true, address: { zip: '215300' } },
];

/** The view store port's contract, written once and run against every adapter. */
export function viewStoreContract(adapter: string, createHarness: () => Promise<ViewStoreHarness>): void {
  describe(`view store contract [${adapter}]`, () => {
    let harness: ViewStoreHarness;
    let views: ViewStore;
    const ids = async (query: Parameters<ViewStore['find']>[1]) => (await views.find('people', query)).items.map((d) => d.id);

    beforeEach(async () => {
      harness = await createHarness();
      views = await harness.open();
      await views.ensureCollection(PEOPLE);
      await views.commit({ changes: CONTRACT_PEOPLE.map((doc) => ({ collection: 'people', id: String(doc.id), doc })) });
    });
    afterEach(async () => {
      await views.close();
      await harness.dispose();
    });

    it('stores, reads, replaces and deletes documents by collection and id', async () => {
      expect(await views.get('people', 'p03')).toEqual(CONTRACT_PEOPLE[2]);
      expect(await views.get('people', 'nobody')).toBeNull();
      await views.commit({ changes: [{ collection: 'people', id: 'p03', doc: { ...CONTRACT_PEOPLE[2]!, age: 26 } }, { collection: 'people', id: 'p04', doc: null }] });
      expect((await views.get('people', 'p03'))?.age).toBe(26);
      expect(await views.get('people', 'p04')).toBeNull();
      const many = await views.getMany('people', ['p01', 'p04', 'p05']);
      expect([...many.keys()].sort()).toEqual(['p01', 'p05']);
    });

    it('filters by equality, ranges, sets, booleans, null and nested fields', async () => {
      expect(await ids({ filter: { city: 'Kunshan' } })).toEqual(['p01', 'p03', 'p05', 'p07']);
      expect(await ids({ filter: { city: 'Kunshan', age: { gte: 25, lt: 61 } } })).toEqual(['p01', 'p03']);
      expect(await ids({ filter: { age: { gt: 50 } } })).toEqual(['p04', 'p05']);
      expect(await ids({ filter: { city: { in: ['Nanjing', 'Suzhou'] } } })).toEqual(['p02', 'p04', 'p06']);
      expect(await ids({ filter: { active: false } })).toEqual(['p02', 'p05']);
      expect(await ids({ filter: { score: null } })).toEqual(['p02', 'p07']);
      expect(await ids({ filter: { score: { ne: null }, city: { ne: 'Kunshan' } } })).toEqual(['p04', 'p06']);
      expect(await ids({ filter: { 'address.zip': '215000' } })).toEqual(['p02', 'p06']);
      expect(await views.count('people', { active: true })).toBe(5);
      expect(await views.count('people')).toBe(7);
    });

    it('refuses a filter or sort on an undeclared field, and a page size out of range', async () => {
      await expect(views.find('people', { filter: { name: 'x' } })).rejects.toBeInstanceOf(InvalidViewQuery);
      await expect(views.find('people', { sort: { field: 'name', direction: 'asc' } })).rejects.toMatchObject({ rule: 'NOT_INDEXED' });
      await expect(views.find('people', { limit: 0 })).rejects.toMatchObject({ field: 'limit' });
      await expect(views.find('people', { cursor: 'garbage' })).rejects.toMatchObject({ field: 'cursor' });
    });

    it.each([
      ['age', 'asc', ['p07', 'p03', 'p01', 'p06', 'p02', 'p04', 'p05']],
      ['age', 'desc', ['p05', 'p04', 'p02', 'p06', 'p01', 'p03', 'p07']],
      ['score', 'asc', ['p02', 'p07', 'p05', 'p01', 'p04', 'p06', 'p03']],
      ['score', 'desc', ['p03', 'p06', 'p04', 'p01', 'p05', 'p07', 'p02']],
    ] as const)('sorts by %s %s and pages through every document exactly once with cursors', async (field, direction, expected) => {
      const all = await ids({ sort: { field, direction }, limit: 1000 });
      expect(all).toEqual(expected);
      for (const size of [1, 2, 3]) {
        const paged: unknown[] = [];
        let cursor: string | null = null;
        do {
          const page = await views.find('people', { sort: { field, direction }, limit: size, cursor });
          paged.push(...page.items.map((d) => d.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(paged).toEqual(expected);
      }
    });

    it('pages a filtered, sorted query', async () => {
      const first = await views.find('people', { filter: { active: true }, sort: { field: 'age', direction: 'desc' }, limit: 2 });
      expect(first.items.map((d) => d.id)).toEqual(['p04', 'p06']);
      const second = await views.find('people', { filter: { active: true }, sort: { field: 'age', direction: 'desc' }, limit: 2, cursor: first.nextCursor });
      expect(second.items.map((d) => d.id)).toEqual(['p01', 'p03']);
      const third = await views.find('people', { filter: { active: true }, sort: { field: 'age', direction: 'desc' }, limit: 2, cursor: second.nextCursor });
      expect(third).toEqual({ items: [CONTRACT_PEOPLE[6]], nextCursor: null });
    });

    it('writes checkpoint and metadata with the view changes, and keeps them across a reopen', async () => {
      expect(await views.readCheckpoint('demo@g1')).toBe(0);
      await views.commit({ changes: [{ collection: 'people', id: 'p08', doc: { id: 'p08', city: 'Taicang' } }], checkpoint: { name: 'demo@g1', position: 42 }, meta: { 'projection:demo': { version: 1, generation: 1 } } });
      await views.close();
      views = await harness.open();
      expect(await views.readCheckpoint('demo@g1')).toBe(42);
      expect(await views.readMeta('projection:demo')).toEqual({ version: 1, generation: 1 });
      expect(await ids({ filter: { city: 'Taicang' } })).toEqual(['p08']);
    });

    it('answers the same queries on a collection whose indexes were deferred, before and after they are built', async () => {
      const query = { filter: { city: 'Kunshan', age: { gte: 20 } }, sort: { field: 'age', direction: 'desc' as const }, limit: 2 };
      const expected = await views.find('people', query);
      await views.ensureCollection({ ...PEOPLE, name: 'late_people', deferIndexes: true });
      await views.commit({ changes: CONTRACT_PEOPLE.map((doc) => ({ collection: 'late_people', id: String(doc.id), doc })) });
      expect(await views.find('late_people', query)).toEqual(expected);
      await views.buildIndexes('late_people');
      await views.buildIndexes('late_people');
      expect(await views.find('late_people', query)).toEqual(expected);
      expect(await views.find('late_people', { ...query, cursor: expected.nextCursor })).toEqual(await views.find('people', { ...query, cursor: expected.nextCursor }));
    });

    it('moves several projections\' checkpoints in one commit (one read of the log feeds them all)', async () => {
      await views.commit({
        changes: [{ collection: 'people', id: 'p08', doc: { id: 'p08', city: 'Taicang' } }],
        checkpoints: [{ name: 'demo@g1', position: 7 }, { name: 'other@g3', position: 7 }],
      });
      expect(await views.readCheckpoint('demo@g1')).toBe(7);
      expect(await views.readCheckpoint('other@g3')).toBe(7);
    });

    it('a create-only change writes a new document, and refuses the whole commit (STALE_VIEW_DOCUMENT) where one exists (issue 14: heads never replaced)', async () => {
      await views.commit({ changes: [{ collection: 'people', id: 'p90', doc: { id: 'p90', name: 'New' }, createOnly: true }] });
      expect((await views.get('people', 'p90'))?.name).toBe('New');
      await expect(views.commit({
        changes: [{ collection: 'people', id: 'p91', doc: { id: 'p91', name: 'Other' } }, { collection: 'people', id: 'p90', doc: { id: 'p90', name: 'Replaced' }, createOnly: true }],
        checkpoint: { name: 'demo@g1', position: 5 },
      })).rejects.toBeInstanceOf(StaleViewDocument);
      expect((await views.get('people', 'p90'))?.name).toBe('New');
      expect(await views.get('people', 'p91')).toBeNull();
      expect(await views.readCheckpoint('demo@g1')).toBe(0);
    });

    it('applies a commit all or nothing: a failing write leaves views and checkpoint as they were', async () => {
      await views.commit({ changes: [], checkpoint: { name: 'demo@g1', position: 10 } });
      const bad = { id: 'p09', value: BigInt(1) } as never;
      await expect(views.commit({
        changes: [{ collection: 'people', id: 'p01', doc: { ...CONTRACT_PEOPLE[0]!, city: 'Changed' } }, { collection: 'people', id: 'p09', doc: bad }],
        checkpoint: { name: 'demo@g1', position: 11 },
      })).rejects.toThrow();
      expect((await views.get('people', 'p01'))?.city).toBe('Kunshan');
      expect(await views.readCheckpoint('demo@g1')).toBe(10);
    });

    describe('compound indexes', () => {
      // A compound index (city, age, id) serves "city = X sorted by age"; `kind` only appears in one.
      const TOWNS = { name: 'towns', indexes: [['city', 'age'], 'kind,score', ['kind', 'age', 'id', 'address.zip']] };
      const townIds = async (query: Parameters<ViewStore['find']>[1]) => (await views.find('towns', query)).items.map((d) => d.id);
      beforeEach(async () => {
        await views.ensureCollection(TOWNS);
        await views.commit({ changes: CONTRACT_PEOPLE.map((doc) => ({ collection: 'towns', id: String(doc.id), doc: { ...doc, kind: 'resident' } })) });
      });

      it('filters on the leading field and sorts by the next, every field of a declaration being queryable', async () => {
        expect(await townIds({ filter: { city: 'Kunshan' }, sort: { field: 'age', direction: 'asc' } })).toEqual(['p07', 'p03', 'p01', 'p05']);
        expect(await townIds({ filter: { city: 'Kunshan', age: { lt: 61 } }, sort: { field: 'age', direction: 'desc' } })).toEqual(['p01', 'p03', 'p07']);
        expect(await townIds({ filter: { kind: 'resident', score: { gte: 7 } }, sort: { field: 'score', direction: 'desc' } })).toEqual(['p03', 'p06', 'p04', 'p01']);
        expect(await views.count('towns', { city: 'Kunshan', age: { gte: 25 } })).toBe(3);
        // A field carried after id filters without changing the order.
        expect(await townIds({ filter: { kind: 'resident', 'address.zip': { gte: '215300' } }, sort: { field: 'age', direction: 'desc' } })).toEqual(['p05', 'p01', 'p03', 'p07']);
        await expect(views.find('towns', { filter: { active: true } })).rejects.toMatchObject({ rule: 'NOT_INDEXED' });
      });

      it.each([
        ['asc', { city: 'Kunshan' }, ['p07', 'p03', 'p01', 'p05']],
        ['desc', { city: 'Kunshan', age: { lte: 61 } }, ['p05', 'p01', 'p03', 'p07']],
        ['desc', { kind: 'resident' }, ['p05', 'p04', 'p02', 'p06', 'p01', 'p03', 'p07']],
      ] as const)('pages %s on the index with keyset cursors, each document once', async (direction, filter, expected) => {
        for (const size of [1, 2, 3]) {
          const paged: unknown[] = [];
          let cursor: string | null = null;
          do {
            const page = await views.find('towns', { filter, sort: { field: 'age', direction }, limit: size, cursor });
            paged.push(...page.items.map((d) => d.id));
            cursor = page.nextCursor;
          } while (cursor);
          expect(paged).toEqual(expected);
        }
      });

      it('pages a descending sort whose filter keeps nulls, nulls last', async () => {
        const all: unknown[] = [];
        let cursor: string | null = null;
        do {
          const page = await views.find('towns', { filter: { kind: 'resident' }, sort: { field: 'score', direction: 'desc' }, limit: 2, cursor });
          all.push(...page.items.map((d) => d.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(all).toEqual(['p03', 'p06', 'p04', 'p01', 'p05', 'p07', 'p02']);
      });

      it('keeps answering after the declarations change (an index added, one left out)', async () => {
        await views.ensureCollection({ name: 'towns', indexes: ['city', ['active', 'age']] });
        expect(await townIds({ filter: { active: true }, sort: { field: 'age', direction: 'desc' } })).toEqual(['p04', 'p06', 'p01', 'p03', 'p07']);
        await expect(views.find('towns', { filter: { kind: 'resident' } })).rejects.toMatchObject({ rule: 'NOT_INDEXED' });
      });
    });

    it('a prefix is one range (gte the prefix, lt it with its last character raised), in code-point order beyond U+FFFF, paged', async () => {
      // Issue 12: GET /subjects?q= finds organisations by the start of their name this way.
      await views.ensureCollection({ name: 'orgs', indexes: ['kind,name'] });
      const names = ['昆山示例精密', '昆山𠀀字号', '昆山\uffff号', '昆山', '昆仑', '昆山示例电子', '苏州示例', '昆山示'];
      await views.commit({ changes: names.map((name, i) => ({ collection: 'orgs', id: `o${i}`, doc: { kind: 'organisation', name } })) });
      await views.commit({ changes: [{ collection: 'orgs', id: 'p0', doc: { kind: 'person', name: '昆山人' } }] });
      const found: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = await views.find('orgs', { filter: { kind: 'organisation', name: prefixRange('昆山') }, sort: { field: 'name', direction: 'asc' }, limit: 2, cursor });
        found.push(...page.items.map((d) => d.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(found).toEqual(['昆山', '昆山示', '昆山示例电子', '昆山示例精密', '昆山\uffff号', '昆山𠀀字号']);
      const narrower = await views.find('orgs', { filter: { kind: 'organisation', name: prefixRange('昆山示例') }, sort: { field: 'name', direction: 'asc' } });
      expect(narrower.items.map((d) => d.name)).toEqual(['昆山示例电子', '昆山示例精密']);
    });

    it('drops a collection', async () => {
      await views.dropCollection('people');
      await views.ensureCollection(PEOPLE);
      expect(await views.count('people')).toBe(0);
    });

    describe('with the projection runner', () => {
      const counter = (failOn: number | null): ProjectionDefinition => ({
        name: 'counter',
        version: 1,
        handles: ['ThingHappened'],
        collections: [{ name: 'counts', indexes: [] }],
        keysFor: () => [{ collection: 'counts', id: 'all' }],
        evolve: (doc, event) => {
          if (event.data.n === failOn) throw new Error('evolve failed');
          return { n: Number(doc?.n ?? 0) + 1 };
        },
      });

      it('rolls back the view changes and the checkpoint of a batch whose evolve fails', async () => {
        const schemas = new EventSchemaRegistry().register('ThingHappened');
        const log = new SqliteEventStore({ file: ':memory:', schemas, pollMs: 10 });
        for (let n = 1; n <= 10; n += 1) await log.append({ stream: 'thing-1', events: [{ type: 'ThingHappened', data: { n } }], expected: 'any', metadata: testMetadata() });
        const runner = new ProjectionRunner(log, views, [counter(7)], { batchSize: 5, retryMs: 20 });
        await runner.start();
        expect(await runner.waitFor(5, 2000)).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const [status] = await runner.status();
        expect(status).toMatchObject({ checkpoint: 5, lag: 5, state: 'failed', lastError: 'evolve failed' });
        expect(await views.get(runner.collectionFor('counter', 'counts'), 'all')).toMatchObject({ n: 5 });
        expect(await views.readCheckpoint('counter@g1')).toBe(5);
        await runner.stop();
        await log.close();
      });
    });
  });
  viewStoreLeaseContract(adapter, createHarness);
}
