import { describe, it, expect } from '@jest/globals';
import { appendLeaves, rootAt } from '../../../../src/event-store/ledger/incremental-tree.js';
import { emptyRoot, leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { consistencyProof, inclusionProof, verifyConsistency, verifyInclusion } from '../../../../src/event-store/ledger/proofs.js';
import { MemoryTreeNodes } from '../../../../src/event-store/ledger/tree-nodes.js';
import { naiveRoot } from './naive-merkle.js';

/*
 * The reference values of the RFC 6962 / RFC 9162 tree used across Certificate Transparency's
 * implementations: the eight leaf inputs, every complete subtree's hash and the root of each size
 * from transparency-dev/merkle `testonly/constants.go` (LeafInputs, NodeHashes, RootHashes), the
 * inclusion and consistency proofs from transparency-dev/merkle `proof/verify_test.go`
 * (inclusionProofs, consistencyProofs; their leaf numbers are 1-based there, 0-based here).
 * The hex values are data, typed in from those files; no code is taken.
 */
const hex = (value: string) => Buffer.from(value, 'hex');
const LEAF_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(hex);
const NODE_HASHES = [
  ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7', '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f', '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1'],
  ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0'],
  ['d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', 'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4', '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c', '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION_PROOFS: [index: number, size: number, proof: string[]][] = [
  [0, 1, []],
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const CONSISTENCY_PROOFS: [oldSize: number, newSize: number, proof: string[]][] = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
  [6, 7, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
];

const LEAF_HASHES = LEAF_INPUTS.map(leafHash);
function storedTree(): MemoryTreeNodes {
  const nodes = new MemoryTreeNodes();
  nodes.store(appendLeaves(0, LEAF_HASHES, nodes));
  return nodes;
}

describe('RFC 9162 §2.1 Merkle tree: the Certificate Transparency reference values (transparency-dev/merkle)', () => {
  it('the empty tree\'s root is SHA-256 of the empty string', () => {
    expect(emptyRoot().toString('hex')).toBe(ROOTS[0]);
  });

  it('leaf hashes (0x00 prefix) and every complete subtree (0x01 prefix) match the reference node hashes', () => {
    const stored = storedTree().all().map(({ level, index, hash }) => [level, index, hash.toString('hex')]);
    const expected = NODE_HASHES.flatMap((hashes, level) => hashes.map((hash, index) => [level, index, hash]));
    expect(stored).toEqual(expected);
  });

  it.each(ROOTS.map((root, size) => [size, root] as const))('rootAt(%i) is the reference root %s', (size, root) => {
    const nodes = new MemoryTreeNodes();
    nodes.store(appendLeaves(0, LEAF_HASHES.slice(0, size), nodes));
    expect(rootAt(size, nodes).toString('hex')).toBe(root);
    expect(rootAt(size, storedTree()).toString('hex')).toBe(root);
    expect(naiveRoot(LEAF_INPUTS.slice(0, size)).toString('hex')).toBe(root);
  });

  it.each(INCLUSION_PROOFS)('inclusion proof of leaf %i in size %i is the reference path, and verifies', (index, size, proof) => {
    expect(inclusionProof(index, size, storedTree()).map((hash) => hash.toString('hex'))).toEqual(proof);
    expect(verifyInclusion(LEAF_HASHES[index]!, index, size, proof.map(hex), hex(ROOTS[size]!))).toEqual({ ok: true });
  });

  it.each(CONSISTENCY_PROOFS)('consistency proof %i → %i is the reference proof, and verifies', (oldSize, newSize, proof) => {
    expect(consistencyProof(oldSize, newSize, storedTree()).map((hash) => hash.toString('hex'))).toEqual(proof);
    expect(verifyConsistency(oldSize, newSize, hex(ROOTS[oldSize]!), hex(ROOTS[newSize]!), proof.map(hex))).toEqual({ ok: true });
  });

  it('every inclusion proof and every consistency proof between sizes 0..8 verifies against the reference roots', () => {
    const nodes = storedTree();
    for (let size = 1; size <= 8; size += 1) {
      for (let index = 0; index < size; index += 1) {
        expect(verifyInclusion(LEAF_HASHES[index]!, index, size, inclusionProof(index, size, nodes), hex(ROOTS[size]!))).toEqual({ ok: true });
      }
    }
    for (let newSize = 0; newSize <= 8; newSize += 1) {
      for (let oldSize = 0; oldSize <= newSize; oldSize += 1) {
        const proof = consistencyProof(oldSize, newSize, nodes);
        expect(verifyConsistency(oldSize, newSize, hex(ROOTS[oldSize]!), hex(ROOTS[newSize]!), proof)).toEqual({ ok: true });
      }
    }
  });

  it('verifiers refuse sizes that cannot hold: an index past the tree, a tree that shrank, different roots of one size', () => {
    const root = (size: number) => hex(ROOTS[size]!);
    expect(verifyInclusion(LEAF_HASHES[0]!, 0, 0, [], root(0))).toMatchObject({ ok: false, reason: expect.stringMatching(/not in a tree of 0/) });
    expect(verifyInclusion(LEAF_HASHES[1]!, 1, 1, [], root(1))).toMatchObject({ ok: false });
    expect(verifyConsistency(5, 4, root(5), root(4), [])).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot extend/) });
    expect(verifyConsistency(4, 4, root(4), root(5), [])).toMatchObject({ ok: false, reason: expect.stringMatching(/rewritten/) });
    expect(verifyConsistency(0, 4, root(1), root(4), [])).toMatchObject({ ok: false });
    expect(verifyConsistency(4, 8, root(4), root(8), [])).toMatchObject({ ok: false, reason: 'the proof is empty' });
    expect(verifyConsistency(4, 4, root(4), root(4), [root(4)])).toMatchObject({ ok: false });
    expect(verifyInclusion(Buffer.from('short'), 0, 1, [], root(1))).toMatchObject({ ok: false, reason: expect.stringMatching(/32 bytes/) });
  });

  it('proofs are refused for sizes the tree does not have', () => {
    expect(() => inclusionProof(8, 8, storedTree())).toThrow(RangeError);
    expect(() => consistencyProof(5, 4, storedTree())).toThrow(RangeError);
    expect(() => rootAt(9, storedTree())).toThrow(expect.objectContaining({ code: 'LEDGER_TREE_NODE_MISSING' }));
  });
});
