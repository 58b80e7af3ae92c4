import { describe, it, expect, afterEach } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ledgerKeyFile, publishedKeys, resolveLedgerSigningKey, rotateLedgerKeyFile,
} from '../../../../src/event-store/ledger/ledger-keys.js';
import { signTreeHead, verifyTreeHead } from '../../../../src/event-store/ledger/tree-head.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../../../support/ed25519-keys.js';
import { tempDir } from '../../../support/temp-dir.js';

const DAY_1 = '2026-12-01T09:00:00.000+08:00';
const DAY_2 = '2026-12-02T09:00:00.000+08:00';
const DAY_3 = '2026-12-03T09:00:00.000+08:00';
const ROOT = '0f'.repeat(32);

describe('the ledger signing key: in DATA_DIR/keys/ or from configuration, rotation keeps old heads verifiable', () => {
  const dirs: Array<{ remove: () => void }> = [];
  const dataDir = () => {
    const dir = tempDir('credit-ledger-keys-');
    dirs.push(dir);
    return dir.path;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

  it('creates the key file once (mode 0600) and lists its public key as current', () => {
    const dir = dataDir();
    const first = resolveLedgerSigningKey({ dataDir: dir, now: DAY_1 });
    const again = resolveLedgerSigningKey({ dataDir: dir, now: DAY_2 });
    expect(again.keyId).toBe(first.keyId);
    expect(statSync(ledgerKeyFile(dir)).mode & 0o777).toBe(0o600);
    expect(publishedKeys(dir)).toEqual({ keys: [{ keyId: first.keyId, algorithm: 'Ed25519', publicKeyPem: first.publicKeyPem, from: DAY_1, until: null }] });
  });

  it('takes a configured PEM and writes no key file', () => {
    const dir = dataDir();
    const pem = fixedKeyPem(RFC8032_SEEDS.test1);
    const key = resolveLedgerSigningKey({ dataDir: dir, configuredPem: pem, configuredName: 'LEDGER_SIGNING_KEY', now: DAY_1 });
    expect(existsSync(ledgerKeyFile(dir))).toBe(false);
    expect(publishedKeys(dir).keys.map((entry) => entry.keyId)).toEqual([key.keyId]);
  });

  it.each([
    ['not a PEM', 'hello', 'must be a PEM private key'],
    ['an X25519 key', fixedKeyPem(RFC8032_SEEDS.test1, 'x25519'), 'must be an Ed25519 key'],
  ])('refuses a configured key that is %s, naming the setting', (_case, pem, rule) => {
    expect(() => resolveLedgerSigningKey({ dataDir: dataDir(), configuredPem: pem, configuredName: 'LEDGER_SIGNING_KEY', now: DAY_1 }))
      .toThrow(`LEDGER_SIGNING_KEY: ${rule}`);
  });

  it('rotation: a head signed with the old key still verifies with the published list; the new key signs from then on', () => {
    const dir = dataDir();
    const old = resolveLedgerSigningKey({ dataDir: dir, now: DAY_1 });
    const oldHead = signTreeHead({ treeSize: 10, rootHash: ROOT, timestamp: '2026-12-01T12:00:00.000+08:00' }, old);
    const current = rotateLedgerKeyFile(dir, DAY_2);
    const newHead = signTreeHead({ treeSize: 11, rootHash: ROOT, timestamp: DAY_3 }, current);

    const list = publishedKeys(dir);
    expect(list.keys.map(({ keyId, from, until }) => ({ keyId, from, until }))).toEqual([
      { keyId: old.keyId, from: DAY_1, until: DAY_2 },
      { keyId: current.keyId, from: DAY_2, until: null },
    ]);
    expect(verifyTreeHead(oldHead, list).ok).toBe(true);
    expect(verifyTreeHead(newHead, list).ok).toBe(true);
    // The retired private key is destroyed: kept, it could sign backdated heads inside its validity.
    expect(readdirSync(join(dir, 'keys')).filter((name) => name.endsWith('.pem'))).toEqual(['ledger-ed25519.pem']);
  });

  it('rotation: the old key cannot sign a head dated after it was retired', () => {
    const dir = dataDir();
    const old = resolveLedgerSigningKey({ dataDir: dir, now: DAY_1 });
    rotateLedgerKeyFile(dir, DAY_2);
    const late = signTreeHead({ treeSize: 12, rootHash: ROOT, timestamp: DAY_3 }, old);
    expect(verifyTreeHead(late, publishedKeys(dir))).toMatchObject({ ok: false, code: 'outside-key-validity' });
  });

  it('a changed configured key retires the previous one in the list', () => {
    const dir = dataDir();
    const first = resolveLedgerSigningKey({ dataDir: dir, configuredPem: fixedKeyPem(RFC8032_SEEDS.test1), now: DAY_1 });
    const second = resolveLedgerSigningKey({ dataDir: dir, configuredPem: fixedKeyPem(RFC8032_SEEDS.test2), now: DAY_2 });
    expect(publishedKeys(dir).keys.map(({ keyId, until }) => [keyId, until])).toEqual([[first.keyId, DAY_2], [second.keyId, null]]);
    expect(JSON.parse(readFileSync(join(dir, 'keys', 'ledger-public-keys.json'), 'utf8'))).toEqual(publishedKeys(dir));
  });

  it('a retired key configured again is refused: it never signs again', () => {
    const dir = dataDir();
    const pemA = fixedKeyPem(RFC8032_SEEDS.test1);
    const pemB = fixedKeyPem(RFC8032_SEEDS.test2);
    resolveLedgerSigningKey({ dataDir: dir, configuredPem: pemA, now: DAY_1 });
    resolveLedgerSigningKey({ dataDir: dir, configuredPem: pemB, now: DAY_2 });
    expect(() => resolveLedgerSigningKey({ dataDir: dir, configuredPem: pemA, now: DAY_3 })).toThrow('was retired');
  });
});
