import { createPrivateKey } from 'node:crypto';

/** PKCS#8 DER of an Ed25519 / X25519 private key: this prefix, then the 32-byte seed (RFC 8410). */
const PKCS8_PREFIX = { ed25519: '302e020100300506032b657004220420', x25519: '302e020100300506032b656e04220420' } as const;

/** The secret keys of RFC 8032 §7.1 TEST 1–3: fixed Ed25519 keys whose public keys and signatures are published. */
export const RFC8032_SEEDS = {
  test1: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  test2: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
  test3: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
} as const;

/** A fixed private key as a PKCS#8 PEM (what LEDGER_SIGNING_KEY holds): test data, never random. */
export function fixedKeyPem(seedHex: string, kind: keyof typeof PKCS8_PREFIX = 'ed25519'): string {
  const der = Buffer.from(`${PKCS8_PREFIX[kind]}${seedHex}`, 'hex');
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({ type: 'pkcs8', format: 'pem' }).toString();
}
