import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A natural person's subject id: a keyed hash (HMAC-SHA256) of the normalised identity number, so
 * the same person always gets the same id, and the id reveals nothing without the server's key.
 * The key must never change once ids exist: it is created once in the data directory.
 */
export class Pseudonymizer {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('the pseudonym key must be at least 32 bytes');
  }

  subjectIdFor(normalisedIdentityNumber: string): string {
    const digest = createHmac('sha256', this.key).update(`resident-id:${normalisedIdentityNumber}`, 'utf8').digest('hex');
    return `P${digest.slice(0, 32).toUpperCase()}`;
  }

  /** PSEUDONYM_KEY (hex) if configured, else the key file in the data directory, created on first start (mode 0600). */
  static fromConfig(keyFile: string, hexFromEnv?: string): Pseudonymizer {
    if (hexFromEnv) return new Pseudonymizer(Buffer.from(hexFromEnv, 'hex'));
    if (!existsSync(keyFile)) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    return new Pseudonymizer(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex'));
  }
}

export const PSEUDONYMIZER = Symbol('Pseudonymizer');
