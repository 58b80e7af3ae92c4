import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MIN_SECRET_BYTES, type AuthConfig } from '../config/auth-config.js';

export function jwtSecretFile(dataDir: string): string {
  return join(dataDir, 'keys', 'jwt.secret');
}

/**
 * The HS256 secret: JWT_SECRET if configured, else the secret file in the data directory, created
 * once on first use (mode 0600) like the pseudonym key, so tokens minted by `npm run token` keep working.
 */
export function resolveJwtSecret(config: AuthConfig, dataDir: string): Uint8Array {
  if (config.jwtSecret !== undefined) return new TextEncoder().encode(config.jwtSecret);
  const file = jwtSecretFile(dataDir);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process created it first
    }
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) throw new Error(`${file}: the JWT secret must be at least ${MIN_SECRET_BYTES} bytes`);
  return new TextEncoder().encode(secret);
}
