import { describe, it, expect } from '@jest/globals';
import { idempotentEventId, uuidV5 } from '../../../../src/event-store/eventstoredb/mapping/event-ids.js';

describe('deterministic event ids for idempotency keys', () => {
  it('is RFC 9562 version 5 (matches the published DNS-namespace example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives a retry the same ids, event by event, so the server can drop a resend', () => {
    expect(idempotentEventId('key-1', 0)).toBe('530f2012-c7bd-54e7-a604-cdfb583c359e');
    expect(idempotentEventId('key-1', 0)).toBe(idempotentEventId('key-1', 0));
    expect(idempotentEventId('key-1', 1)).not.toBe(idempotentEventId('key-1', 0));
    expect(idempotentEventId('key-2', 0)).not.toBe(idempotentEventId('key-1', 0));
  });

  it('produces ids the append validation accepts (lower-case uuid, version 5, RFC variant)', () => {
    expect(idempotentEventId('cmd/2026-03-06:42', 3)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a namespace that is not a uuid', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(TypeError);
  });
});
