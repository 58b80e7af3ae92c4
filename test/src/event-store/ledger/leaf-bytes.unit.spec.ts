import { describe, it, expect } from '@jest/globals';
import type { StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { eventLeafBytes } from '../../../../src/event-store/ledger/leaf-bytes.js';

const EVENT: StoredEvent = {
  eventId: '0b7f6c1e-3d52-4f0a-9a51-6a1f2f4f8e01',
  stream: 'subject-91320583MA1MXXXX0X',
  revision: 3,
  position: 42,
  type: 'CommitmentBreached',
  schemaVersion: 1,
  data: { commitmentId: 'c-1', reason: '未按期提交材料', amount: 12.5 },
  metadata: {
    commandId: 'cmd-1', correlationId: 'corr-1', causationId: null,
    actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' }, commandType: 'RecordBreach',
    idempotencyKey: null, recordedAt: '2026-12-07T10:00:00.000+08:00',
    prevHash: 'a'.repeat(64), hash: 'b'.repeat(64),
  },
};

describe('leaf bytes of an event (ledger-formats.md, issue 13)', () => {
  it('are the canonical JSON of id, stream, revision, type, schema version, data and stored metadata — the chain hashes included, the position not', () => {
    expect(eventLeafBytes(EVENT).toString('utf8')).toBe(
      '{"data":{"amount":12.5,"commitmentId":"c-1","reason":"未按期提交材料"},"eventId":"0b7f6c1e-3d52-4f0a-9a51-6a1f2f4f8e01",'
      + '"metadata":{"actor":{"department":"ks-drc","id":"officer-7","kind":"department"},"causationId":null,"commandId":"cmd-1",'
      + '"commandType":"RecordBreach","correlationId":"corr-1","hash":"' + 'b'.repeat(64) + '","idempotencyKey":null,'
      + '"prevHash":"' + 'a'.repeat(64) + '","recordedAt":"2026-12-07T10:00:00.000+08:00"},'
      + '"revision":3,"schemaVersion":1,"stream":"subject-91320583MA1MXXXX0X","type":"CommitmentBreached"}');
  });

  it('are UTF-8', () => {
    expect(eventLeafBytes(EVENT).includes(Buffer.from('未按期提交材料', 'utf8'))).toBe(true);
  });

  it('leave out what lies beside the event (its position, a leaf index), and cover every stored metadata member, as the offline verifier does', () => {
    const beside = { ...EVENT, position: 7, leafIndex: 6 } as StoredEvent;
    expect(eventLeafBytes(beside)).toEqual(eventLeafBytes(EVENT));
    const withExtraMetadata = { ...EVENT, metadata: { ...EVENT.metadata, leafIndex: 41 } } as StoredEvent;
    expect(eventLeafBytes(withExtraMetadata)).not.toEqual(eventLeafBytes(EVENT));
  });

  it('do not depend on the order of members as read', () => {
    const reordered = { ...EVENT, data: { reason: '未按期提交材料', amount: 12.5, commitmentId: 'c-1' }, metadata: Object.fromEntries(Object.entries(EVENT.metadata).reverse()) as StoredEvent['metadata'] };
    expect(eventLeafBytes(reordered)).toEqual(eventLeafBytes(EVENT));
  });

  it.each([
    ['the chain hash', { ...EVENT, metadata: { ...EVENT.metadata, prevHash: 'e'.repeat(64) } }],
    ['the actor', { ...EVENT, metadata: { ...EVENT.metadata, actor: { ...EVENT.metadata.actor, id: 'officer-8' } } }],
    ['the data', { ...EVENT, data: { ...EVENT.data, amount: 12.6 } }],
    ['the revision', { ...EVENT, revision: 4 }],
    ['the schema version', { ...EVENT, schemaVersion: 2 }],
  ])('change when %s changes', (_what, changed) => {
    expect(eventLeafBytes(changed as StoredEvent)).not.toEqual(eventLeafBytes(EVENT));
  });
});
