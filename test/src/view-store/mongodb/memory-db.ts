import { MongoServerError, type Db } from 'mongodb';
import { matches } from './mini-mongo.js';

type Doc = Record<string, unknown> & { _id: string };
type Update = { $set?: Record<string, unknown>; $inc?: Record<string, number> };

/**
 * A test-only Db holding documents in memory, for the few single-document operations leases and
 * checkpoints use (findOne, updateOne, findOneAndUpdate, replaceOne; upserts). An upsert whose
 * filter misses an `_id` that exists fails with DuplicateKey (11000), as on a server.
 */
export function memoryDb(): { db: Db; docs: (collection: string) => Map<string, Doc> } {
  const collections = new Map<string, Map<string, Doc>>();
  const docs = (name: string) => {
    if (!collections.has(name)) collections.set(name, new Map());
    return collections.get(name)!;
  };
  const apply = (doc: Doc, update: Update) => {
    Object.assign(doc, update.$set ?? {});
    for (const [field, by] of Object.entries(update.$inc ?? {})) doc[field] = Number(doc[field] ?? 0) + by;
  };
  const duplicate = () => new MongoServerError({ message: 'E11000 duplicate key error', code: 11000 } as never);
  const collection = (name: string) => {
    const store = docs(name);
    const find = (filter: Record<string, unknown>) => [...store.values()].find((doc) => matches(doc, filter)) ?? null;
    const upsert = (filter: Record<string, unknown>, update: Update, options: { upsert?: boolean } = {}) => {
      const found = find(filter);
      if (found) {
        apply(found, update);
        return { doc: found, matchedCount: 1 };
      }
      if (!options.upsert) return { doc: null, matchedCount: 0 };
      const id = filter._id as string;
      if (store.has(id)) throw duplicate();
      const created: Doc = { _id: id };
      apply(created, update);
      store.set(id, created);
      return { doc: created, matchedCount: 0 };
    };
    return {
      findOne: async (filter: Record<string, unknown>) => (find(filter) ? { ...find(filter)! } : null),
      updateOne: async (filter: Record<string, unknown>, update: Update, options?: { upsert?: boolean }) => ({ matchedCount: upsert(filter, update, options).matchedCount }),
      findOneAndUpdate: async (filter: Record<string, unknown>, update: Update, options?: { upsert?: boolean }) => {
        const { doc } = upsert(filter, update, options);
        return doc && { ...doc };
      },
      replaceOne: async (filter: { _id: string }, replacement: Record<string, unknown>) => {
        store.set(filter._id, { ...replacement, _id: filter._id });
      },
      bulkWrite: async (operations: Array<{ replaceOne?: { filter: Record<string, unknown>; replacement: Record<string, unknown>; upsert?: boolean }; deleteOne?: { filter: Record<string, unknown> } }>) => {
        const result = { matchedCount: 0, upsertedCount: 0, deletedCount: 0 };
        for (const { replaceOne, deleteOne } of operations) {
          if (deleteOne) {
            const found = find(deleteOne.filter);
            if (found) store.delete(found._id);
            result.deletedCount += found ? 1 : 0;
            continue;
          }
          const { filter, replacement, upsert: insert } = replaceOne!;
          const found = find(filter);
          if (found) result.matchedCount += 1;
          else if (!insert) continue;
          else if (store.has(filter._id as string)) throw duplicate();
          else result.upsertedCount += 1;
          store.set(filter._id as string, { ...replacement, _id: filter._id as string });
        }
        return result;
      },
      find: () => ({ sort: () => ({ toArray: async () => [...store.values()].sort((a, b) => a._id.localeCompare(b._id)) }) }),
    };
  };
  return { db: { collection } as unknown as Db, docs };
}
