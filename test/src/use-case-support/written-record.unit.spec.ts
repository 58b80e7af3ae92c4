import { describe, it, expect } from '@jest/globals';
import type { AppendResult, StoredEvent } from '../../../src/event-store/event-store.port.js';
import { writtenData, writtenId } from '../../../src/use-case-support/written-record.js';

const event = (type: string, data: Record<string, unknown>) => ({ type, data }) as unknown as StoredEvent;
const appended = (...events: StoredEvent[]): AppendResult => ({ stream: 'subject-x', revision: events.length - 1, position: 7, events, replayed: true });

describe('what an append really wrote (a replayed Idempotency-Key answers the first request\'s events)', () => {
  const result = appended(event('ReviewRequested', { reviewId: 'first-review', dueAt: '2026-04-10T23:59:59.999+08:00' }), event('ObjectionFiled', { objectionId: 'first-objection' }));

  it('writtenData reads the first event, or the first of a type, and {} when there is none', () => {
    expect(writtenData(result).reviewId).toBe('first-review');
    expect(writtenData(result, 'ObjectionFiled')).toEqual({ objectionId: 'first-objection' });
    expect(writtenData(appended())).toEqual({});
    expect(writtenData(result, 'BreachRecorded')).toEqual({});
  });

  it('writtenId prefers the written id over the one generated for the retry', () => {
    expect(writtenId(result, 'ObjectionFiled', 'objectionId', 'generated-now')).toBe('first-objection');
    expect(writtenId(result, 'BreachRecorded', 'breachId', 'generated-now')).toBe('generated-now');
    expect(writtenId(result, 'ReviewRequested', 'dueAt', 'generated-now')).toBe('2026-04-10T23:59:59.999+08:00');
  });
});
