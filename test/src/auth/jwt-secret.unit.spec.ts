import { describe, it, expect, afterEach } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { jwtSecretFile, resolveJwtSecret } from '../../../src/auth/jwt-secret.js';
import { tempDir } from '../../support/temp-dir.js';

const NONE = { jwtSecret: undefined, jwksUrl: undefined, issuer: undefined, audience: undefined };

describe('the HS256 secret', () => {
  const dirs: { remove: () => void }[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

  it('is JWT_SECRET when configured (no file is written)', () => {
    const dir = tempDir('jwt-secret-');
    dirs.push(dir);
    expect(Buffer.from(resolveJwtSecret({ ...NONE, jwtSecret: 'x'.repeat(32) }, dir.path)).toString()).toBe('x'.repeat(32));
    expect(() => statSync(jwtSecretFile(dir.path))).toThrow();
  });

  it('otherwise is created once in DATA_DIR/keys/jwt.secret (mode 0600) and reused', () => {
    const dir = tempDir('jwt-secret-');
    dirs.push(dir);
    const first = resolveJwtSecret(NONE, dir.path);
    expect(first.length).toBe(64);
    expect(statSync(jwtSecretFile(dir.path)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(resolveJwtSecret(NONE, dir.path))).toEqual(Buffer.from(first));
    expect(readFileSync(jwtSecretFile(dir.path), 'utf8')).toBe(Buffer.from(first).toString());
  });
});
