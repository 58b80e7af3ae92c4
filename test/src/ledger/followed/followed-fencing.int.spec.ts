import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../../src/event-store/sqlite/sqlite-event-store.js';
import type { SignedTreeHead } from '../../../../src/event-store/ledger/tree-head.js';
import { FollowedHeads } from '../../../../src/ledger/followed/followed-heads.js';
import { LedgerFollower } from '../../../../src/ledger/followed/ledger-follower.js';
import { readFollowerState } from '../../../../src/ledger/followed/view-tree.js';
import { HEAD_SIGNER_LEASE } from '../../../../src/ledger/head-signer.js';
import { LeaseLost } from '../../../../src/view-store/errors.js';
import { SqliteViewStore } from '../../../../src/view-store/sqlite/sqlite-view-store.js';
import { appendLog, ledgerTestSchemas } from '../../../contract/ledger-contract-support.js';
import { ManualClock } from '../../../support/clocks.js';
import { tempDir } from '../../../support/temp-dir.js';

const T0 = Date.parse('2026-12-07T02:00:00Z');
const head = (treeSize: number, signature: string): SignedTreeHead => ({ treeSize, rootHash: 'ab'.repeat(32), timestamp: '2026-12-07T10:00:00.000+08:00', keyId: 'cd'.repeat(16), signature });

/**
 * Issue 14 on the tree the service keeps in a shared view store: two instances (two connections to
 * one views.sqlite) following and storing heads; the tree never moves backwards, a head is never replaced.
 */
describe('the followed ledger shared by instances (issue 14)', () => {
  let dir: ReturnType<typeof tempDir>;
  let log: SqliteEventStore;
  let holderViews: SqliteViewStore;
  let otherViews: SqliteViewStore;

  beforeEach(async () => {
    dir = tempDir('followed-fencing-');
    log = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: ledgerTestSchemas(), clock: ManualClock.at('2026-12-07T02:00:00Z') });
    await appendLog(log, Array.from({ length: 6 }, (_, i) => ({ stream: i % 3, events: 5 })), 'thing');
    holderViews = new SqliteViewStore(join(dir.path, 'views.sqlite'));
    otherViews = new SqliteViewStore(join(dir.path, 'views.sqlite'));
  });
  afterEach(async () => {
    await holderViews.close();
    await otherViews.close();
    await log.close();
    dir.remove();
  });

  it('a follower that stepped once never writes the shared tree back: it reads where the tree stands at every step', async () => {
    const late = new LedgerFollower(log, otherViews, 5);
    await late.open();
    expect(await late.step()).toBe(5);
    const holder = new LedgerFollower(log, holderViews, 500);
    await holder.catchUp();
    expect((await readFollowerState(holderViews)).treeSize).toBe(30);

    expect(await late.step()).toBe(0);
    expect((await readFollowerState(holderViews)).treeSize).toBe(30);
  });

  it('a follower and a head carrying the signer lease\'s fence of an ex-holder write nothing (LeaseLost)', async () => {
    const follower = new LedgerFollower(log, holderViews, 5);
    await follower.open();
    const stalled = (await holderViews.acquireLease({ name: HEAD_SIGNER_LEASE, holder: 'one', ttlMs: 1000, nowMs: T0 }))!;
    const fence = { lease: stalled.name, epoch: stalled.epoch };
    expect(await follower.step(fence)).toBe(5);
    await follower.step(fence);
    // 'one' stalls past its TTL; 'two' takes the lease (a new epoch): one's late writes are refused.
    expect(await otherViews.acquireLease({ name: HEAD_SIGNER_LEASE, holder: 'two', ttlMs: 1000, nowMs: T0 + 5000 })).not.toBeNull();

    await expect(follower.step(fence)).rejects.toBeInstanceOf(LeaseLost);
    await expect(new FollowedHeads(holderViews).store(head(10, 'stale'), fence)).rejects.toBeInstanceOf(LeaseLost);
    expect((await readFollowerState(holderViews)).treeSize).toBe(10);
    expect(await new FollowedHeads(holderViews).at(10)).toBeNull();
  });

  it('storing a head is create-only: two writers at once for one size keep the first, and a later one never replaces it', async () => {
    await new LedgerFollower(log, holderViews).open();
    const one = new FollowedHeads(holderViews);
    const two = new FollowedHeads(otherViews);
    await Promise.all([one.store(head(30, 'first')), two.store(head(30, 'second'))]);
    await two.store(head(30, 'third'));
    expect((await two.at(30))?.signature).toBe('first');
    expect((await one.latest())?.signature).toBe('first');
  });
});
