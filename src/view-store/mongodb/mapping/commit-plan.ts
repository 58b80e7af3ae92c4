import type { AnyBulkWriteOperation } from 'mongodb';
import type { JsonObject } from '../../../shared/json.js';
import { checkpointsOf, type Fence, type ViewCheckpoint, type ViewCommit } from '../../view-store.port.js';
import { physicalName, toStoredDocument, type StoredViewDocument } from './documents.js';

/** The field the projection runner keeps in every document (src/projections/batch-applier.ts POSITION_FIELD). */
const POSITION = '_position';

export interface ViewWrites {
  /** Our collection name (for the declared-collection check); writes go to `physicalName(collection)`. */
  readonly collection: string;
  readonly operations: AnyBulkWriteOperation<StoredViewDocument>[];
  /** When every change carries its expected position: the counts a bulk write must report, else the documents moved. */
  readonly guarded?: { matched: number; upserted: number; deleted: number };
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
  const guards = new Map<string, { matched: number; upserted: number; deleted: number } | null>();
  for (const change of commit.changes) {
    physicalName(change.collection);
    const operations = byCollection.get(change.collection) ?? [];
    byCollection.set(change.collection, operations);
    const guard = guards.has(change.collection) ? guards.get(change.collection)! : { matched: 0, upserted: 0, deleted: 0 };
    // Issue 14 item 4: a change computed from a document read earlier applies only to that document.
    // Create-only is "there was none": a document already there, with or without `_position`, refuses the commit.
    const expected = change.createOnly && change.doc !== null ? null : change.expectedPosition;
    guards.set(change.collection, expected === undefined ? null : guard);
    const filter = expected === undefined ? { _id: change.id } : { _id: change.id, [`doc.${POSITION}`]: expected === null ? { $exists: false } : expected };
    if (change.doc === null) {
      if (expected === null) continue;
      operations.push({ deleteOne: { filter } });
      if (guard && expected !== undefined) guard.deleted += 1;
    } else {
      const replacement = toStoredDocument(change.collection, change.id, change.doc);
      operations.push({ replaceOne: { filter, replacement, upsert: expected === undefined || expected === null } });
      if (guard && expected !== undefined) guard[expected === null ? 'upserted' : 'matched'] += 1;
    }
  }
  return {
    views: [...byCollection].filter(([, operations]) => operations.length > 0).map(([collection, operations]) => {
      const guarded = guards.get(collection);
      return guarded ? { collection, operations, guarded } : { collection, operations };
    }),
    meta: Object.entries(commit.meta ?? {}).map(([key, value]) => ({ key, value })),
    checkpoints: checkpointsOf(commit),
    fences: commit.fences ?? [],
  };
}

export function isEmptyPlan(plan: CommitPlan): boolean {
  return plan.views.length === 0 && plan.meta.length === 0 && plan.checkpoints.length === 0 && plan.fences.length === 0;
}
