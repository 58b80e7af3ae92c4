import { describe, it, expect } from '@jest/globals';
import type { LoadedState } from '../../../src/commands/loaded-state.js';
import { StateCache } from '../../../src/commands/state-cache.js';

const at = (revision: number, state: unknown = { revision }): LoadedState<unknown> => ({ state, revision, last: null, snapshotAt: -1 });

describe('StateCache: least recently used out, bounded by the events its states represent', () => {
  it('keeps states until their events pass the bound, then drops the least recently used first', () => {
    const cache = new StateCache(100);
    cache.put('a', at(39)); // 40 events
    cache.put('b', at(39));
    expect(cache.get('a')).toBeDefined(); // a is now the most recently used
    cache.put('c', at(39)); // 120 > 100: b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.revision).toBe(39);
    expect(cache.get('c')?.revision).toBe(39);
    expect(cache.events).toBe(80);
  });

  it('never replaces a state with one further behind in the stream (a slower command must not undo a later append)', () => {
    const cache = new StateCache(100);
    cache.put('a', at(10));
    cache.put('a', at(7));
    expect(cache.get('a')?.revision).toBe(10);
    cache.put('a', at(12));
    expect(cache.get('a')?.revision).toBe(12);
    expect(cache.events).toBe(13);
  });

  it('does not keep a state larger than the whole bound, and keeps nothing with a bound of 0', () => {
    const cache = new StateCache(10);
    cache.put('big', at(10));
    expect(cache.get('big')).toBeUndefined();
    const off = new StateCache(0);
    off.put('a', at(0));
    expect(off.size).toBe(0);
  });

  it('hands out the very value it was given: states are immutable, never copied or changed here', () => {
    const cache = new StateCache(10);
    const value = at(3);
    cache.put('a', value);
    expect(cache.get('a')).toBe(value);
    cache.remove('a');
    expect(cache.events).toBe(0);
  });
});
