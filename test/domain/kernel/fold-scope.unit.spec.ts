import { describe, it, expect } from '@jest/globals';
import { appendItem, FoldScope, getEntry, putEntry, removeEntry, replaceItem, updateEntry } from '../../../domain/kernel/fold-scope.js';
import { deepFreeze } from './deep.js';

describe('FoldScope: what a fold created it may change in place; anything else is copied first', () => {
  it('without a scope, every change is a copy and the input stays as it was', () => {
    const map = deepFreeze({ a: 1 });
    const items = deepFreeze([1]);
    expect(putEntry(map, 'b', 2)).toEqual({ a: 1, b: 2 });
    expect(updateEntry(map, 'a', (n) => n + 1)).toEqual({ a: 2 });
    expect(removeEntry(map, 'a')).toEqual({});
    expect(appendItem(items, 2)).toEqual([1, 2]);
    expect(replaceItem(items, 0, 9)).toEqual([9]);
    expect(map).toEqual({ a: 1 });
    expect(items).toEqual([1]);
  });

  it('with a scope, the first change copies a map it does not own, later changes write into that copy', () => {
    const scope = new FoldScope();
    const input = deepFreeze({ a: 1 });
    const first = putEntry(input, 'b', 2, scope);
    expect(first).not.toBe(input);
    expect(scope.owns(first)).toBe(true);
    const second = putEntry(first, 'c', 3, scope);
    expect(second).toBe(first);
    expect(updateEntry(second, 'a', (n) => n + 10, scope)).toBe(first);
    expect(removeEntry(second, 'b', scope)).toBe(first);
    expect(first).toEqual({ a: 11, c: 3 });
    expect(input).toEqual({ a: 1 });
  });

  it('with a scope, arrays are copied once and then appended to and replaced in place', () => {
    const scope = new FoldScope();
    const input = deepFreeze(['x']);
    const copy = appendItem(input, 'y', scope);
    expect(appendItem(copy, 'z', scope)).toBe(copy);
    expect(replaceItem(copy, 0, 'w', scope)).toBe(copy);
    expect(copy).toEqual(['w', 'y', 'z']);
    expect(input).toEqual(['x']);
  });

  it('another fold\'s scope owns nothing of this one: its maps are copied, not written into', () => {
    const mine = new FoldScope();
    const owned = putEntry({}, 'a', 1, mine);
    const other = new FoldScope();
    expect(putEntry(owned, 'b', 2, other)).not.toBe(owned);
    expect(owned).toEqual({ a: 1 });
  });

  it('an id such as __proto__ or constructor is an own entry, in place as in a copy', () => {
    const scope = new FoldScope();
    const owned = putEntry({}, 'a', 1, scope);
    putEntry(owned, '__proto__', 2, scope);
    expect(Object.getPrototypeOf(owned)).toBe(Object.prototype);
    expect(getEntry(owned, '__proto__')).toBe(2);
    expect(getEntry(putEntry({}, '__proto__', 3), '__proto__')).toBe(3);
    expect(getEntry({}, 'constructor')).toBeUndefined();
    expect(updateEntry({ a: 1 }, 'constructor', () => 5)).toEqual({ a: 1 });
  });

  it('changing or removing an entry that is not there changes nothing and copies nothing', () => {
    const scope = new FoldScope();
    const input = deepFreeze({ a: 1 });
    expect(updateEntry(input, 'zz', (n) => n, scope)).toBe(input);
    expect(removeEntry(input, 'zz', scope)).toBe(input);
  });
});
