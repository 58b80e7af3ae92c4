import { MongoServerError, type ClientSession, type Db } from 'mongodb';
import type { JsonObject } from '../../shared/json.js';
import type { CommitPlan } from './mapping/commit-plan.js';
import { META_COLLECTION, physicalName, type StoredViewDocument } from './mapping/documents.js';
import { MongoLeases } from './mongodb-leases.js';
import { StaleViewDocument } from '../errors.js';

export interface CheckpointEntry { _id: string; position: number; epoch?: number | null }
export interface MetaEntry { _id: string; value: JsonObject }

/**
 * View changes, then metadata, then the checkpoint. Inside a transaction the order does not matter.
 * Without one, a crash can leave some of a batch's view writes without its checkpoint: the runner
 * then replays the batch from the older checkpoint, and its `_position` guard (batch-applier.ts)
 * skips every event a stored document already holds, so the replay rewrites nothing that was
 * written. The checkpoint goes last because it is the mark that the whole batch is in.
 * Fences (issue 14) come first: a holder that lost its lease writes nothing. Without a transaction
 * the fence is checked before the writes but not atomically with them: shared mode needs transactions.
 */
export async function writeCommit(db: Db, plan: CommitPlan, session?: ClientSession): Promise<void> {
  const leases = new MongoLeases(db);
  for (const fence of plan.fences) await leases.check(fence, session);
  for (const checkpoint of plan.checkpoints) if (checkpoint.fence) await leases.check(checkpoint.fence, session);
  for (const { collection, operations, guarded } of plan.views) {
    const result = await db.collection<StoredViewDocument>(physicalName(collection)).bulkWrite(operations, { session, ordered: true }).catch((error: unknown) => {
      // An upsert guarded as "no document yet" met one: DuplicateKey, the same refusal.
      if (guarded && error instanceof MongoServerError && error.code === 11000) throw new StaleViewDocument(collection);
      throw error;
    });
    // A guarded change that met another document than it was computed from: refuse the whole commit (its transaction aborts).
    if (guarded && (result.matchedCount !== guarded.matched || result.upsertedCount !== guarded.upserted || result.deletedCount !== guarded.deleted))
      throw new StaleViewDocument(collection);
  }
  const meta = db.collection<MetaEntry>(META_COLLECTION);
  for (const { key, value } of plan.meta) {
    if (value === null) await meta.deleteOne({ _id: key }, { session });
    else await meta.replaceOne({ _id: key }, { value }, { upsert: true, session });
  }
  for (const checkpoint of plan.checkpoints) await leases.write(checkpoint, session);
}
