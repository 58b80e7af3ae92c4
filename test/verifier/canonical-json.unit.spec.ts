import { describe, it, expect, beforeAll } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson } from '../../src/event-store/canonical-json.js';
import { fuzzRuns } from '../support/fuzz-runs.js';
import { loadVerifier, type VerifierModule } from './verifier-module.js';

/** The verifier carries its own canonical JSON (it imports nothing): it must write every value as the service does. */
describe('the offline verifier\'s canonical JSON equals src/event-store/canonical-json.ts', () => {
  let verifier: VerifierModule;
  beforeAll(async () => {
    verifier = await loadVerifier();
  });

  it('on random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(verifier.canonicalJson(value)).toBe(canonicalJson(value));
    }), { numRuns: fuzzRuns(1000) });
  });

  it('on objects with undefined members and arrays with holes of undefined', () => {
    const loose = fc.dictionary(fc.string(), fc.option(fc.oneof(fc.jsonValue(), fc.array(fc.option(fc.integer(), { nil: undefined }))), { nil: undefined }));
    fc.assert(fc.property(loose, (value) => {
      expect(verifier.canonicalJson(value)).toBe(canonicalJson(value));
    }), { numRuns: fuzzRuns(500) });
  });

  it('fixed cases: sorted keys at every level, no whitespace, strings and numbers as JSON.stringify writes them', () => {
    const value = { b: [1e21, -0, 1.5, 'é\n"'], a: { z: null, y: undefined, x: true } };
    expect(verifier.canonicalJson(value)).toBe('{"a":{"x":true,"z":null},"b":[1e+21,0,1.5,"é\\n\\""]}');
    expect(verifier.canonicalJson(value)).toBe(canonicalJson(value));
  });

  it('refuses a non-finite number, as the service does', () => {
    expect(() => verifier.canonicalJson({ a: Number.NaN })).toThrow('non-finite');
  });
});
