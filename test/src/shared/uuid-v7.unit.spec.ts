import { describe, it, expect } from '@jest/globals';
import { uuidV7 } from '../../../src/shared/uuid-v7.js';

describe('time-ordered event ids (UUID v7)', () => {
  it('are RFC 9562 version 7 uuids carrying the millisecond they were made', () => {
    const id = uuidV7(Date.parse('2026-03-06T01:30:00Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse('2026-03-06T01:30:00Z'));
  });

  it('sort in creation order, also within one millisecond', () => {
    const at = Date.parse('2026-03-07T00:00:00Z');
    const ids = Array.from({ length: 5000 }, () => uuidV7(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
