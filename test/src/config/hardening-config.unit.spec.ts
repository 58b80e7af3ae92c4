import { describe, it, expect } from '@jest/globals';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/config-error.js';

/** Issue 5: hardening variables and secrets come from configuration only, validated at start-up. */
describe('hardening and secret configuration', () => {
  it('defaults: 120 public requests per minute per client, no CORS origin (same origin only)', () => {
    expect(loadConfig({})).toMatchObject({ publicRateLimitPerMinute: 120, corsOrigins: [], trustProxy: false });
  });

  it('TRUST_PROXY=true trusts X-Forwarded-For (behind a reverse proxy); false is the default', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('reads PUBLIC_RATE_LIMIT_PER_MINUTE and comma-separated CORS_ORIGINS', () => {
    const config = loadConfig({ PUBLIC_RATE_LIMIT_PER_MINUTE: '600', CORS_ORIGINS: 'https://credit.ks.gov.cn, http://localhost:5173' });
    expect(config).toMatchObject({ publicRateLimitPerMinute: 600, corsOrigins: ['https://credit.ks.gov.cn', 'http://localhost:5173'] });
  });

  it.each([
    ['PUBLIC_RATE_LIMIT_PER_MINUTE', '0'],
    ['PUBLIC_RATE_LIMIT_PER_MINUTE', 'many'],
    ['TRUST_PROXY', 'yes'],
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'https://credit.ks.gov.cn/app'],
    ['CORS_ORIGINS', 'credit.ks.gov.cn'],
    ['JWT_SECRET', 'shorter-than-32-bytes'],
    ['PSEUDONYM_KEY', 'ab'.repeat(31)],
    ['PSEUDONYM_KEY', 'zz'.repeat(32)],
  ])('refuses %s=%s at start-up with an error naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(`configuration ${variable}:`);
  });

  it('a refused secret is never echoed in the error', () => {
    const secret = 'shorter-than-32-bytes';
    expect(() => loadConfig({ JWT_SECRET: secret })).not.toThrow(secret);
    expect(() => loadConfig({ PSEUDONYM_KEY: 'ab'.repeat(31) })).not.toThrow('ab'.repeat(31));
  });
});
