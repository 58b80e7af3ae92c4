import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fuzzRuns } from '../support/fuzz-runs.js';
import { ledgerFixture, SUBJECT_A, SUBJECT_B, AGENCY, type Bundle, type LedgerFixture } from './ledger-fixture.js';
import { loadVerifier, type VerifierModule } from './verifier-module.js';

type Edit = (bundle: Bundle, at: number, bit: number) => void;

const flipHex = (hex: string, bit: number) => {
  const at = bit % hex.length;
  return `${hex.slice(0, at)}${((parseInt(hex[at]!, 16) ^ (1 + (bit % 15))) & 0xf).toString(16)}${hex.slice(at + 1)}`;
};

/** Single edits an attacker with write access could make to an exported bundle; each must be caught. */
const EDITS: Record<string, Edit> = {
  'a data value': (bundle, at, bit) => {
    bundle.events[at]!.event.data = { ...(bundle.events[at]!.event.data as object), tampered: bit };
  },
  'a metadata field': (bundle, at, bit) => {
    bundle.events[at]!.event.metadata.recordedAt = `2026-12-0${1 + (bit % 9)}T00:00:00.000+08:00`;
  },
  'the type': (bundle, at) => {
    bundle.events[at]!.event.type = 'SomethingElse';
  },
  'the leafIndex': (bundle, at, bit) => {
    const size = bundle.head!.treeSize;
    const entry = bundle.events[at]!;
    entry.leafIndex = (entry.leafIndex + 1 + (bit % (size - 1))) % size;
  },
  'a bit of a proof hash': (bundle, at, bit) => {
    const proof = bundle.events[at]!.inclusionProof;
    proof[bit % proof.length] = flipHex(proof[bit % proof.length]!, bit);
  },
  'a truncated proof': (bundle, at) => {
    bundle.events[at]!.inclusionProof.pop();
  },
  'an event deleted from a whole stream': (bundle, at) => {
    bundle.events.splice(at, 1);
  },
  'two events swapped in the log order': (bundle, at) => {
    const other = (at + 1) % bundle.events.length;
    const leaf = bundle.events[at]!.leafIndex;
    bundle.events[at]!.leafIndex = bundle.events[other]!.leafIndex;
    bundle.events[other]!.leafIndex = leaf;
  },
  'a bit of the head\'s root': (bundle, _at, bit) => {
    bundle.head = { ...bundle.head!, rootHash: flipHex(bundle.head!.rootHash, bit) };
  },
};

describe('offline verifier, in process: any single edit of a good bundle is NOT VERIFIED (fast-check)', () => {
  let ledger: LedgerFixture;
  let verifier: VerifierModule;
  let keys: readonly unknown[];
  const fresh = () => structuredClone(ledger.bundle([SUBJECT_A, SUBJECT_B, AGENCY]));
  beforeAll(async () => {
    [ledger, verifier] = await Promise.all([ledgerFixture(), loadVerifier()]);
    keys = verifier.parseKeys(readFileSync(ledger.keysFile, 'utf8'));
  });
  afterAll(() => ledger.remove());

  it('the untouched bundle verifies, in any order of its events', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), (order) => {
      const bundle = fresh();
      const shuffled = bundle.events.map((entry, at) => ({ entry, key: order[at] ?? 0 })).sort((a, b) => a.key - b.key).map(({ entry }) => entry);
      expect(verifier.verifyBundle({ ...bundle, events: shuffled }, keys).ok).toBe(true);
    }), { numRuns: fuzzRuns(50) });
  });

  it('each kind of edit, at any event, fails', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.keys(EDITS)), fc.nat(), fc.nat(), (name, pick, bit) => {
      const bundle = fresh();
      EDITS[name]!(bundle, pick % bundle.events.length, bit);
      const result = verifier.verifyBundle(bundle, keys);
      expect({ edit: name, ok: result.ok }).toEqual({ edit: name, ok: false });
    }), { numRuns: fuzzRuns(300) });
  });
});
