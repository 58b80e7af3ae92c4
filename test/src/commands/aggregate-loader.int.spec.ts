import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { AggregateLoader } from '../../../src/commands/aggregate-loader.js';
import { CommandExecutor } from '../../../src/commands/command-executor.js';
import { foldStored } from '../../../src/commands/loaded-state.js';
import { FOLD_SLICE } from '../../../src/commands/read-and-fold.js';
import { StateCache } from '../../../src/commands/state-cache.js';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import type { AppendRequest, EventStore } from '../../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { recordBreach } from '../../domain/subject/fixture-commands.js';
import { longSubjectStream } from '../../domain/subject/long-stream.js';
import { subject } from '../../domain/subject/random-streams.js';
import { ManualClock } from '../../support/clocks.js';
import { countingReads, type StreamRead } from '../../support/counting-store.js';
import { appendDecided } from '../../support/decided-stream.js';
import { tempDir } from '../../support/temp-dir.js';

const STREAM = 'subject-91320583722291823U';
const OFFICER = { kind: 'department', id: 'officer-7', department: 'ks-market' } as const;
/** A9: a breach; it also flags the stream's valid review report (A14): two events. */
const breach = (n: number) => recordBreach({ now: '2026-03-02T10:00:00+08:00', breachId: `BR-NEW-${n}`, departmentId: 'ks-market', decisionDate: '2026-03-01' });
const ofStream = (reads: StreamRead[]) => reads.filter((read) => read.stream === STREAM);
const EVENTS = longSubjectStream(1200);

describe('AggregateLoader and the command path: one read of the stream per command, the cache only ever holds states of the log (real SQLite)', () => {
  const clock = ManualClock.at('2026-03-02T10:00:00+08:00');
  let dir: ReturnType<typeof tempDir>;
  let raw: SqliteEventStore;
  let store: EventStore;
  let reads: StreamRead[];
  let loader: AggregateLoader;
  let executor: CommandExecutor;
  const truth = async () => foldStored(subject, await raw.readStream(STREAM));
  const run = (n: number) => executor.run({ decider: subject, stream: STREAM, build: () => breach(n), actor: OFFICER, headers: {} });

  beforeEach(async () => {
    dir = tempDir();
    raw = new SqliteEventStore({ file: `${dir.path}/events.sqlite`, schemas: domainEventSchemas(), clock, synchronous: 'NORMAL' });
    await appendDecided(raw, STREAM, EVENTS);
    ({ store, reads } = countingReads(raw));
    loader = new AggregateLoader(store, new StateCache(100_000));
    executor = new CommandExecutor(store, clock, loader);
  });
  afterEach(async () => {
    await raw.close();
    dir.remove();
  });

  it('the executor loads and folds the stream once per command: cold in slices of FOLD_SLICE, then nothing but the tail', async () => {
    expect((await run(1)).revision).toBe(1201);
    expect(ofStream(reads)).toHaveLength(Math.ceil(1201 / FOLD_SLICE));
    reads.length = 0;
    expect((await run(2)).revision).toBe(1203);
    expect(ofStream(reads)).toEqual([expect.objectContaining({ options: expect.objectContaining({ fromRevision: 1202 }), events: 0 })]);
  });

  it('after an append the cache holds the folded state: the next command reads only the tail (nothing new), and its state is the log\'s', async () => {
    await run(1);
    reads.length = 0;
    const loaded = await loader.load(subject, STREAM);
    expect(ofStream(reads)).toEqual([{ stream: STREAM, options: { fromRevision: loaded.revision + 1, toRevision: loaded.revision + FOLD_SLICE }, events: 0 }]);
    expect(loaded.state).toEqual(await truth());
    expect(loaded.state.breaches['BR-NEW-1']).toMatchObject({ departmentId: 'ks-market' });
  });

  it('events another writer appended (not through this loader) are read from the cached revision on and folded', async () => {
    await loader.load(subject, STREAM);
    await new CommandExecutor(raw, clock).run({ decider: subject, stream: STREAM, build: () => breach(2), actor: OFFICER, headers: {} });
    reads.length = 0;
    const loaded = await loader.load(subject, STREAM);
    expect(ofStream(reads)).toEqual([expect.objectContaining({ options: expect.objectContaining({ fromRevision: 1200 }), events: 2 })]);
    expect(loaded.state).toEqual(await truth());
  });

  it('A9: a refused decision appends nothing and leaves the cached state as the log has it', async () => {
    await run(3);
    await expect(run(3)).rejects.toMatchObject({ code: 'RECORD_ID_ALREADY_USED' });
    expect((await loader.load(subject, STREAM)).state).toEqual(await truth());
  });

  it('a failed append (another writer came first) caches nothing of it: the retry decides on the log and the cache is the log\'s', async () => {
    let interfered = false;
    const racing = new Proxy(store, {
      get: (target, property) => {
        if (property !== 'append') return (Reflect.get(target, property, target) as (...a: unknown[]) => unknown).bind(target);
        return async (request: AppendRequest) => {
          if (!interfered) {
            interfered = true;
            await new CommandExecutor(raw, clock).run({ decider: subject, stream: STREAM, build: () => breach(40), actor: OFFICER, headers: {} });
          }
          return target.append(request);
        };
      },
    });
    await loader.load(subject, STREAM);
    const result = await new CommandExecutor(racing, clock, loader).run({ decider: subject, stream: STREAM, build: () => breach(41), actor: OFFICER, headers: {} });
    expect(result.revision).toBe(1203);
    const cached = await loader.load(subject, STREAM);
    expect(Object.keys(cached.state.breaches).slice(-2)).toEqual(['BR-NEW-40', 'BR-NEW-41']);
    expect(cached.state).toEqual(await truth());
  });

  it('If-Match names a revision other than the one loaded: refused as a conflict before anything is decided or appended', async () => {
    await expect(new CommandExecutor(store, clock, loader).run({ decider: subject, stream: STREAM, build: () => breach(5), actor: OFFICER, headers: { expectedRevision: 3 } }))
      .rejects.toMatchObject({ code: 'WRONG_EXPECTED_REVISION', expected: 3, actual: 1199 });
    expect(await raw.headPosition()).toBe(1200);
  });

  it('the state at a past revision or instant is the log folded up to it, and paging through it folds it once', async () => {
    await run(6);
    const upTo = async (revision: number) => foldStored(subject, await raw.readStream(STREAM, { toRevision: revision }));
    const past = await loader.loadAt(subject, STREAM, { revision: 1100 });
    expect(past.revision).toBe(1100);
    expect(past.state).toEqual(await upTo(1100));
    reads.length = 0;
    expect(await loader.loadAt(subject, STREAM, { revision: 1100 })).toBe(past);
    expect(ofStream(reads)).toHaveLength(0);
    const stamped = (await raw.readStream(STREAM, { fromRevision: 1200 }))[0]!.metadata.recordedAt;
    const asOf = await loader.loadAt(subject, STREAM, { asOf: stamped });
    expect(asOf.revision).toBe(1201); // both events of that append were recorded at the same instant
    expect(asOf.state).toEqual(await truth());
    expect((await loader.loadAt(subject, STREAM, { asOf: '2020-01-01T00:00:00+08:00' })).revision).toBe(-1);
  });
});
