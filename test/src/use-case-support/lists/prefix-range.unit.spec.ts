import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { prefixRange } from '../../../../src/use-case-support/lists/prefix-range.js';
import { scopeCursor, unscopeCursor } from '../../../../src/use-case-support/lists/scoped-cursor.js';

/** Code-point order: how SQLite (UTF-8 bytes) and MongoDB (binary) compare strings; JS's `<` compares UTF-16 units. */
const compare = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const inRange = (text: string, range: { gte: string; lt: string }) => compare(text, range.gte) >= 0 && compare(text, range.lt) < 0;

describe('prefixRange: a prefix as one index range (issue 12, GET /subjects?q=)', () => {
  it('raises the last character by one code point', () => {
    expect(prefixRange('昆山')).toEqual({ gte: '昆山', lt: '昆屲' });
    expect(prefixRange('9132')).toEqual({ gte: '9132', lt: '9133' });
    expect(prefixRange('a𠀀')).toEqual({ gte: 'a𠀀', lt: 'a𠀁' });
    expect(prefixRange('a\ud7ff')).toEqual({ gte: 'a\ud7ff', lt: 'a\ue000' }); // over the surrogate block
    expect(prefixRange('a\u{10ffff}')).toEqual({ gte: 'a\u{10ffff}', lt: 'b' }); // the last code point cannot be raised
  });

  it('keeps a name whose next character lies beyond U+FFFF (where prefix + U+FFFF would cut it off)', () => {
    expect(inRange('昆山𠀀字号', prefixRange('昆山'))).toBe(true);
    expect(inRange('昆山𠀀字号', { gte: '昆山', lt: '昆山\uffff' })).toBe(false);
  });

  it('property: a string is in the range exactly when it starts with the prefix (code-point order)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6 });
    const prefixes = fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }).filter((p) => /[^\u{10ffff}]/u.test(p));
    fc.assert(
      fc.property(prefixes, text, (prefix, rest) => {
        expect(inRange(prefix + rest, prefixRange(prefix))).toBe(true);
      }),
      { seed: 12, numRuns: 2000 },
    );
    fc.assert(
      fc.property(prefixes, text, (prefix, other) => {
        expect(inRange(other, prefixRange(prefix))).toBe(other.startsWith(prefix));
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
});

describe('scoped cursors: a nextCursor continues only the query it came from (issue 12)', () => {
  it('round-trips within its scope; another scope, or a cursor that is not one, is INVALID_VIEW_QUERY naming cursor', () => {
    const cursor = scopeCursor('["disclosures","serious",null,null,null]', 'inner-cursor');
    expect(unscopeCursor('["disclosures","serious",null,null,null]', cursor)).toBe('inner-cursor');
    expect(scopeCursor('any', null)).toBeNull();
    expect(unscopeCursor('any', undefined)).toBeNull();
    expect(() => unscopeCursor('["disclosures","general",null,null,null]', cursor)).toThrow(expect.objectContaining({ code: 'INVALID_VIEW_QUERY', field: 'cursor', rule: 'CURSOR' }));
    for (const bad of ['not-a-cursor', Buffer.from('["a"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])
      expect(() => unscopeCursor('any', bad)).toThrow(expect.objectContaining({ code: 'INVALID_VIEW_QUERY', rule: 'CURSOR' }));
  });
});
