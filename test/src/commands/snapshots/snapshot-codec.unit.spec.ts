import { describe, it, expect } from '@jest/globals';
import { decodeState, encodeState, PART_ENTRIES } from '../../../../src/commands/snapshots/snapshot-codec.js';

const bigMap = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`BR-${i}`, { breachId: `BR-${i}`, summary: '未履行承诺' }]));

describe('snapshot codec: a state as JSON parts, each map split PART_ENTRIES entries at a time', () => {
  it('gives back the same state, keys and entries in the same order', async () => {
    const state = { registration: { subjectId: 'X', kind: 'organisation' }, commitments: {}, breaches: bigMap(PART_ENTRIES * 2 + 3), reviews: { 'RV-1': { findings: ['a'] } }, count: 3, list: [1, 2] };
    const parts = await encodeState(state);
    expect(parts).toHaveLength(1 + 1 + 3 + 1); // the head; registration, breaches and reviews are objects: split like maps
    const back = await decodeState(parts);
    expect(JSON.stringify(back)).toBe(JSON.stringify(state));
  });

  it('keeps an id such as __proto__ as an own entry', async () => {
    const map: Record<string, number> = {};
    Object.defineProperty(map, '__proto__', { value: 1, enumerable: true, writable: true, configurable: true });
    const back = (await decodeState(await encodeState({ objections: map }))) as { objections: Record<string, number> };
    expect(Object.prototype.hasOwnProperty.call(back.objections, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(back.objections)).toBe(Object.prototype);
  });

  it('a state that is not a plain object round-trips whole', async () => {
    expect(await decodeState(await encodeState([1, { a: 2 }]))).toEqual([1, { a: 2 }]);
  });

  it('refuses parts it did not write (the snapshot is then ignored)', async () => {
    await expect(decodeState([])).rejects.toThrow();
    await expect(decodeState(['not json'])).rejects.toThrow();
    await expect(decodeState(['{"keys":["a"],"fields":{}}'])).rejects.toThrow(/lacks a/);
    await expect(decodeState(['{"keys":["a"],"fields":{}}', '{"map":"b","entries":[]}'])).rejects.toThrow(/malformed/);
    await expect(decodeState(['{"keys":["a"],"fields":{}}', '{"map":"a","entries":[[1,2]]}'])).rejects.toThrow(/malformed/);
  });
});
