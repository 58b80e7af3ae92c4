import { describe, it, expect, beforeAll } from '@jest/globals';
import { parseSigningKey } from '../../src/event-store/ledger/ledger-keys.js';
import { signTreeHead, type PublishedKey } from '../../src/event-store/ledger/tree-head.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../support/ed25519-keys.js';
import { loadVerifier, type VerifierModule } from './verifier-module.js';

const KEY = parseSigningKey(fixedKeyPem(RFC8032_SEEDS.test1), 'RFC 8032 TEST 1');
const LISTED: PublishedKey = { keyId: KEY.keyId, algorithm: 'Ed25519', publicKeyPem: KEY.publicKeyPem, from: '2026-12-01T00:00:00.000+08:00', until: '2026-12-31T00:00:00.000+08:00' };
const HEAD = signTreeHead({ treeSize: 1234, rootHash: 'ab'.repeat(32), timestamp: '2026-12-07T10:00:00.000+08:00' }, KEY);

interface HeadVerifier extends VerifierModule {
  verifyHead(head: unknown, keys: readonly unknown[]): { ok: boolean; reason?: string };
  keyIdOf(pem: string): string;
}

/** The verifier's own head check agrees with src/event-store/ledger/tree-head.ts on the fixed signed form. */
describe('offline verifier: heads signed by the service', () => {
  let verifier: HeadVerifier;
  beforeAll(async () => {
    verifier = (await loadVerifier()) as HeadVerifier;
  });

  it('computes the same keyId and accepts the service\'s signature', () => {
    expect(verifier.keyIdOf(KEY.publicKeyPem)).toBe(KEY.keyId);
    expect(verifier.verifyHead(HEAD, [LISTED])).toMatchObject({ ok: true });
  });

  it.each([
    ['treeSize', { treeSize: 1233 }],
    ['rootHash', { rootHash: 'ba'.repeat(32) }],
    ['timestamp', { timestamp: '2026-12-07T10:00:01.000+08:00' }],
  ])('a changed %s fails the signature', (_field, change) => {
    expect(verifier.verifyHead({ ...HEAD, ...change }, [LISTED])).toMatchObject({ ok: false, reason: expect.stringContaining('signature does not verify') });
  });

  it('a head dated after its key was retired fails, naming the validity', () => {
    expect(verifier.verifyHead(HEAD, [{ ...LISTED, until: '2026-12-07T09:00:00.000+08:00' }])).toMatchObject({ ok: false, reason: expect.stringContaining('outside key') });
  });

  it('a bare public-key PEM as the keys file: the key with no validity window', () => {
    const keys = verifier.parseKeys(KEY.publicKeyPem);
    expect(keys).toEqual([{ keyId: KEY.keyId, algorithm: 'Ed25519', publicKeyPem: KEY.publicKeyPem, from: null, until: null }]);
    expect(verifier.verifyHead(HEAD, keys)).toMatchObject({ ok: true });
  });
});
