import { describe, it, expect } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { keyIdOf, signedHeadBytes, signTreeHead, verifyTreeHead, type PublishedKey, type SignedTreeHead } from '../../../../src/event-store/ledger/tree-head.js';
import { parseSigningKey } from '../../../../src/event-store/ledger/ledger-keys.js';

const ROOT = 'ab'.repeat(32);
const AT = '2026-12-07T10:00:00.000+08:00';

function newKey() {
  return parseSigningKey(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'test key');
}

function listed(key: ReturnType<typeof newKey>, from = '2026-12-01T00:00:00.000+08:00', until: string | null = null): PublishedKey {
  return { keyId: key.keyId, algorithm: 'Ed25519', publicKeyPem: key.publicKeyPem, from, until };
}

describe('signed tree heads (issue 13: Ed25519 over the fixed five-line form)', () => {
  const key = newKey();
  const head = signTreeHead({ treeSize: 1234, rootHash: ROOT, timestamp: AT }, key);

  it('signs the tag and the four fields, one a line, with no trailing newline', () => {
    expect(signedHeadBytes(head).toString('utf8')).toBe(`credit-ledger-tree-head/1\n1234\n${ROOT}\n${AT}\n${key.keyId}`);
  });

  it('keyId is the first 16 bytes of SHA-256 of the SPKI DER, the same from the PEM or the key object', () => {
    expect(key.keyId).toMatch(/^[0-9a-f]{32}$/);
    expect(keyIdOf(key.publicKeyPem)).toBe(key.keyId);
    expect(keyIdOf(key.publicKey)).toBe(key.keyId);
    expect(keyIdOf(key.privateKey)).toBe(key.keyId);
  });

  it('a signed head verifies against the published key (round trip)', () => {
    const verdict = verifyTreeHead(head, { keys: [listed(key)] });
    expect(verdict).toEqual({ ok: true, reason: null, key: listed(key) });
  });

  it.each([
    ['treeSize', { treeSize: 1235 }],
    ['rootHash', { rootHash: 'cd'.repeat(32) }],
    ['timestamp', { timestamp: '2026-12-07T10:00:00.001+08:00' }],
  ] as const)('a changed %s fails the signature', (_field, change) => {
    const verdict = verifyTreeHead({ ...head, ...change }, [listed(key)]);
    expect(verdict).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('a changed signature fails', () => {
    const bytes = Buffer.from(head.signature, 'base64');
    bytes[0] ^= 0x01;
    expect(verifyTreeHead({ ...head, signature: bytes.toString('base64') }, [listed(key)])).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('an unknown keyId fails, naming the keyId', () => {
    const other = newKey();
    const verdict = verifyTreeHead(head, [listed(other)]);
    expect(verdict).toMatchObject({ ok: false, code: 'unknown-key' });
    expect(verdict.reason).toContain(key.keyId);
  });

  it('a head signed by another key under this keyId fails the signature', () => {
    const other = newKey();
    const forged: SignedTreeHead = { ...signTreeHead({ treeSize: 1234, rootHash: ROOT, timestamp: AT }, { keyId: key.keyId, privateKey: other.privateKey }) };
    expect(verifyTreeHead(forged, [listed(key)])).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('a listed PEM whose real keyId differs from the listed one fails', () => {
    const other = newKey();
    expect(verifyTreeHead(head, [{ ...listed(other), keyId: key.keyId }])).toMatchObject({ ok: false, code: 'key-id-mismatch' });
  });

  it('a head timestamped outside the key\'s from/until fails', () => {
    expect(verifyTreeHead(head, [listed(key, '2026-12-08T00:00:00.000+08:00')])).toMatchObject({ ok: false, code: 'outside-key-validity' });
    expect(verifyTreeHead(head, [listed(key, '2026-12-01T00:00:00.000+08:00', '2026-12-07T09:59:59.999+08:00')])).toMatchObject({ ok: false, code: 'outside-key-validity' });
  });

  it.each([
    ['not an object', null],
    ['a negative treeSize', { ...head, treeSize: -1 }],
    ['an upper-case rootHash', { ...head, rootHash: ROOT.toUpperCase() }],
    ['a missing signature', { ...head, signature: undefined }],
  ])('a malformed head (%s) fails as malformed', (_case, value) => {
    expect(verifyTreeHead(value, [listed(key)])).toMatchObject({ ok: false, code: 'malformed-head' });
  });

  it('refuses to sign a malformed body', () => {
    expect(() => signTreeHead({ treeSize: 1.5, rootHash: ROOT, timestamp: AT }, key)).toThrow('treeSize');
  });
});
