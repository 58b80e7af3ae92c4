import { describe, it, expect } from '@jest/globals';
import { START, type Position } from '@eventstore/db-client';
import { UnsupportedEsdbPosition, isAfter, readPositionAfter, toOurPosition } from '../../../../src/event-store/eventstoredb/mapping/positions.js';

describe('global position ↔ $all position', () => {
  it('takes an implicitly committed event’s position {p, p} as p', () => {
    const position: Position = { commit: 123_456n, prepare: 123_456n };
    expect(toOurPosition(position)).toBe(123_456);
  });

  it('round-trips: reading after our position starts at the same $all position', () => {
    const position: Position = { commit: 98_765n, prepare: 98_765n };
    expect(readPositionAfter(toOurPosition(position))).toEqual(position);
  });

  it('reads from the start of $all for position 0 (nothing read yet)', () => {
    expect(readPositionAfter(0)).toBe(START);
  });

  it('refuses a legacy explicit-transaction position (commit ≠ prepare) with a typed error', () => {
    expect(() => toOurPosition({ commit: 500n, prepare: 420n })).toThrow(UnsupportedEsdbPosition);
    try {
      toOurPosition({ commit: 500n, prepare: 420n });
    } catch (error) {
      expect(error).toMatchObject({ code: 'ESDB_POSITION_UNSUPPORTED', commit: 500n, prepare: 420n });
    }
  });

  it('refuses a position beyond 2^53 instead of rounding it', () => {
    const big = 2n ** 53n + 1n;
    expect(() => toOurPosition({ commit: big, prepare: big })).toThrow(UnsupportedEsdbPosition);
  });

  it('keeps only events strictly after the checkpoint (a read from a position may include it)', () => {
    expect(isAfter(101, 100)).toBe(true);
    expect(isAfter(100, 100)).toBe(false);
    expect(isAfter(99, 100)).toBe(false);
  });
});
