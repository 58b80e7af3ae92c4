import { describe, it, expect } from '@jest/globals';
import { INITIAL_SUBJECT_STATE, type SubjectState } from '../../../domain/subject/state.js';
import { ByteBudget, decodeStateCursor, encodeStateCursor, ITEM_BYTES_BUDGET, sectionPage, stateOverview } from '../../../src/audit/state-pages.js';

/** Breaches of about `size` bytes each (a summary that long), `n` of them. */
function withBreaches(n: number, size: number): SubjectState {
  const breaches = Object.fromEntries(Array.from({ length: n }, (_, i) => [`BR-${i}`, { breachId: `BR-${i}`, summary: 'x'.repeat(size) }]));
  return { ...INITIAL_SUBJECT_STATE, breaches } as unknown as SubjectState;
}

describe('state pages: bounded by a count and by bytes, cursors that pin the revision', () => {
  it('a page stops before the byte budget however many records were asked for, and its cursor resumes at the first left out', () => {
    const state = withBreaches(100, 100 * 1024);
    const page = sectionPage(state, 7, 'breaches', 0, 1000, new ByteBudget(ITEM_BYTES_BUDGET), true);
    expect(page.items.length).toBeLessThan(ITEM_BYTES_BUDGET / (100 * 1024));
    expect(Buffer.byteLength(JSON.stringify(page))).toBeLessThan(ITEM_BYTES_BUDGET + 1024);
    expect(decodeStateCursor(page.nextCursor!)).toEqual({ revision: 7, section: 'breaches', offset: page.items.length });
  });

  it('a section page holds at least one record, even one larger than the budget, so paging always moves on', () => {
    const page = sectionPage(withBreaches(2, ITEM_BYTES_BUDGET), 1, 'breaches', 0, 100, new ByteBudget(ITEM_BYTES_BUDGET), true);
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
  });

  it('the overview shares one budget across its sections: whatever does not fit is left to the section\'s cursor', () => {
    const overview = stateOverview(withBreaches(50, 30 * 1024), 3, 20) as Record<string, { count: number; items: unknown[]; nextCursor: string | null }>;
    expect(overview.breaches!.count).toBe(50);
    expect(overview.breaches!.items.length).toBeLessThan(20);
    expect(Buffer.byteLength(JSON.stringify(overview))).toBeLessThan(ITEM_BYTES_BUDGET + 4096);
    expect(overview.commitments).toEqual({ count: 0, items: [], nextCursor: null });
  });

  it('a cursor is only one this route gave out', () => {
    expect(decodeStateCursor(encodeStateCursor({ revision: 12, section: 'repairs', offset: 40 }))).toEqual({ revision: 12, section: 'repairs', offset: 40 });
    for (const raw of ['', 'abc', Buffer.from('[1,"nope",0]').toString('base64url'), Buffer.from('[-1,"breaches",0]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])
      expect(decodeStateCursor(raw)).toBeNull();
  });
});
