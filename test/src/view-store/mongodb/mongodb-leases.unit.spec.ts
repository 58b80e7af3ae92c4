import { describe, it, expect } from '@jest/globals';
import { writeCommit } from '../../../../src/view-store/mongodb/commit-writer.js';
import { planCommit } from '../../../../src/view-store/mongodb/mapping/commit-plan.js';
import { MongoLeases } from '../../../../src/view-store/mongodb/mongodb-leases.js';
import { CheckpointBehind, LeaseLost, StaleViewDocument } from '../../../../src/view-store/errors.js';
import { memoryDb } from './memory-db.js';

const T0 = Date.parse('2026-12-02T10:00:00+08:00');
const TTL_MS = 10_000;

/** Issue 14 on MongoDB, without a server: the conditional updates leases and fenced checkpoints are made of. */
describe('MongoDB leases and fenced checkpoints (in-memory Db; the contract suite runs them on a server when MONGODB_URL is set)', () => {
  it('gives a free lease to one holder at a time (the upsert hits the held _id), a new epoch at each acquisition, the expired one to the next', async () => {
    const leases = new MongoLeases(memoryDb().db);
    const a = await leases.acquire({ name: 'job', holder: 'A', ttlMs: TTL_MS, nowMs: T0 });
    expect(a).toEqual({ name: 'job', holder: 'A', epoch: 1, expiresAtMs: T0 + TTL_MS });
    expect(await leases.acquire({ name: 'job', holder: 'B', ttlMs: TTL_MS, nowMs: T0 + 1 })).toBeNull();
    expect(await leases.acquire({ name: 'job', holder: 'B', ttlMs: TTL_MS, nowMs: T0 + TTL_MS })).toMatchObject({ holder: 'B', epoch: 2 });
    expect(await leases.renew(a!, TTL_MS, T0 + TTL_MS)).toBeNull();
    expect(await leases.acquire({ name: 'job', holder: 'C', ttlMs: TTL_MS, nowMs: T0 + TTL_MS, takeOver: true })).toMatchObject({ holder: 'C', epoch: 3 });
  });

  it('refuses a commit fenced by a lost epoch before any write, and a fenced checkpoint that would move backwards; stores the epoch with the checkpoint', async () => {
    const { db, docs } = memoryDb();
    const leases = new MongoLeases(db);
    const a = (await leases.acquire({ name: 'job', holder: 'A', ttlMs: TTL_MS, nowMs: T0 }))!;
    await writeCommit(db, planCommit({ changes: [], checkpoint: { name: 'job@g1', position: 5, fence: { lease: 'job', epoch: a.epoch } } }));
    expect(docs('view_checkpoints').get('job@g1')).toEqual({ _id: 'job@g1', position: 5, epoch: 1 });
    await expect(writeCommit(db, planCommit({ changes: [], checkpoint: { name: 'job@g1', position: 4, fence: { lease: 'job', epoch: a.epoch } } }))).rejects.toBeInstanceOf(CheckpointBehind);
    const b = (await leases.acquire({ name: 'job', holder: 'B', ttlMs: TTL_MS, nowMs: T0 + TTL_MS }))!;
    const late = planCommit({ changes: [], meta: { m: { v: 1 } }, checkpoint: { name: 'job@g1', position: 9, fence: { lease: 'job', epoch: a.epoch } } });
    await expect(writeCommit(db, late)).rejects.toBeInstanceOf(LeaseLost);
    expect(docs('view_meta').size).toBe(0);
    await writeCommit(db, planCommit({ changes: [], checkpoint: { name: 'job@g1', position: 9, fence: { lease: 'job', epoch: b.epoch } } }));
    expect(docs('view_checkpoints').get('job@g1')).toEqual({ _id: 'job@g1', position: 9, epoch: 2 });
  });

  it('writes a change computed from a document read earlier only onto that document (issue 14 item 4): one that moved, or appeared, refuses the commit', async () => {
    const { db, docs } = memoryDb();
    const change = (id: string, n: number, expectedPosition: number | null) => ({ collection: 'counts__g1', id, doc: { n, _position: n }, expectedPosition });
    await writeCommit(db, planCommit({ changes: [change('all', 5, null), change('other', 1, null)] }));
    await writeCommit(db, planCommit({ changes: [change('all', 7, 5)] }));
    expect(docs('v_counts__g1').get('all')).toEqual({ _id: 'all', doc: { n: 7, _position: 7 } });
    // A plan computed from the document at 5 (a stale read, a retried callback) meets it at 7.
    await expect(writeCommit(db, planCommit({ changes: [change('all', 6, 5)] }))).rejects.toBeInstanceOf(StaleViewDocument);
    await expect(writeCommit(db, planCommit({ changes: [change('other', 2, null)] }))).rejects.toBeInstanceOf(StaleViewDocument);
    await expect(writeCommit(db, planCommit({ changes: [{ collection: 'counts__g1', id: 'all', doc: null, expectedPosition: 6 }] }))).rejects.toBeInstanceOf(StaleViewDocument);
    expect(docs('v_counts__g1').get('all')).toEqual({ _id: 'all', doc: { n: 7, _position: 7 } });
  });
});
