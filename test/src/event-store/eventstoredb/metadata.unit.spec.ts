import { describe, it, expect } from '@jest/globals';
import { jsonEvent } from '@eventstore/db-client';
import type { StoredMetadata } from '../../../../src/event-store/event-store.port.js';
import { eventHash } from '../../../../src/event-store/hash-chain.js';
import { MalformedEsdbEvent, fromEsdbMetadata, toEsdbMetadata } from '../../../../src/event-store/eventstoredb/mapping/metadata.js';

const stored: StoredMetadata = {
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cmd-0',
  actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' },
  commandType: 'RecordCommitment',
  idempotencyKey: 'key-1',
  recordedAt: '2026-03-06T09:30:00.000+08:00',
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
};

describe('metadata ↔ EventStoreDB event metadata', () => {
  it('writes every field, the hash chain and the schema version, plus ESDB’s $correlationId/$causationId', () => {
    expect(toEsdbMetadata(stored, 2)).toEqual({ ...stored, schemaVersion: 2, $correlationId: 'corr-1', $causationId: 'cmd-0' });
  });

  it('omits $causationId when the command had no cause', () => {
    expect(toEsdbMetadata({ ...stored, causationId: null }, 1)).not.toHaveProperty('$causationId');
  });

  it('reads back exactly the stored metadata (ESDB’s own fields dropped), as the client’s jsonEvent carries it', () => {
    const event = jsonEvent({ type: 'ThingHappened', data: { n: 1 }, metadata: toEsdbMetadata(stored, 3) });
    const roundTrip = JSON.parse(JSON.stringify(event.metadata));
    expect(fromEsdbMetadata(roundTrip, 'thing-1@0')).toEqual({ metadata: stored, schemaVersion: 3 });
  });

  it('keeps the hash valid across the round trip (no key added or lost)', () => {
    const base = { eventId: '530f2012-c7bd-54e7-a604-cdfb583c359e', stream: 'thing-1', revision: 0, type: 'ThingHappened', schemaVersion: 1, data: { n: 1 } };
    const hash = eventHash({ ...base, metadata: stored });
    const { metadata } = fromEsdbMetadata(JSON.parse(JSON.stringify(toEsdbMetadata({ ...stored, hash }, 1))), 'thing-1@0');
    expect(eventHash({ ...base, metadata })).toBe(hash);
  });

  it('keeps an absent commandType absent', () => {
    const { commandType: _omit, ...withoutType } = stored;
    expect(fromEsdbMetadata(toEsdbMetadata(withoutType, 1), 'thing-1@0').metadata).not.toHaveProperty('commandType');
  });

  it.each([
    ['not an object', 'x'],
    ['no hash', { ...toEsdbMetadata(stored, 1), hash: undefined }],
    ['a bad actor kind', { ...toEsdbMetadata(stored, 1), actor: { kind: 'pirate', id: 'x', department: null } }],
    ['no schema version', { ...stored }],
    ['a numeric causation id', { ...toEsdbMetadata(stored, 1), causationId: 7 }],
  ])('refuses metadata with %s (ESDB_EVENT_MALFORMED)', (_case, raw) => {
    expect(() => fromEsdbMetadata(raw, 'thing-1@0')).toThrow(MalformedEsdbEvent);
  });
});
