import { describe, it, expect } from '@jest/globals';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import type { StoredEvent } from '../../../src/event-store/event-store.port.js';
import { StoredEventMismatch, UnknownEventType } from '../../../src/event-store/errors.js';
import { EventSchemaRegistry } from '../../../src/event-store/schema-registry.js';

/** A LoanCheckRecorded exactly as a v1 writer stored it (no A26 flag), with its stored hashes. */
const storedV1: StoredEvent = {
  eventId: '0195f3a2-0000-7000-8000-000000000001', stream: 'subject-91320583722291823U', revision: 7, position: 41,
  type: 'LoanCheckRecorded', schemaVersion: 1,
  data: JSON.parse('{"loanCheckId":"LC-1","bankId":"BANK-1","amountFen":10000,"pbocReferenceChecked":true,"reliesOn":null,"thresholdFen":1000000000,"dualReportRequired":false,"checkedAt":"2026-02-20T10:00:00+08:00"}'),
  metadata: {
    commandId: 'cmd-1', correlationId: 'corr-1', causationId: null, actor: { kind: 'bank', id: 'BANK-1', department: null }, commandType: 'RecordLoanCheck',
    idempotencyKey: null, recordedAt: '2026-02-20T10:00:00.000+08:00', prevHash: 'a'.repeat(64), hash: 'b'.repeat(64),
  },
};

describe('the domain event schema registry', () => {
  const schemas = domainEventSchemas();

  it('registers ReviewRequested, LoanCheckRecorded and RecordCorrected at v2 and every other type at v1', () => {
    expect(['ReviewRequested', 'LoanCheckRecorded', 'RecordCorrected'].map((type) => schemas.currentVersion(type))).toEqual([2, 2, 2]);
    expect(schemas.currentVersion('SubjectRegistered')).toBe(1);
  });

  it('A26: serves a v1 event at v2 through its upcaster; the stored event, its metadata and its hashes are untouched', () => {
    const before = JSON.stringify(storedV1);
    const read = schemas.upcast(storedV1);
    expect(read).toEqual({ ...storedV1, schemaVersion: 2, data: { ...storedV1.data, agencyExitedForMisconduct: false } });
    expect(read.metadata).toBe(storedV1.metadata);
    expect(JSON.stringify(storedV1)).toBe(before);
  });

  it('serves an event already at the current version as it is', () => {
    const current = { ...storedV1, schemaVersion: 2, data: { ...storedV1.data, agencyExitedForMisconduct: true } };
    expect(schemas.upcast(current)).toEqual(current);
  });

  it('refuses a stored version newer than the current one (a newer writer), naming type and version', () => {
    expect(() => schemas.upcast({ ...storedV1, schemaVersion: 3 })).toThrow(UnknownEventType);
    expect(() => schemas.upcast({ ...storedV1, schemaVersion: 3 })).toThrow(/LoanCheckRecorded v3/);
  });

  it('refuses a v1 event that lacks a field its stored schema always had, naming the field and position (never guessed)', () => {
    const { bankId: _lost, ...damaged } = storedV1.data;
    expect(() => schemas.upcast({ ...storedV1, data: damaged })).toThrow(StoredEventMismatch);
    expect(() => schemas.upcast({ ...storedV1, data: damaged })).toThrow('stored LoanCheckRecorded v1 at position 41 lacks bankId');
  });

  it('requireComplete: a type above v1 without a step from each older version refuses, naming the gap', () => {
    const gap = new EventSchemaRegistry().register('ThingHappened', 3).registerUpcaster('ThingHappened', 1, (data) => data);
    expect(() => gap.requireComplete()).toThrow('ThingHappened v2→v3');
  });

  it('requireComplete: a step beyond the current version, or for an unknown type, refuses', () => {
    expect(() => new EventSchemaRegistry().register('ThingHappened', 2).registerUpcaster('ThingHappened', 1, (d) => d).registerUpcaster('ThingHappened', 2, (d) => d).requireComplete())
      .toThrow('ThingHappened@2');
    expect(() => new EventSchemaRegistry().registerUpcaster('NeverHeardOf', 1, (d) => d).requireComplete()).toThrow('NeverHeardOf@1');
  });
});
