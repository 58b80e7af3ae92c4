import { describe, it, expect } from '@jest/globals';
import { EventEmitter } from 'node:events';
import type { EventStoreDBClient } from '@eventstore/db-client';
import { EventStoreUnavailable } from '../../../../src/event-store/errors.js';
import { AllReadCutShort, countOursAfter, readAllPage, readOurPage } from '../../../../src/event-store/eventstoredb/esdb-all-pages.js';
import type { ReadContext } from '../../../../src/event-store/eventstoredb/esdb-reads.js';
import { toEsdbMetadata } from '../../../../src/event-store/eventstoredb/mapping/metadata.js';
import { StreamNames } from '../../../../src/event-store/eventstoredb/mapping/stream-names.js';

const metadata = toEsdbMetadata({
  commandId: 'cmd-1', correlationId: 'corr-1', causationId: null, actor: { kind: 'system', id: 'sys', department: null },
  idempotencyKey: null, recordedAt: '2026-03-02T09:00:00.000+08:00', prevHash: '0'.repeat(64), hash: 'a'.repeat(64),
}, 1);
const ours = (position: number) => ({
  event: { streamId: 'thing-1', id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`, revision: BigInt(position / 100 - 1),
    type: 'ThingHappened', isJson: true, data: { n: position }, metadata, position: { commit: BigInt(position), prepare: BigInt(position) } },
});

/**
 * A client whose filtered $all subscription plays a script (what the server sends, then silence),
 * and whose backwards $all read answers with our last event at `head` (0: none).
 */
function scripted(script: (sub: EventEmitter, from: bigint) => void, head: number): ReadContext {
  const client = {
    subscribeToAll: (options: { fromPosition: 'start' | { commit: bigint } }) => {
      const sub = Object.assign(new EventEmitter(), { unsubscribe: async () => undefined });
      setImmediate(() => script(sub, options.fromPosition === 'start' ? 0n : options.fromPosition.commit));
      return sub;
    },
    readAll: () => Object.assign((async function* () { if (head > 0) yield ours(head); })(), { cancel: async () => undefined }),
  } as unknown as EventStoreDBClient;
  return { client, names: new StreamNames('', ['thing']), target: 'fake:2113', deadlineMs: 300, appendDeadlineMs: 1000 };
}

const log = [100, 200, 300];
const replay = (caughtUp: boolean) => (sub: EventEmitter, from: bigint) => {
  sub.emit('confirmation');
  for (const p of log) if (BigInt(p) >= from) sub.emit('data', ours(p));
  if (caughtUp) sub.emit('caughtUp');
};

describe('$all pages: "caught up" is never a silent timeout', () => {
  it('ends a page at the server\'s caught-up signal', async () => {
    const page = await readAllPage(scripted(replay(true), 300), 0, 10, 50);
    expect(page).toMatchObject({ end: 'caught-up' });
    expect(page.events.map((e) => e.position)).toEqual([100, 200, 300]);
  });

  it('ends a page that the server never answers with EventStoreUnavailable at the deadline (not an empty page)', async () => {
    await expect(readAllPage(scripted(() => undefined, 300), 0, 10, 50)).rejects.toBeInstanceOf(EventStoreUnavailable);
  });

  it('accepts an empty page ended by silence only when our head is not beyond it', async () => {
    expect(await readOurPage(scripted(replay(false), 300), 300, 10, 50)).toEqual([]);
  });

  it('refuses an empty page ended by silence while our head lies beyond (AllReadCutShort, transient)', async () => {
    const silentAfterConfirm = (sub: EventEmitter) => sub.emit('confirmation');
    await expect(readOurPage(scripted(silentAfterConfirm, 300), 0, 10, 50)).rejects.toBeInstanceOf(AllReadCutShort);
  });

  it('counts our events after a position in events (not bytes), stopping at the bound', async () => {
    expect(await countOursAfter(scripted(replay(true), 300), 0, 10, 50)).toBe(3);
    expect(await countOursAfter(scripted(replay(true), 300), 100, 10, 50)).toBe(2);
    expect(await countOursAfter(scripted(replay(true), 300), 0, 2, 50)).toBe(2);
  });
});
