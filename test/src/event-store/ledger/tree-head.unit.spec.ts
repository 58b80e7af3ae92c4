import { describe, it, expect } from '@jest/globals';
import { keyIdOf, signedHeadBytes, signTreeHead, verifyTreeHead, type PublishedKey, type SignedTreeHead } from '../../../../src/event-store/ledger/tree-head.js';
import { parseSigningKey } from '../../../../src/event-store/ledger/ledger-keys.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../../../support/ed25519-keys.js';

const ROOT = 'ab'.repeat(32);
const AT = '2026-12-07T10:00:00.000+08:00';
/** The head of (1234, ROOT, AT) under RFC 8032's TEST 1 key; its keyId checked with `sha256sum` over the SPKI DER. */
const GOLDEN = {
  keyId: '06e3fd8fda29bb60ab59557de61edb0a',
  signature: 'M0//VSVeKg4GdjerVTOcOb+LA68sdk10SMM79e3IwaVauwKXalK5szCHH0nSVwGOwD+p5IYEAXxVHhZYqTeWBg==',
};

function newKey(seed: string = RFC8032_SEEDS.test1) {
  return parseSigningKey(fixedKeyPem(seed), 'test key');
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

  it('a fixed key and body give a fixed head (Ed25519 is deterministic): the golden vector other implementations check against', () => {
    expect(key.publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'); // RFC 8032 §7.1 TEST 1
    expect({ keyId: head.keyId, signature: head.signature }).toEqual(GOLDEN);
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
    const other = newKey(RFC8032_SEEDS.test2);
    const verdict = verifyTreeHead(head, [listed(other)]);
    expect(verdict).toMatchObject({ ok: false, code: 'unknown-key' });
    expect(verdict.reason).toContain(key.keyId);
  });

  it('a head signed by another key under this keyId fails the signature', () => {
    const other = newKey(RFC8032_SEEDS.test2);
    const forged: SignedTreeHead = { ...signTreeHead({ treeSize: 1234, rootHash: ROOT, timestamp: AT }, { keyId: key.keyId, privateKey: other.privateKey }) };
    expect(verifyTreeHead(forged, [listed(key)])).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('a listed PEM whose real keyId differs from the listed one fails', () => {
    const other = newKey(RFC8032_SEEDS.test2);
    expect(verifyTreeHead(head, [{ ...listed(other), keyId: key.keyId }])).toMatchObject({ ok: false, code: 'key-id-mismatch' });
  });

  it('a head timestamped outside the key\'s from/until fails', () => {
    expect(verifyTreeHead(head, [listed(key, '2026-12-08T00:00:00.000+08:00')])).toMatchObject({ ok: false, code: 'outside-key-validity' });
    expect(verifyTreeHead(head, [listed(key, '2026-12-01T00:00:00.000+08:00', '2026-12-07T09:59:59.999+08:00')])).toMatchObject({ ok: false, code: 'outside-key-validity' });
    // A validity that does not parse covers nothing (a NaN comparison must not let the head through).
    expect(verifyTreeHead(head, [listed(key, 'not a date')])).toMatchObject({ ok: false, code: 'outside-key-validity' });
    expect(verifyTreeHead(head, [listed(key, '2026-12-01T00:00:00.000+08:00', 'never')])).toMatchObject({ ok: false, code: 'outside-key-validity' });
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
