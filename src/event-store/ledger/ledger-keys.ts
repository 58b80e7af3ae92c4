import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keyIdOf, type HeadSigningKey, type PublishedKey, type PublishedKeyList } from './tree-head.js';

/** The ledger's Ed25519 signing key, with what the published list says about its public half. */
export interface LedgerSigningKey extends HeadSigningKey {
  readonly publicKey: KeyObject;
  readonly publicKeyPem: string;
}

export interface LedgerKeyOptions {
  readonly dataDir: string;
  /** A PKCS#8 PEM from configuration (e.g. LEDGER_SIGNING_KEY); when absent the key file in `dataDir/keys/` is used, created once. */
  readonly configuredPem?: string;
  /** Where `configuredPem` came from, for error messages. */
  readonly configuredName?: string;
  /** ISO instant of now: the `from` of a key seen for the first time, the `until` of the one it replaces. */
  readonly now: string;
}

export function ledgerKeyFile(dataDir: string): string {
  return join(dataDir, 'keys', 'ledger-ed25519.pem');
}

export function publishedKeysFile(dataDir: string): string {
  return join(dataDir, 'keys', 'ledger-public-keys.json');
}

/**
 * The signing key: the configured PEM if any, else the key file, created once on first use (mode 0600,
 * `wx` so two processes starting together agree on one key). The key is then made the current entry of
 * the published list: a key not listed yet retires the current one (its `until` = now), so every head
 * signed before a rotation stays verifiable with the list.
 */
export function resolveLedgerSigningKey(options: LedgerKeyOptions): LedgerSigningKey {
  const key = options.configuredPem !== undefined
    ? parseSigningKey(options.configuredPem, options.configuredName ?? 'the configured ledger signing key')
    : parseSigningKey(readOrCreateKeyFile(ledgerKeyFile(options.dataDir)), ledgerKeyFile(options.dataDir));
  publishAsCurrent(options.dataDir, key, options.now);
  return key;
}

/**
 * Rotation of the key file: a new key replaces it and the old private key is destroyed — kept, it
 * could sign heads with any timestamp inside its validity (backdated) — while its public half stays
 * in the published list until `now`, so the heads it signed stay verifiable.
 */
export function rotateLedgerKeyFile(dataDir: string, now: string): LedgerSigningKey {
  const file = ledgerKeyFile(dataDir);
  if (existsSync(file)) {
    parseSigningKey(readFileSync(file, 'utf8'), file); // a file that is not our key is refused, not deleted
    rmSync(file);
  }
  return resolveLedgerSigningKey({ dataDir, now });
}

/** The published list (`{ keys: [...] }`), oldest first; empty before the first key is resolved. */
export function publishedKeys(dataDir: string): PublishedKeyList {
  const file = publishedKeysFile(dataDir);
  if (!existsSync(file)) return { keys: [] };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as PublishedKeyList;
  if (!Array.isArray(parsed.keys)) throw new Error(`${file}: expected { "keys": [...] }`);
  return parsed;
}

/** A PKCS#8 PEM that must hold an Ed25519 private key; the error names `source` and the rule. */
export function parseSigningKey(pem: string, source: string): LedgerSigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new Error(`${source}: must be a PEM private key (PKCS#8, Ed25519)`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${source}: must be an Ed25519 key, not ${privateKey.asymmetricKeyType}`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), keyId: keyIdOf(publicKey) };
}

function readOrCreateKeyFile(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process created it first
    }
  }
  return readFileSync(file, 'utf8');
}

function publishAsCurrent(dataDir: string, key: LedgerSigningKey, now: string): void {
  const listed = publishedKeys(dataDir).keys;
  const entry = listed.find((candidate) => candidate.keyId === key.keyId);
  if (entry !== undefined && entry.until === null) return;
  if (entry !== undefined) throw new Error(`ledger key ${key.keyId} was retired at ${entry.until}: a retired key never signs again`);
  const retired = listed.map((old): PublishedKey => (old.until === null ? { ...old, until: now } : old));
  const current: PublishedKey = { keyId: key.keyId, algorithm: 'Ed25519', publicKeyPem: key.publicKeyPem, from: now, until: null };
  writeAtomically(publishedKeysFile(dataDir), `${JSON.stringify({ keys: [...retired, current] }, null, 2)}\n`);
}

/** Written beside and renamed over: a reader sees the old list or the new one, never half of one. */
function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o644 });
  renameSync(temporary, file);
}
