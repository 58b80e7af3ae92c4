import { describe, it, expect, beforeAll } from '@jest/globals';
import fc from 'fast-check';
import { fuzzRuns } from '../support/fuzz-runs.js';
import { consistencyProof, inclusionPath, leafHash, merkleRoot } from '../support/naive-rfc9162.js';
import { loadVerifier, type VerifierModule } from './verifier-module.js';

/**
 * The reference tree of Certificate Transparency's test suite (google/certificate-transparency,
 * merkle_tree_test.cc; the same vectors in transparency-dev/merkle): eight leaves and the root of
 * every prefix. They pin the test's naive tree to RFC 9162 before it is used to judge the verifier.
 */
const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) => Buffer.from(hex, 'hex'));
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

// A proof binds a leaf (or an older tree) to a root at a size; another size alone can yield the same
// path (leaf 0 of 3 and of 4 leaves), which is why the size and root are signed together in a head.
const hex = (hashes: readonly Buffer[]) => hashes.map((hash) => hash.toString('hex'));
const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from([i % 256, Math.floor(i / 256)])));
const flip = (proof: readonly string[], at: number) =>
  proof.map((hash, i) => (i === at % proof.length ? `${((parseInt(hash[0]!, 16) ^ 1) & 0xf).toString(16)}${hash.slice(1)}` : hash));

describe('RFC 9162 proofs in the offline verifier (§2.1.3.2 inclusion, §2.1.4.2 consistency)', () => {
  let verifier: VerifierModule;
  beforeAll(async () => {
    verifier = await loadVerifier();
  });

  it('the test\'s naive tree gives the CT reference root of every prefix of the reference leaves', () => {
    const leaves = CT_LEAVES.map(leafHash);
    expect(leaves.map((_, n) => merkleRoot(leaves.slice(0, n)).toString('hex')).concat(merkleRoot(leaves).toString('hex'))).toEqual(CT_ROOTS);
  });

  it('the verifier\'s leaf hash is SHA-256(0x00 ‖ bytes): the reference root of one empty leaf', () => {
    expect(verifier.leafHash(Buffer.alloc(0)).toString('hex')).toBe(CT_ROOTS[1]);
  });

  it('every inclusion proof of every leaf in trees of 1..40 leaves verifies; another index or root does not', () => {
    for (let n = 1; n <= 40; n += 1) {
      const leaves = leavesOf(n);
      const root = merkleRoot(leaves).toString('hex');
      for (let m = 0; m < n; m += 1) {
        const proof = hex(inclusionPath(m, leaves));
        expect(verifier.verifyInclusion(m, n, leaves[m]!, proof, root)).toBe(true);
        if (n > 1) expect(verifier.verifyInclusion((m + 1) % n, n, leaves[m]!, proof, root)).toBe(false);
        expect(verifier.verifyInclusion(m, n, leaves[m]!, proof, CT_ROOTS[0]!)).toBe(false);
      }
    }
  });

  it('every consistency proof between sizes 0 ≤ m ≤ n ≤ 40 verifies; a wrong older or newer root does not', () => {
    for (let n = 1; n <= 40; n += 1) {
      const leaves = leavesOf(n);
      const root = merkleRoot(leaves).toString('hex');
      for (let m = 0; m <= n; m += 1) {
        const older = merkleRoot(leaves.slice(0, m)).toString('hex');
        const proof = hex(consistencyProof(m, leaves));
        expect(verifier.verifyConsistency(m, n, older, root, proof)).toBe(true);
        if (m > 0 && m < n) {
          expect(verifier.verifyConsistency(m, n, CT_ROOTS[1]!, root, proof)).toBe(false);
          expect(verifier.verifyConsistency(m, n, older, CT_ROOTS[1]!, proof)).toBe(false);
        }
      }
    }
  });

  it('any single changed bit, a dropped or an extra hash breaks a proof (fast-check)', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 300 }), fc.nat(), fc.nat(), fc.constantFrom('flip', 'drop', 'extra'), (n, pick, at, edit) => {
      const leaves = leavesOf(n);
      const root = merkleRoot(leaves).toString('hex');
      const m = pick % n;
      const proof = hex(inclusionPath(m, leaves));
      const bad = edit === 'flip' ? flip(proof, at) : edit === 'drop' ? proof.slice(0, -1) : [...proof, CT_ROOTS[2]!];
      expect(verifier.verifyInclusion(m, n, leaves[m]!, bad, root)).toBe(false);
      const older = m === 0 ? 1 : m;
      if (older < n) {
        const consistency = hex(consistencyProof(older, leaves));
        const badConsistency = edit === 'flip' ? flip(consistency, at) : edit === 'drop' ? consistency.slice(0, -1) : [...consistency, CT_ROOTS[2]!];
        expect(verifier.verifyConsistency(older, n, merkleRoot(leaves.slice(0, older)).toString('hex'), root, badConsistency)).toBe(false);
      }
    }), { numRuns: fuzzRuns(300) });
  });
});
