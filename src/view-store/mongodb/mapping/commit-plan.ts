import type { AnyBulkWriteOperation } from 'mongodb';
import type { JsonObject } from '../../../shared/json.js';
import { checkpointsOf, type Fence, type ViewCheckpoint, type ViewCommit } from '../../view-store.port.js';
import { physicalName, toStoredDocument, type StoredViewDocument } from './documents.js';

export interface ViewWrites {
  /** Our collection name (for the declared-collection check); writes go to `physicalName(collection)`. */
  readonly collection: string;
  readonly operations: AnyBulkWriteOperation<StoredViewDocument>[];
}

export interface MetaWrite {
  readonly key: string;
  readonly value: JsonObject | null;
}

/** A commit as the writes to make, every document checked before the first write. */
export interface CommitPlan {
  readonly views: readonly ViewWrites[];
  readonly meta: readonly MetaWrite[];
  readonly checkpoints: readonly ViewCheckpoint[];
  readonly fences: readonly Fence[];
}

/**
 * Groups the view changes by collection, in commit order (a later change to the same id wins, as
 * it does on SQLite): a write is a whole-document upsert, a null doc a delete.
 */
export function planCommit(commit: ViewCommit): CommitPlan {
  const byCollection = new Map<string, AnyBulkWriteOperation<StoredViewDocument>[]>();
  for (const change of commit.changes) {
    physicalName(change.collection);
    const operations = byCollection.get(change.collection) ?? [];
    byCollection.set(change.collection, operations);
    if (change.doc === null) operations.push({ deleteOne: { filter: { _id: change.id } } });
    else {
      const replacement = toStoredDocument(change.collection, change.id, change.doc);
      operations.push({ replaceOne: { filter: { _id: change.id }, replacement, upsert: true } });
    }
  }
  return {
    views: [...byCollection].map(([collection, operations]) => ({ collection, operations })),
    meta: Object.entries(commit.meta ?? {}).map(([key, value]) => ({ key, value })),
    checkpoints: checkpointsOf(commit),
    fences: commit.fences ?? [],
  };
}

export function isEmptyPlan(plan: CommitPlan): boolean {
  return plan.views.length === 0 && plan.meta.length === 0 && plan.checkpoints.length === 0 && plan.fences.length === 0;
}
