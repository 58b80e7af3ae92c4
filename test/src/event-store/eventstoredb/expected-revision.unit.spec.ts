import { describe, it, expect } from '@jest/globals';
import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import {
  exactExpectedRevision, fromEsdbCurrentRevision, fromEsdbExpectedRevision, toEsdbExpectedRevision,
} from '../../../../src/event-store/eventstoredb/mapping/expected-revision.js';

describe('expected revision ↔ the client', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    [0, 0n],
    [41, 41n],
    [-1, NO_STREAM],
  ] as const)('maps the port’s %p to the client’s %p', (ours, theirs) => {
    expect(toEsdbExpectedRevision(ours)).toBe(theirs);
  });

  it('maps the client’s expected revisions back', () => {
    expect(fromEsdbExpectedRevision(7n)).toBe(7);
    expect(fromEsdbExpectedRevision(NO_STREAM)).toBe('no_stream');
    expect(fromEsdbExpectedRevision(STREAM_EXISTS)).toBe('stream_exists');
    expect(fromEsdbExpectedRevision(ANY)).toBe('any');
  });

  it('reads a current revision of no_stream as -1, as every adapter reports an empty stream', () => {
    expect(fromEsdbCurrentRevision(NO_STREAM)).toBe(-1);
    expect(fromEsdbCurrentRevision(12n)).toBe(12);
  });

  it('refuses a revision beyond the safe integer range instead of rounding it', () => {
    expect(() => fromEsdbCurrentRevision(2n ** 60n)).toThrow(RangeError);
  });

  it('sends the exact revision the chain was computed on (never any)', () => {
    expect(exactExpectedRevision(-1)).toBe(NO_STREAM);
    expect(exactExpectedRevision(0)).toBe(0n);
    expect(exactExpectedRevision(9)).toBe(9n);
  });
});
