import { describe, it, expect } from '@jest/globals';
import type { StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { bundleEntry } from '../../../../src/event-store/ledger/proof-bundle.js';

const EVENT: StoredEvent = {
  eventId: '01a24e42-8152-7015-a537-f6e66fb81abc',
  stream: 'subject-91320583722291823U',
  revision: 3,
  position: 42,
  type: 'ThingHappened',
  schemaVersion: 1,
  data: { amount: 100 },
  metadata: {
    commandId: 'cmd-1', correlationId: 'corr-1', causationId: null,
    actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' },
    idempotencyKey: null, recordedAt: '2026-12-02T10:00:00.000+08:00', prevHash: '0'.repeat(64), hash: 'f'.repeat(64),
  },
};

describe('proof bundle entries (issue 13 ledger formats)', () => {
  it('carry exactly the seven fields the leaf covers: no position', () => {
    const entry = bundleEntry(EVENT, 41, ['a'.repeat(64)]);
    expect(Object.keys(entry.event).sort()).toEqual(['data', 'eventId', 'metadata', 'revision', 'schemaVersion', 'stream', 'type']);
    expect(entry).toMatchObject({ leafIndex: 41, inclusionProof: ['a'.repeat(64)], event: { metadata: EVENT.metadata } });
  });
});
