import { MongoClient, MongoServerError, type Db } from 'mongodb';
import type { JsonObject } from '../../shared/json.js';
import type { CollectionSpec, IndexDeclaration, IndexedValue, Lease, LeaseRequest, ViewCommit, ViewPage, ViewQuery, ViewStore } from '../view-store.port.js';
import { MongoLeases } from './mongodb-leases.js';
import { keysetHint } from './mapping/keyset-hint.js';
import { InvalidViewQuery } from '../errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { declaredIndexes, queryableFields } from '../index-declarations.js';
import { checkCollectionName, checkQueryFields, pageSize } from '../query-checks.js';
import { writeCommit, type CheckpointEntry, type MetaEntry } from './commit-writer.js';
import { toViewStoreError } from './errors.js';
import { isEmptyPlan, planCommit } from './mapping/commit-plan.js';
import { clientOptions, databaseName } from './mapping/connection.js';
import { CATALOGUE_COLLECTION, CHECKPOINT_COLLECTION, META_COLLECTION, fromStoredDocument, indexDescriptions, physicalName, type StoredViewDocument } from './mapping/documents.js';
import { excludesNull } from '../conditions.js';
import { allOf, toMongoFilter } from './mapping/filter.js';
import { DEFAULT_SORT, afterCursorFilter, sortValueOf, toMongoSort } from './mapping/sort-and-cursor.js';

export interface MongoViewStoreOptions {
  /** `mongodb://` or `mongodb+srv://` (configuration: MONGODB_URL). */
  readonly url: string;
  /** Default: the URL's path, else `credit_ledger_views`. */
  readonly database?: string;
  /**
   * true (default): each commit is one multi-document transaction, which needs a replica set (or a
   * sharded cluster). false: for a deployment without transactions — see commit-writer.ts.
   */
  readonly transactions?: boolean;
  /** Default 2000 ms, unless the URL sets it: a down server fails fast with VIEW_STORE_UNAVAILABLE. */
  readonly serverSelectionTimeoutMS?: number;
  /** Most time the server spends on one read (MONGODB_MAX_TIME_MS, default 10 000 ms): a runaway query fails instead of piling up (issue 14). */
  readonly maxTimeMS?: number;
}

/** Default server-side time limit of a read. */
export const DEFAULT_MAX_TIME_MS = 10_000;

interface CatalogueEntry { _id: string; indexes: IndexDeclaration[] }

// NamespaceExists: createCollection on a collection that is already there.
const NAMESPACE_EXISTS = 48;

/**
 * The production view store: one MongoDB collection per view (`v_<name>`, documents `{ _id, doc }`)
 * with an index per declared index (its fields, then `_id`); checkpoints and projection metadata in `view_checkpoints` and
 * `view_meta`. See README.md in this folder for the replica-set requirement and the mode without
 * transactions.
 */
export class MongoViewStore implements ViewStore {
  private readonly indexes = new Map<string, Set<string>>();
  private readonly declared = new Map<string, IndexDeclaration[]>();
  private readonly leaseStore: MongoLeases;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly transactions: boolean,
    private readonly maxTimeMS: number,
  ) {
    this.leaseStore = new MongoLeases(db);
  }

  /** Connects (failing within the server selection timeout) and returns the store. */
  static async connect(options: MongoViewStoreOptions): Promise<MongoViewStore> {
    const { options: driverOptions, timeoutMs } = clientOptions(options.url, options.serverSelectionTimeoutMS);
    const client = new MongoClient(options.url, driverOptions);
    const store = new MongoViewStore(client, client.db(databaseName(options.url, options.database)), options.url, timeoutMs, options.transactions ?? true, options.maxTimeMS ?? DEFAULT_MAX_TIME_MS);
    try {
      await store.run(() => client.connect());
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /** Every driver call goes through here, so callers see our typed errors. */
  private async run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toViewStoreError(error, this.url, this.timeoutMs);
    }
  }

  private views(name: string) {
    return this.db.collection<StoredViewDocument>(physicalName(name));
  }

  /** Declared indexes, from memory or (for another process's collection) from the catalogue. */
  private async indexesOf(name: string): Promise<Set<string>> {
    checkCollectionName(name);
    let known = this.indexes.get(name);
    if (!known) {
      const entry = await this.run(() => this.db.collection<CatalogueEntry>(CATALOGUE_COLLECTION).findOne({ _id: name }, { maxTimeMS: this.maxTimeMS }));
      if (!entry) throw new InvalidViewQuery('collection', 'UNKNOWN_COLLECTION', `${name} does not exist`);
      known = queryableFields(entry.indexes);
      this.indexes.set(name, known);
      this.declared.set(name, entry.indexes);
    }
    return known;
  }

  async ensureCollection(spec: CollectionSpec): Promise<void> {
    const name = physicalName(spec.name);
    const declared = declaredIndexes(spec.indexes);
    await this.run(async () => {
      // Created here, outside any transaction: commits then only write into existing collections.
      await this.db.createCollection(name).catch((error: unknown) => {
        if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
      });
      const indexes = indexDescriptions(spec);
      if (indexes.length > 0 && !spec.deferIndexes) await this.db.collection(name).createIndexes(indexes);
      await this.db.collection<CatalogueEntry>(CATALOGUE_COLLECTION).replaceOne({ _id: spec.name }, { indexes: declared }, { upsert: true });
    });
    this.indexes.set(spec.name, queryableFields(declared));
    this.declared.set(spec.name, declared);
  }

  async buildIndexes(name: string): Promise<void> {
    checkCollectionName(name);
    const entry = await this.run(() => this.db.collection<CatalogueEntry>(CATALOGUE_COLLECTION).findOne({ _id: name }));
    if (!entry) throw new InvalidViewQuery('collection', 'UNKNOWN_COLLECTION', `${name} does not exist`);
    const indexes = indexDescriptions({ name, indexes: entry.indexes });
    if (indexes.length > 0) await this.run(() => this.db.collection(physicalName(name)).createIndexes(indexes));
  }

  async dropCollection(name: string): Promise<void> {
    const views = this.views(name);
    await this.run(async () => {
      await views.drop();
      await this.db.collection<CatalogueEntry>(CATALOGUE_COLLECTION).deleteOne({ _id: name });
    });
    this.indexes.delete(name);
    this.declared.delete(name);
  }

  async get(collection: string, id: string): Promise<JsonObject | null> {
    await this.indexesOf(collection);
    const stored = await this.run(() => this.views(collection).findOne({ _id: id }, { maxTimeMS: this.maxTimeMS }));
    return stored ? fromStoredDocument(stored) : null;
  }

  async getMany(collection: string, ids: readonly string[]): Promise<Map<string, JsonObject>> {
    await this.indexesOf(collection);
    const found = new Map<string, JsonObject>();
    if (ids.length === 0) return found;
    const stored = await this.run(() => this.views(collection).find({ _id: { $in: [...ids] } }, { maxTimeMS: this.maxTimeMS }).toArray());
    for (const entry of stored) found.set(entry._id, fromStoredDocument(entry));
    return found;
  }

  async find(collection: string, query: ViewQuery = {}): Promise<ViewPage> {
    checkQueryFields(query, await this.indexesOf(collection));
    const limit = pageSize(query);
    const sort = query.sort ?? DEFAULT_SORT;
    let filter = toMongoFilter(query.filter);
    // The keyset `$or` can lead the planner to sort in memory: the declared index that serves the sort is named (issue 14).
    let hint: string | undefined;
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      filter = allOf(filter, afterCursorFilter(sort, value, id, excludesNull(query.filter?.[sort.field])));
      hint = keysetHint(this.declared.get(collection) ?? [], Object.keys(query.filter ?? {}), sort.field);
    }
    const page = (hinted: string | undefined) => this.views(collection).find(filter, { maxTimeMS: this.maxTimeMS, ...(hinted ? { hint: hinted } : {}) }).sort(toMongoSort(sort)).limit(limit + 1).toArray();
    // A build from position 0 has no indexes yet (deferIndexes): the hinted one may not exist, and then the query runs unhinted.
    const stored = await this.run(() => page(hint).catch((error: unknown) => {
      if (hint && error instanceof MongoServerError && /hint/i.test(error.message)) return page(undefined);
      throw error;
    }));
    const items = stored.slice(0, limit).map(fromStoredDocument);
    if (stored.length <= limit) return { items, nextCursor: null };
    const last = stored[limit - 1]!;
    // The cursor carries the raw JSON value (an object stays an object): Mongo compares it as BSON.
    const value = sortValueOf(last.doc, sort.field, last._id) as IndexedValue;
    return { items, nextCursor: encodeCursor(value, last._id) };
  }

  async count(collection: string, filter: ViewQuery['filter'] = {}): Promise<number> {
    checkQueryFields({ filter }, await this.indexesOf(collection));
    return this.run(() => this.views(collection).countDocuments(toMongoFilter(filter), { maxTimeMS: this.maxTimeMS }));
  }

  async readCheckpoint(name: string): Promise<number> {
    const entry = await this.run(() => this.db.collection<CheckpointEntry>(CHECKPOINT_COLLECTION).findOne({ _id: name }, { maxTimeMS: this.maxTimeMS }));
    return entry?.position ?? 0;
  }

  async readMeta(key: string): Promise<JsonObject | null> {
    const entry = await this.run(() => this.db.collection<MetaEntry>(META_COLLECTION).findOne({ _id: key }, { maxTimeMS: this.maxTimeMS }));
    return entry?.value ?? null;
  }

  async commit(commit: ViewCommit): Promise<void> {
    // Every document and collection is checked before the first write, in both modes.
    const plan = planCommit(commit);
    for (const { collection } of plan.views) await this.indexesOf(collection);
    if (isEmptyPlan(plan)) return;
    if (!this.transactions) return this.run(() => writeCommit(this.db, plan));
    const session = this.client.startSession();
    try {
      await this.run(() =>
        // withTransaction calls this again after a transient error: the plan is rebuilt each time (issue 14 item 4), never reused.
        session.withTransaction(() => writeCommit(this.db, planCommit(commit), session), {
          readConcern: { level: 'snapshot' },
          writeConcern: { w: 'majority' },
          readPreference: 'primary',
        }),
      );
    } finally {
      await session.endSession();
    }
  }

  async acquireLease(request: LeaseRequest): Promise<Lease | null> {
    return this.run(() => this.leaseStore.acquire(request));
  }

  async renewLease(lease: Lease, ttlMs: number, nowMs: number): Promise<Lease | null> {
    return this.run(() => this.leaseStore.renew(lease, ttlMs, nowMs));
  }

  async releaseLease(lease: Lease): Promise<void> {
    await this.run(() => this.leaseStore.release(lease));
  }

  async leases(): Promise<Lease[]> {
    return this.run(() => this.leaseStore.list());
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
