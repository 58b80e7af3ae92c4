import { describe, it, expect } from '@jest/globals';
import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import { toStoredEvent } from '../../../../src/event-store/eventstoredb/esdb-reads.js';
import { MalformedEsdbEvent, toEsdbMetadata } from '../../../../src/event-store/eventstoredb/mapping/metadata.js';
import { StreamNames } from '../../../../src/event-store/eventstoredb/mapping/stream-names.js';
import type { StoredMetadata } from '../../../../src/event-store/event-store.port.js';

const metadata: StoredMetadata = {
  commandId: 'cmd-1', correlationId: 'corr-1', causationId: null,
  actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' },
  idempotencyKey: null, recordedAt: '2026-03-06T09:30:00.000+08:00', prevHash: '0'.repeat(64), hash: 'b'.repeat(64),
};
const names = new StreamNames('run1.', ['thing']);

/** A resolved event shaped as the client delivers it from $all. */
function resolved(overrides: Record<string, unknown> = {}): AllStreamResolvedEvent {
  return {
    event: {
      streamId: 'run1.thing-1', id: '530f2012-c7bd-54e7-a604-cdfb583c359e', isJson: true, revision: 4n, type: 'ThingHappened',
      created: new Date(Date.UTC(2026, 2, 6, 1, 30)), data: { n: 1 }, metadata: toEsdbMetadata(metadata, 2),
      position: { commit: 8_192n, prepare: 8_192n },
      ...overrides,
    },
  } as unknown as AllStreamResolvedEvent;
}

describe('ESDB resolved event → our stored event', () => {
  it('maps stream, revision, position, schema version, data and metadata', () => {
    expect(toStoredEvent(resolved(), names)).toEqual({
      eventId: '530f2012-c7bd-54e7-a604-cdfb583c359e', stream: 'thing-1', revision: 4, position: 8192,
      type: 'ThingHappened', schemaVersion: 2, data: { n: 1 }, metadata,
    });
  });

  it('ignores events that are not ours and entries without an event', () => {
    expect(toStoredEvent(resolved({ streamId: '$stats-127.0.0.1:2113' }), names)).toBeNull();
    expect(toStoredEvent({}, names)).toBeNull();
  });

  it('refuses an event of ours without JSON object data or without a position (typed, never a skip)', () => {
    expect(() => toStoredEvent(resolved({ data: [1, 2] }), names)).toThrow(MalformedEsdbEvent);
    expect(() => toStoredEvent(resolved({ position: undefined }), names)).toThrow(MalformedEsdbEvent);
  });
});
