import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { eventLeafBytes } from '../../src/event-store/ledger/leaf-bytes.js';
import { LedgerIntegrity } from '../../src/event-store/ledger/ledger-integrity.js';
import { parseSigningKey } from '../../src/event-store/ledger/ledger-keys.js';
import { leafHash } from '../../src/event-store/ledger/merkle-hash.js';
import { verifyConsistency, verifyInclusion } from '../../src/event-store/ledger/proofs.js';
import { signTreeHead } from '../../src/event-store/ledger/tree-head.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../support/ed25519-keys.js';
import { naiveConsistencyProof, naiveInclusionProof, naiveRoot } from '../src/event-store/ledger/naive-merkle.js';
import { appendLog, ownTreeOf, type LedgerHarness, type LogShape } from './ledger-contract-support.js';

export type { LedgerHarness, OpenedLedger } from './ledger-contract-support.js';

const KEY = parseSigningKey(fixedKeyPem(RFC8032_SEEDS.test1), 'the contract test key');
const AT = (second: number) => `2026-12-07T10:00:${String(second).padStart(2, '0')}.000+08:00`;
const hex = (hashes: readonly Buffer[]) => hashes.map((hash) => hash.toString('hex'));
const bytes = (hashes: readonly string[]) => hashes.map((hash) => Buffer.from(hash, 'hex'));

/** Small random logs: a few appends of 1–3 events each to one of three streams. */
const logs = fc.array(fc.record({ stream: fc.integer({ min: 0, max: 2 }), events: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 6 });
/** A fixed log of 11 events over three streams, for the cases that need one. */
const FIXED_LOG: LogShape = [{ stream: 0, events: 2 }, { stream: 1, events: 3 }, { stream: 0, events: 1 }, { stream: 2, events: 3 }, { stream: 1, events: 2 }];

/**
 * The Ledger port's contract (issue 13, both engines), written once and run against the SQLite
 * store's own tree and against a FollowedLedger over each engine pair: the same roots and proofs as
 * RFC 9162 computed straight from the events, the same leaves as the SQLite store's own tree.
 */
export function ledgerContract(name: string, createHarness: () => Promise<LedgerHarness>, options: { runs?: number } = {}): void {
  /** A fresh harness with `shape` appended and a ledger opened and caught up over it; disposed after `body`. */
  const withLedger = async (shape: LogShape, body: (h: LedgerHarness, opened: Awaited<ReturnType<LedgerHarness['open']>>) => Promise<void>) => {
    const harness = await createHarness();
    let opened: Awaited<ReturnType<LedgerHarness['open']>> | null = null;
    try {
      await appendLog(harness.events, shape, harness.streamPrefix);
      opened = await harness.open();
      await opened.catchUp();
      await body(harness, opened);
    } finally {
      await opened?.close();
      await harness.dispose();
    }
  };

  describe(`ledger contract [${name}]`, () => {
    it('roots and proofs equal RFC 9162 recomputed from the events, for random logs (fast-check; issue 13)', async () => {
      await fc.assert(fc.asyncProperty(logs, async (shape) => withLedger(shape, async (harness, { ledger }) => {
        const leaves = (await harness.events.readAll(0, 1000)).map(eventLeafBytes);
        const size = leaves.length;
        expect(await ledger.sizes()).toEqual({ treeSize: size, logSize: size });
        for (let s = 0; s <= size; s++) expect(await ledger.rootHash(s)).toBe(naiveRoot(leaves.slice(0, s)).toString('hex'));
        for (let m = 0; m < size; m++) expect(await ledger.inclusionProof(m, size)).toEqual(hex(naiveInclusionProof(m, leaves)));
        for (let m = 0; m <= size; m++) expect(await ledger.consistencyProof(m, size)).toEqual(hex(naiveConsistencyProof(m, leaves)));
      })), { numRuns: options.runs ?? 12, seed: 13 });
    });

    it('proves an event included by its id: its leaf index is its order in the log, its proof verifies against the root (issue 13)', async () => {
      await withLedger(FIXED_LOG, async (harness, { ledger }) => {
        const events = await harness.events.readAll(0, 1000);
        const root = Buffer.from(await ledger.rootHash(events.length), 'hex');
        expect(await ledger.leafIndexesOf(events)).toEqual(events.map((_, i) => i));
        for (const [i, event] of events.entries()) {
          const found = await ledger.storedEvent(event.eventId);
          expect(found).toEqual({ leafIndex: i, event });
          const proof = bytes(await ledger.inclusionProof(i, events.length));
          expect(verifyInclusion(leafHash(eventLeafBytes(event)), i, events.length, proof, root)).toEqual({ ok: true });
        }
        expect(await ledger.storedEvent('00000000-0000-4000-8000-000000000000')).toBeNull();
        const stream = events[0]!.stream;
        expect(await ledger.storedStream(stream)).toEqual(events.flatMap((event, i) => (event.stream === stream ? [{ leafIndex: i, event }] : [])));
      });
    });

    it('proves two signed heads consistent: the later tree extends the earlier (RFC 9162 §2.1.4)', async () => {
      await withLedger(FIXED_LOG.slice(0, 2), async (harness, opened) => {
        const { ledger } = opened;
        const first = signTreeHead({ treeSize: await ledger.treeSize(), rootHash: await ledger.rootHash(await ledger.treeSize()), timestamp: AT(1) }, KEY);
        await ledger.storeHead(first);
        await appendLog(harness.events, FIXED_LOG.slice(2), harness.streamPrefix);
        await opened.catchUp();
        const size = await ledger.treeSize();
        const second = signTreeHead({ treeSize: size, rootHash: await ledger.rootHash(size), timestamp: AT(2) }, KEY);
        await ledger.storeHead(second);
        const proof = bytes(await ledger.consistencyProof(first.treeSize, second.treeSize));
        expect(verifyConsistency(first.treeSize, second.treeSize, Buffer.from(first.rootHash, 'hex'), Buffer.from(second.rootHash, 'hex'), proof)).toEqual({ ok: true });
        expect(await ledger.heads(0, 10)).toEqual([first, second]);
        expect(await ledger.latestHead()).toEqual(second);
      });
    });

    it('keeps a signed head for good: a second head for the same size never replaces the first (issue 13)', async () => {
      await withLedger(FIXED_LOG, async (_harness, { ledger }) => {
        const sizes = [3, 7, 11];
        const heads = await Promise.all(sizes.map(async (treeSize, i) => signTreeHead({ treeSize, rootHash: await ledger.rootHash(treeSize), timestamp: AT(i) }, KEY)));
        for (const head of heads) await ledger.storeHead(head);
        await ledger.storeHead(signTreeHead({ treeSize: 7, rootHash: await ledger.rootHash(7), timestamp: AT(30) }, KEY));
        expect(await ledger.head(7)).toEqual(heads[1]);
        expect(await ledger.heads(4, 10)).toEqual(heads.slice(1));
        expect(await ledger.heads(0, 2)).toEqual(heads.slice(0, 2));
        expect(await ledger.head(5)).toBeNull();
        expect(await ledger.latestHead()).toEqual(heads[2]);
        // Two heads for one size stored at once: still the first.
        const [once, twice] = await Promise.all([31, 32].map(async (second) => signTreeHead({ treeSize: 9, rootHash: await ledger.rootHash(9), timestamp: AT(second) }, KEY)));
        await Promise.all([ledger.storeHead(once!), ledger.storeHead(twice!)]);
        expect(await ledger.head(9)).toEqual(once);
      });
    });

    it('a restart between batches (the ledger closed mid-log and opened again) leaves the tree a fresh build gives', async () => {
      const harness = await createHarness();
      try {
        await appendLog(harness.events, FIXED_LOG.slice(0, 3), harness.streamPrefix);
        const before = await harness.open();
        await before.followOneBatch?.();
        await before.close();
        await appendLog(harness.events, FIXED_LOG.slice(3), harness.streamPrefix);
        const after = await harness.open();
        await after.catchUp();
        const leaves = (await harness.events.readAll(0, 1000)).map(eventLeafBytes);
        expect(await after.ledger.treeSize()).toBe(leaves.length);
        for (let s = 1; s <= leaves.length; s++) expect(await after.ledger.rootHash(s)).toBe(naiveRoot(leaves.slice(0, s)).toString('hex'));
        expect(await after.ledger.leafHashes(0, leaves.length)).toEqual(leaves.map((leaf) => leafHash(leaf).toString('hex')));
        await after.close();
      } finally {
        await harness.dispose();
      }
    });

    it('two followers on one tree (two instances): one that followed a batch and then another that caught up, the first never writes the tree back (issue 14)', async () => {
      const harness = await createHarness();
      const opened: Array<Awaited<ReturnType<LedgerHarness['open']>>> = [];
      try {
        await appendLog(harness.events, FIXED_LOG, harness.streamPrefix);
        const late = await harness.open();
        opened.push(late);
        if (late.followOneBatch === undefined) return; // the tree is written with the events: nothing follows
        await late.followOneBatch();
        const holder = await harness.open();
        opened.push(holder);
        await holder.catchUp();
        const size = await holder.ledger.treeSize();
        await late.followOneBatch();
        expect(await holder.ledger.treeSize()).toBe(size);
        expect(await holder.ledger.sizes()).toEqual({ treeSize: size, logSize: size });
      } finally {
        for (const ledger of opened) await ledger.close();
        await harness.dispose();
      }
    });

    it('holds the same leaf hashes and roots as the SQLite store\'s own tree over the same events (proofs check with verifier/verify-ledger.mjs)', async () => {
      await withLedger(FIXED_LOG, async (harness, { ledger }) => {
        const events = await harness.events.readAll(0, 1000);
        const own = await ownTreeOf(events);
        try {
          expect(await ledger.leafHashes(0, events.length)).toEqual(await own.ledger.leafHashes(0, events.length));
          expect(await ledger.rootHash(events.length)).toBe(await own.ledger.rootHash(events.length));
          expect(await ledger.inclusionProof(4, events.length)).toEqual(await own.ledger.inclusionProof(4, events.length));
        } finally {
          await own.close();
        }
      });
    });

    it('the service\'s integrity checks find nothing wrong on a sound log: sizes, the signed head, the walk over every leaf (issue 13)', async () => {
      await withLedger(FIXED_LOG, async (_harness, { ledger }) => {
        const size = await ledger.treeSize();
        await ledger.storeHead(signTreeHead({ treeSize: size, rootHash: await ledger.rootHash(size), timestamp: AT(1) }, KEY));
        const integrity = new LedgerIntegrity();
        expect(await integrity.checkHeads(ledger)).toBeNull();
        while (!(await integrity.scanStep(ledger)));
        expect(integrity.problem).toBeNull();
        expect(integrity.walks).toBe(1);
      });
    });
  });
}
