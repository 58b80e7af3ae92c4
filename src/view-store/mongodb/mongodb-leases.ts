import { MongoServerError, type ClientSession, type Db } from 'mongodb';
import { CheckpointBehind, LeaseLost } from '../errors.js';
import type { Fence, Lease, LeaseRequest, ViewCheckpoint } from '../view-store.port.js';
import { CHECKPOINT_COLLECTION } from './mapping/documents.js';

export const LEASE_COLLECTION = 'view_leases';

interface LeaseEntry { _id: string; holder: string; epoch: number; expiresAtMs: number; fencedWrites?: number }
interface CheckpointEntry { _id: string; position: number; epoch?: number | null }

// DuplicateKey: an upsert whose filter did not match a document that exists (held by another, or a checkpoint further on).
const DUPLICATE_KEY = 11000;

const toLease = (entry: LeaseEntry): Lease => ({ name: entry._id, holder: entry.holder, epoch: entry.epoch, expiresAtMs: entry.expiresAtMs });

/**
 * Leases and fenced checkpoints on MongoDB (issue 14). Acquisition is one conditional upsert (free,
 * expired or ours → epoch + 1; held by another → the upsert's insert hits the existing `_id` and
 * nothing changes). Inside a commit's transaction the fence is a conditional *write* on the lease
 * document, so a concurrent acquisition and the commit conflict (one of them is retried or fails)
 * rather than both succeeding on a stale snapshot.
 */
export class MongoLeases {
  constructor(private readonly db: Db) {}

  private get leases() {
    return this.db.collection<LeaseEntry>(LEASE_COLLECTION);
  }

  async acquire(request: LeaseRequest): Promise<Lease | null> {
    const filter = request.takeOver ? { _id: request.name } : { _id: request.name, $or: [{ expiresAtMs: { $lte: request.nowMs } }, { holder: request.holder }] };
    try {
      const entry = await this.leases.findOneAndUpdate(filter, { $set: { holder: request.holder, expiresAtMs: request.nowMs + request.ttlMs }, $inc: { epoch: 1 } }, { upsert: true, returnDocument: 'after' });
      return entry ? toLease(entry) : null;
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  async renew(lease: Lease, ttlMs: number, nowMs: number): Promise<Lease | null> {
    const expiresAtMs = nowMs + ttlMs;
    const result = await this.leases.updateOne({ _id: lease.name, epoch: lease.epoch, holder: lease.holder }, { $set: { expiresAtMs } });
    return result.matchedCount === 1 ? { ...lease, expiresAtMs } : null;
  }

  async release(lease: Lease): Promise<void> {
    await this.leases.updateOne({ _id: lease.name, epoch: lease.epoch }, { $set: { expiresAtMs: 0 } });
  }

  async list(): Promise<Lease[]> {
    return (await this.leases.find({}).sort({ _id: 1 }).toArray()).map(toLease);
  }

  /** In the commit's transaction: a write on the lease at this epoch, else LeaseLost. */
  async check(fence: Fence, session?: ClientSession): Promise<void> {
    const result = await this.leases.updateOne({ _id: fence.lease, epoch: fence.epoch }, { $inc: { fencedWrites: 1 } }, { session });
    if (result.matchedCount === 1) return;
    const current = await this.leases.findOne({ _id: fence.lease }, { session });
    throw new LeaseLost(fence.lease, fence.epoch, current ? { holder: current.holder, epoch: current.epoch } : null);
  }

  /**
   * A checkpoint write that never moves backwards (issue 14 item 4): a conditional upsert on the
   * stored position, carrying the epoch; a stored position further on is CheckpointBehind. Unfenced
   * (a new generation's reset to 0, single-instance stores) it is written as given.
   */
  async write(checkpoint: ViewCheckpoint, session?: ClientSession): Promise<void> {
    const checkpoints = this.db.collection<CheckpointEntry>(CHECKPOINT_COLLECTION);
    if (!checkpoint.fence) {
      await checkpoints.replaceOne({ _id: checkpoint.name }, { position: checkpoint.position, epoch: null }, { upsert: true, session });
      return;
    }
    await this.check(checkpoint.fence, session);
    // Read first for the refusal's message; the filtered upsert still refuses a position that moved on meanwhile
    // (without a transaction), and inside one a concurrent write to this document is a write conflict.
    const stored = await checkpoints.findOne({ _id: checkpoint.name }, { session });
    if (stored && stored.position > checkpoint.position) throw new CheckpointBehind(checkpoint.name, checkpoint.position, stored.position);
    try {
      await checkpoints.updateOne(
        { _id: checkpoint.name, position: { $lte: checkpoint.position } },
        { $set: { position: checkpoint.position, epoch: checkpoint.fence.epoch } },
        { upsert: true, session },
      );
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) throw new CheckpointBehind(checkpoint.name, checkpoint.position, stored?.position ?? checkpoint.position);
      throw error;
    }
  }
}
