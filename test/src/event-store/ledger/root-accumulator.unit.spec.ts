import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { emptyRoot } from '../../../../src/event-store/ledger/merkle-hash.js';
import { RootAccumulator } from '../../../../src/event-store/ledger/root-accumulator.js';
import { fuzzRuns } from '../../../support/fuzz-runs.js';
import { leafHash, merkleRoot } from '../../../support/naive-rfc9162.js';

describe('RootAccumulator: the RFC 9162 §2.1.1 root of a log read once (issue 13, heads check and verify)', () => {
  it('is the empty tree\'s root before any leaf', () => {
    expect(new RootAccumulator().root()).toEqual(emptyRoot());
  });

  it('property: after every leaf, the root equals the naive recursive MTH of the leaves so far', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 8 }), { maxLength: 70 }), (datas) => {
      const leaves = datas.map((data) => leafHash(Buffer.from(data)));
      const roots = new RootAccumulator();
      leaves.forEach((leaf, index) => {
        roots.add(leaf);
        expect([roots.size, roots.root().toString('hex')]).toEqual([index + 1, merkleRoot(leaves.slice(0, index + 1)).toString('hex')]);
      });
    }), { numRuns: fuzzRuns(100) });
  });
});
