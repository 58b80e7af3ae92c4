import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { AggregateLoader } from '../../../../src/commands/aggregate-loader.js';
import { CommandExecutor } from '../../../../src/commands/command-executor.js';
import { foldStored } from '../../../../src/commands/loaded-state.js';
import { StateCache } from '../../../../src/commands/state-cache.js';
import { domainEventSchemas } from '../../../../src/event-store/domain-event-schemas.js';
import type { EventStore } from '../../../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../../src/event-store/sqlite/sqlite-event-store.js';
import { SnapshotKeeper } from '../../../../src/commands/snapshots/snapshot-keeper.js';
import type { SnapshotStore } from '../../../../src/commands/snapshots/snapshot-store.port.js';
import { SqliteSnapshotStore } from '../../../../src/commands/snapshots/sqlite/sqlite-snapshot-store.js';
import { recordBreach } from '../../../domain/subject/fixture-commands.js';
import { longSubjectStream } from '../../../domain/subject/long-stream.js';
import { subject } from '../../../domain/subject/random-streams.js';
import { ManualClock } from '../../../support/clocks.js';
import { countingReads, type StreamRead } from '../../../support/counting-store.js';
import { appendDecided } from '../../../support/decided-stream.js';
import { tempDir } from '../../../support/temp-dir.js';

const STREAM = 'subject-91320583722291823U';
const EVERY = 500;
const EVENTS = longSubjectStream(1200);
const OFFICER = { kind: 'department', id: 'officer-7', department: 'ks-market' } as const;

describe('persisted snapshots every SNAPSHOT_EVERY events: a cache of the log, never trusted over it (real SQLite)', () => {
  const clock = ManualClock.at('2026-03-02T10:00:00+08:00');
  let dir: ReturnType<typeof tempDir>;
  let raw: SqliteEventStore;
  let snapshots: SqliteSnapshotStore;
  let errors: string[];
  let keepers: SnapshotKeeper[];
  const truth = async () => foldStored(subject, await raw.readStream(STREAM));
  /** A loader as after a restart: an empty cache, the snapshots on disk. */
  const freshLoader = (store: EventStore = raw, snapshotStore: SnapshotStore = snapshots) => {
    const keeper = new SnapshotKeeper(snapshotStore, { every: EVERY, onError: (what) => errors.push(what) });
    keepers.push(keeper);
    return { loader: new AggregateLoader(store, new StateCache(100_000), keeper), keeper };
  };
  const readsFrom = (reads: StreamRead[]) => reads.filter((read) => read.stream === STREAM).map((read) => read.options.fromRevision);

  beforeEach(async () => {
    dir = tempDir();
    raw = new SqliteEventStore({ file: `${dir.path}/events.sqlite`, schemas: domainEventSchemas(), clock, synchronous: 'NORMAL' });
    snapshots = new SqliteSnapshotStore(`${dir.path}/snapshots.sqlite`);
    errors = [];
    keepers = [];
    await appendDecided(raw, STREAM, EVENTS);
  });
  afterEach(async () => {
    // Snapshot writes run after the caller's answer: done before the files close.
    for (const keeper of keepers) await keeper.flushed();
    await snapshots.close();
    await raw.close();
    dir.remove();
  });

  it('a load that finds the stream SNAPSHOT_EVERY events past its last snapshot writes one; after a restart the load reads only from it on', async () => {
    const first = freshLoader();
    await first.loader.load(subject, STREAM);
    await first.keeper.flushed();
    expect((await snapshots.read(STREAM, 'subject', 1))?.revision).toBe(1199);
    const { store, reads } = countingReads(raw);
    const loaded = await freshLoader(store).loader.load(subject, STREAM);
    expect(readsFrom(reads)).toEqual([1199]); // the snapshot's own event, checked by its hash, and whatever follows
    expect(loaded.state).toEqual(await truth());
  });

  it('commands fold their events on; the next snapshot is due SNAPSHOT_EVERY events after the last', async () => {
    const { loader, keeper } = freshLoader();
    await loader.load(subject, STREAM);
    await keeper.flushed();
    const executor = new CommandExecutor(raw, clock, loader);
    for (let n = 0; n < 251; n += 1) // two events each: 502 events
      await executor.run({ decider: subject, stream: STREAM, build: () => recordBreach({ now: '2026-03-02T10:00:00+08:00', breachId: `BR-S${n}`, departmentId: 'ks-market', decisionDate: '2026-03-01' }), actor: OFFICER, headers: {} });
    await keeper.flushed();
    expect((await snapshots.read(STREAM, 'subject', 1))?.revision).toBe(1699);
    expect((await freshLoader().loader.load(subject, STREAM)).state).toEqual(await truth());
  });

  it('a snapshot of another state version is ignored: the stream is folded from its events', async () => {
    const first = freshLoader();
    await first.loader.load(subject, STREAM);
    await first.keeper.flushed();
    const bumped = { ...subject, stateSchema: { name: 'subject', version: 2 } };
    const { store, reads } = countingReads(raw);
    const loaded = await freshLoader(store).loader.load(bumped, STREAM);
    expect(readsFrom(reads)[0]).toBe(0);
    expect(loaded.state).toEqual(await truth());
  });

  it('a snapshot the log does not hold (a revision past the head, or another log\'s hash) is ignored, and replaced by a good one', async () => {
    const parts = ['{"keys":["registration"],"fields":{"registration":null}}'];
    for (const bad of [{ revision: 5000, eventHash: 'x' }, { revision: 1000, eventHash: 'not-this-logs-hash' }]) {
      await snapshots.save({ stream: STREAM, stateName: 'subject', stateVersion: 1, position: 1, recordedAt: '2026-01-05T09:00:00+08:00', recordedAtMs: 0, parts, ...bad });
      const { loader, keeper } = freshLoader();
      expect((await loader.load(subject, STREAM)).state).toEqual(await truth());
      await keeper.flushed();
      expect((await snapshots.read(STREAM, 'subject', 1))?.revision).toBe(1199);
    }
  });

  it('an unreadable snapshot is ignored (told as a read error), the stream folded from its events', async () => {
    await snapshots.save({ stream: STREAM, stateName: 'subject', stateVersion: 1, revision: 999, position: 1000, recordedAt: '2026-01-05T09:00:00+08:00', recordedAtMs: 0, eventHash: 'h', parts: ['{not json'] });
    expect((await freshLoader().loader.load(subject, STREAM)).state).toEqual(await truth());
    expect(errors).toEqual(['read']);
  });

  it('a snapshot that cannot be written never fails the command (told as a write error)', async () => {
    const broken: SnapshotStore = { save: async () => { throw new Error('disk full'); }, read: async () => null, close: async () => undefined };
    const { loader, keeper } = freshLoader(raw, broken);
    const result = await new CommandExecutor(raw, clock, loader).run({ decider: subject, stream: STREAM, build: () => recordBreach({ now: '2026-03-02T10:00:00+08:00', breachId: 'BR-X', departmentId: 'ks-market', decisionDate: '2026-03-01' }), actor: OFFICER, headers: {} });
    expect(result.revision).toBe(1201);
    await keeper.flushed();
    expect(errors).toEqual(['write']);
  });

  it('a past revision starts from the snapshot when it is at or before it, else from the start; the state is the log\'s either way', async () => {
    const first = freshLoader();
    await first.loader.load(subject, STREAM);
    await first.keeper.flushed();
    const upTo = async (revision: number) => foldStored(subject, await raw.readStream(STREAM, { toRevision: revision }));
    for (const [revision, startsAt] of [[1199, 1199], [700, 0]] as const) {
      const { store, reads } = countingReads(raw);
      const past = await freshLoader(store).loader.loadAt(subject, STREAM, { revision });
      expect(readsFrom(reads)[0]).toBe(startsAt);
      expect(past.state).toEqual(await upTo(revision));
    }
  });
});
