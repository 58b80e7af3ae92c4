import { describe, it, expect } from '@jest/globals';
import { loadAuthConfig } from '../../../src/auth/auth-config.js';
import { ConfigError, loadConfig } from '../../../src/config/app-config.js';

describe('authentication configuration, validated at start-up', () => {
  it('defaults to the embedded HS256 secret file (nothing configured)', () => {
    expect(loadConfig({}).auth).toEqual({ jwtSecret: undefined, jwksUrl: undefined, issuer: undefined, audience: undefined });
  });

  it('reads JWT_SECRET, JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE', () => {
    const env = { JWT_SECRET: 's'.repeat(32), JWT_JWKS_URL: 'https://idp.example.gov.cn/.well-known/jwks.json', JWT_ISSUER: 'https://idp.example.gov.cn', JWT_AUDIENCE: 'credit-ledger' };
    expect(loadAuthConfig(env)).toEqual({ jwtSecret: 's'.repeat(32), jwksUrl: env.JWT_JWKS_URL, issuer: env.JWT_ISSUER, audience: 'credit-ledger' });
  });

  it.each([
    ['JWT_SECRET', 'short-secret'],
    ['JWT_JWKS_URL', 'not a url'],
    ['JWT_JWKS_URL', 'ftp://idp.example/jwks'],
  ])('refuses %s=%s naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(`configuration ${variable}:`);
  });
});
