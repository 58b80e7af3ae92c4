import { describe, it, expect } from '@jest/globals';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/config-error.js';

describe('configuration of the log: LOG_LEVEL and LOG_FORMAT (issue 11)', () => {
  it('defaults: level info, format chosen by the terminal (undefined here)', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', logFormat: undefined });
  });

  it('reads LOG_LEVEL (pino levels, silent included) and LOG_FORMAT json or pretty', () => {
    expect(loadConfig({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' })).toMatchObject({ logLevel: 'debug', logFormat: 'json' });
    expect(loadConfig({ LOG_LEVEL: 'silent', LOG_FORMAT: 'pretty' })).toMatchObject({ logLevel: 'silent', logFormat: 'pretty' });
  });

  it.each([
    ['LOG_LEVEL', 'verbose', 'must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
    ['LOG_FORMAT', 'text', 'must be one of json, pretty, got "text"'],
  ])('refuses %s=%s naming the variable and the rule', (variable, value, rule) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new ConfigError(variable, rule));
  });
});
