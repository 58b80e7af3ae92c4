import { describe, it, expect } from '@jest/globals';
import { loadAuthConfig } from '../../../src/config/auth-config.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError, ConfigErrors } from '../../../src/config/config-error.js';

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

  describe('with JWT_JWKS_URL (production identity provider)', () => {
    const JWKS = 'https://idp.example.gov.cn/.well-known/jwks.json';

    it.each([
      [{ JWT_ISSUER: 'https://idp.example.gov.cn' }, 'JWT_AUDIENCE'],
      [{ JWT_AUDIENCE: 'credit-ledger' }, 'JWT_ISSUER'],
      [{}, 'JWT_ISSUER, JWT_AUDIENCE'],
    ])('refuses to start without the issuer and audience pinned (%o → names %s)', (pinned, missing) => {
      const env = { JWT_JWKS_URL: JWKS, ...pinned };
      expect(() => loadAuthConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(`configuration ${missing}: is required when JWT_JWKS_URL is set`);
      try {
        loadAuthConfig(env);
      } catch (error) {
        expect((error as ConfigError).variable).toBe(missing);
      }
    });

    it('starts with both set; without JWT_JWKS_URL neither is required', () => {
      expect(loadAuthConfig({ JWT_JWKS_URL: JWKS, JWT_ISSUER: 'ks-idp', JWT_AUDIENCE: 'credit-ledger' })).toMatchObject({ jwksUrl: JWKS, issuer: 'ks-idp', audience: 'credit-ledger' });
      expect(loadAuthConfig({ JWT_SECRET: 's'.repeat(32) })).toMatchObject({ issuer: undefined, audience: undefined });
    });
  });

  describe('several bad authentication variables (issue 11: every one reported at once)', () => {
    const thrownBy = (load: () => unknown): ConfigError => {
      try {
        load();
      } catch (error) {
        return error as ConfigError;
      }
      throw new Error('expected a ConfigError');
    };

    it('loadAuthConfig reports each bad variable in one ConfigErrors', () => {
      const load = () => loadAuthConfig({ JWT_SECRET: 'short-secret', JWT_JWKS_URL: 'ftp://x' });
      expect(load).toThrow(ConfigErrors);
      expect((thrownBy(load) as ConfigErrors).problems.map((problem) => problem.variable)).toEqual(['JWT_SECRET', 'JWT_JWKS_URL', 'JWT_ISSUER, JWT_AUDIENCE']);
    });

    it('loadConfig lists a short JWT_SECRET, JWT_JWKS_URL=ftp://x and a bad PORT, one line each', () => {
      const load = () => loadConfig({ PORT: 'eighty', JWT_SECRET: 'short-secret', JWT_JWKS_URL: 'ftp://x', JWT_ISSUER: 'ks-idp', JWT_AUDIENCE: 'credit-ledger' });
      expect(load).toThrow(ConfigErrors);
      expect(thrownBy(load).message.split('\n')).toEqual([
        expect.stringMatching(/^configuration PORT: must be an integer/),
        `configuration JWT_SECRET: must be at least 32 bytes`,
        expect.stringMatching(/^configuration JWT_JWKS_URL: must be an https:\/\//),
      ]);
    });
  });
});
