import { describe, it, expect } from '@jest/globals';
import { ChainVerifier } from '../../../src/event-store/chain-verifier.js';
import type { StoredEvent } from '../../../src/event-store/event-store.port.js';
import { eventHash, GENESIS_HASH } from '../../../src/event-store/hash-chain.js';
import { testMetadata } from '../../support/metadata.js';

/** A chained log: one entry per position, the stream named; revisions and hashes follow per stream. */
function chainedLog(streams: readonly string[]): StoredEvent[] {
  const last = new Map<string, { revision: number; hash: string }>();
  return streams.map((stream, at) => {
    const before = last.get(stream) ?? { revision: -1, hash: GENESIS_HASH };
    const unhashed = {
      eventId: `00000000-0000-7000-8000-${String(at).padStart(12, '0')}`, stream, revision: before.revision + 1, position: at + 1,
      type: 'ThingHappened', schemaVersion: 1, data: { at },
      metadata: { ...testMetadata(), idempotencyKey: null, recordedAt: '2026-12-07T10:00:00.000+08:00', prevHash: before.hash },
    };
    const event: StoredEvent = { ...unhashed, metadata: { ...unhashed.metadata, hash: eventHash(unhashed) } };
    last.set(stream, { revision: event.revision, hash: event.metadata.hash });
    return event;
  });
}

function verifyWhole(events: readonly StoredEvent[], heads: ReadonlyArray<[string, number, string]>) {
  const verifier = new ChainVerifier(true);
  for (const event of events) if (!verifier.accept(event)) break;
  for (const [stream, revision, hash] of heads) if (!verifier.checkStreamHead(stream, revision, hash)) break;
  return verifier.report().firstBroken;
}

/** Each stream's head as the log ends (what the adapter keeps beside it). */
const headsOf = (events: readonly StoredEvent[]) =>
  [...new Map(events.map((event) => [event.stream, [event.stream, event.revision, event.metadata.hash] as [string, number, string]])).values()];

describe('ChainVerifier: a hole in the whole log names the stream it belongs to (issue 13)', () => {
  const log = chainedLog(['a-1', 'b-1', 'a-1', 'b-1', 'a-1']);

  it('names the stream whose revisions skip, at the hole\'s position, not the next event\'s stream', () => {
    // Position 2 (b-1 revision 0) removed; position 3, the next event, is a-1's.
    expect(verifyWhole(log.filter((event) => event.position !== 2), headsOf(log))).toEqual({ stream: 'b-1', revision: 0, position: 2, reason: 'position-gap' });
  });

  it('names a stream whose newest event went by its recorded head, when no later revision shows the hole', () => {
    // Position 4 is b-1's newest event: only the head b-1 still records (revision 1) shows it.
    expect(verifyWhole(log.filter((event) => event.position !== 4), headsOf(log))).toEqual({ stream: 'b-1', revision: 1, position: 4, reason: 'position-gap' });
  });

  it('reports the hole without a stream when the newest event went and its stream head was rewritten to match', () => {
    const cut = log.filter((event) => event.position !== 4);
    expect(verifyWhole(cut, headsOf(cut))).toEqual({ stream: '', revision: -1, position: 4, reason: 'position-gap' });
  });

  it('still reports the first break of an intact-positions log as before', () => {
    const edited = log.map((event) => (event.position === 3 ? { ...event, data: { at: 99 } } : event));
    expect(verifyWhole(edited, headsOf(log))).toEqual({ stream: 'a-1', revision: 1, position: 3, reason: 'hash-mismatch' });
    expect(verifyWhole(log, headsOf(log))).toBeNull();
  });
});
