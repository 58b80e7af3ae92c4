import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { Snapshot, SnapshotStore } from '../../src/commands/snapshots/snapshot-store.port.js';

export interface SnapshotStoreHarness {
  /** Opens the store on the same backing storage each time. */
  open(): Promise<SnapshotStore>;
  dispose(): Promise<void>;
}

const STREAM = 'subject-91320583722291823U';

const snapshot = (revision: number, extra: Partial<Snapshot> = {}): Snapshot => ({
  stream: STREAM, stateName: 'subject', stateVersion: 1, revision, position: 1000 + revision,
  recordedAt: `2026-03-0${1 + (revision % 8)}T10:00:00.000+08:00`, recordedAtMs: Date.parse(`2026-03-0${1 + (revision % 8)}T02:00:00.000Z`),
  eventHash: `hash-${revision}`, parts: ['{"keys":["breaches"],"fields":{}}', `{"map":"breaches","entries":[["BR-${revision}",{"n":${revision}}]]}`],
  ...extra,
});

/** The snapshot store port's contract, written once and run against every adapter. */
export function snapshotStoreContract(adapter: string, createHarness: () => Promise<SnapshotStoreHarness>): void {
  describe(`snapshot store contract [${adapter}]`, () => {
    let harness: SnapshotStoreHarness;
    let store: SnapshotStore;

    beforeEach(async () => {
      harness = await createHarness();
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
      await harness.dispose();
    });

    it('has nothing for a stream never saved', async () => {
      expect(await store.read(STREAM, 'subject', 1)).toBeNull();
    });

    it('gives back what was saved, parts in order, and keeps it across a reopen', async () => {
      const saved = snapshot(499, { parts: ['a', 'b', 'c', '收'] });
      await store.save(saved);
      expect(await store.read(STREAM, 'subject', 1)).toEqual(saved);
      await store.close();
      store = await harness.open();
      expect(await store.read(STREAM, 'subject', 1)).toEqual(saved);
    });

    it('keeps one snapshot per stream and state name: a save replaces it, fewer parts included', async () => {
      await store.save(snapshot(499, { parts: ['a', 'b', 'c'] }));
      await store.save(snapshot(999));
      expect(await store.read(STREAM, 'subject', 1)).toEqual(snapshot(999));
      await store.save(snapshot(10));
      expect((await store.read(STREAM, 'subject', 1))?.revision).toBe(10);
    });

    it('answers only the version asked for (a snapshot of another state version is not used)', async () => {
      await store.save(snapshot(499, { stateVersion: 2 }));
      expect(await store.read(STREAM, 'subject', 1)).toBeNull();
      expect((await store.read(STREAM, 'subject', 2))?.revision).toBe(499);
    });

    it('answers only within the bound: at or before a revision, at or before an instant', async () => {
      const saved = snapshot(499);
      await store.save(saved);
      expect(await store.read(STREAM, 'subject', 1, { maxRevision: 498 })).toBeNull();
      expect((await store.read(STREAM, 'subject', 1, { maxRevision: 499 }))?.revision).toBe(499);
      expect(await store.read(STREAM, 'subject', 1, { maxRecordedAtMs: saved.recordedAtMs - 1 })).toBeNull();
      expect((await store.read(STREAM, 'subject', 1, { maxRecordedAtMs: saved.recordedAtMs }))?.revision).toBe(499);
    });

    it('keeps streams and state names apart', async () => {
      await store.save(snapshot(499));
      await store.save(snapshot(7, { stream: 'agency-AG-17', stateName: 'agency' }));
      expect((await store.read('agency-AG-17', 'agency', 1))?.revision).toBe(7);
      expect(await store.read('agency-AG-17', 'subject', 1)).toBeNull();
      expect(await store.read(STREAM, 'agency', 1)).toBeNull();
      expect((await store.read(STREAM, 'subject', 1))?.revision).toBe(499);
    });
  });
}
