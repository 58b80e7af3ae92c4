import { describe, it, expect } from '@jest/globals';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { devTokenClaims, DevTokenRefused, mintDevToken } from '../../../src/auth/mint-token.js';

const SECRET = new TextEncoder().encode('x'.repeat(32));

describe('npm run token: development tokens', () => {
  it('names the role and the id claim the role needs', () => {
    expect(devTokenClaims({ role: 'department', department: 'ks-drc' })).toEqual({ sub: 'department-dev', role: 'department', department: 'ks-drc' });
    expect(devTokenClaims({ role: 'subject', subject: '91320583722291823U' })).toEqual({ sub: '91320583722291823U', role: 'subject', subject: '91320583722291823U' });
    expect(devTokenClaims({ role: 'auditor', sub: 'auditor-1' })).toEqual({ sub: 'auditor-1', role: 'auditor' });
  });

  it.each([
    [{ role: 'department' }],
    [{ role: 'subject' }],
    [{ role: 'agency' }],
    [{ role: 'bank' }],
    [{ role: 'system' }],
    [{ role: 'auditor', ttl: 'forever' }],
    [{ role: 'department', department: 'ks drc' }],
  ])('refuses %j', (request) => {
    expect(() => devTokenClaims(request as never)).toThrow(DevTokenRefused);
  });

  it('signs HS256 with an expiry (8 hours unless --ttl)', async () => {
    const token = await mintDevToken(SECRET, { role: 'auditor', ttl: '30m' });
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(1800);
    const defaults = decodeJwt(await mintDevToken(SECRET, { role: 'auditor' }));
    expect(defaults.exp! - defaults.iat!).toBe(8 * 3600);
  });
});
