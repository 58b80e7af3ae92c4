import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { AuthConfig } from '../../../src/config/auth-config.js';
import { mintDevToken } from '../../../src/auth/mint-token.js';
import { AuthenticationFailed, IdentityProviderUnavailable, TokenVerifier } from '../../../src/auth/token-verifier.js';
import { claimsFor, signTestToken, TEST_JWT_SECRET } from '../../support/actors.js';

const NONE: AuthConfig = { jwtSecret: TEST_JWT_SECRET, jwksUrl: undefined, issuer: undefined, audience: undefined };
const SECRET = new TextEncoder().encode(TEST_JWT_SECRET);
const hs256 = (config: Partial<AuthConfig> = {}) => new TokenVerifier({ ...NONE, ...config }, () => SECRET);

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AuthenticationFailed);
  return (error as AuthenticationFailed).reason;
}

describe('bearer token verification: HS256 (embedded default)', () => {
  it('a token minted by `npm run token` verifies to its acting user', async () => {
    const token = await mintDevToken(SECRET, { role: 'department', department: 'ks-drc', sub: 'officer-7' });
    await expect(hs256().verify(token)).resolves.toEqual({ kind: 'department', id: 'officer-7', department: 'ks-drc' });
  });

  it('refuses an expired token, a bad signature, a missing exp and an alg other than HS256', async () => {
    expect(await reason(hs256().verify(signTestToken({ ...claimsFor('auditor', 'a'), iat: 1_767_225_600, exp: 1_767_229_200 })))).toBe('expired');
    expect(await reason(hs256().verify(signTestToken(claimsFor('auditor', 'a'), 'another-secret-that-is-32-bytes-long!')))).toBe('bad signature');
    expect(await reason(hs256().verify(signTestToken({ sub: 'a', role: 'auditor' })))).toMatch(/exp/);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claimsFor('auditor', 'a'))).toString('base64url')}.`;
    expect(await reason(hs256().verify(none))).toBeDefined();
  });

  it('checks iss and aud when configured', async () => {
    const token = await mintDevToken(SECRET, { role: 'auditor' }, { issuer: 'ks-idp', audience: 'credit-ledger' });
    await expect(hs256({ issuer: 'ks-idp', audience: 'credit-ledger' }).verify(token)).resolves.toMatchObject({ kind: 'auditor' });
    expect(await reason(hs256({ issuer: 'other-idp' }).verify(token))).toMatch(/iss/);
    expect(await reason(hs256({ audience: 'other-app' }).verify(token))).toMatch(/aud/);
  });
});

describe('bearer token verification: RS256 via the identity provider\'s JWKS (production)', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'ks-idp-1', alg: 'RS256', use: 'sig' };
    server = createServer((_request, response) => response.setHeader('Content-Type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  const rs256 = () => new TokenVerifier({ jwtSecret: undefined, jwksUrl, issuer: 'ks-idp', audience: 'credit-ledger' }, () => { throw new Error('no secret in JWKS mode'); });
  const idpToken = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'ks-idp-1' }).setIssuer('ks-idp').setAudience('credit-ledger').setIssuedAt().setExpirationTime('5m').sign(privateKey);

  it('a token signed by the identity provider verifies to its acting user', async () => {
    const token = await idpToken({ sub: 'officer-7', role: 'department', department: 'ks-drc' });
    await expect(rs256().verify(token)).resolves.toEqual({ kind: 'department', id: 'officer-7', department: 'ks-drc' });
  });

  it('an HS256 development token is refused once JWT_JWKS_URL is set', async () => {
    expect(await reason(rs256().verify(await mintDevToken(SECRET, { role: 'auditor' }, { issuer: 'ks-idp', audience: 'credit-ledger' })))).toBe('algorithm not allowed');
  });

  it('an unreachable key set is 503-worthy, not a refusal of the token', async () => {
    const verifier = new TokenVerifier({ jwtSecret: undefined, jwksUrl: 'http://127.0.0.1:9/jwks.json', issuer: undefined, audience: undefined }, () => new Uint8Array());
    await expect(verifier.verify(await idpToken({ sub: 'a', role: 'auditor' }))).rejects.toBeInstanceOf(IdentityProviderUnavailable);
  });
});
