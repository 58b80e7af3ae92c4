import { describe, it, expect } from '@jest/globals';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError, ConfigErrors } from '../../../src/config/config-error.js';

describe('configuration from the environment, validated at start-up', () => {
  it('has zero-set-up defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: resolve('./data'), sqliteSynchronous: 'FULL', sqliteWriterThread: true, projectionBatchSize: 2000, projectionThread: true, readyMaxLag: 1000, pseudonymKeyHex: undefined });
    expect(config.calendarDirs).toEqual([resolve('./data/calendar')]);
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['SQLITE_SYNCHRONOUS', 'OFF'],
    ['PROJECTION_BATCH_SIZE', '0'],
    ['READY_MAX_LAG', '-1'],
    ['PSEUDONYM_KEY', 'abc'],
  ])('refuses %s=%s with an error naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(`configuration ${variable}:`);
  });

  it('reads every variable', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/var/lib/ledger', SQLITE_SYNCHRONOUS: 'NORMAL', CALENDAR_DIRS: '/etc/cal:/opt/cal', PSEUDONYM_KEY: 'ab'.repeat(32) });
    expect(config).toMatchObject({ port: 8080, dataDir: '/var/lib/ledger', sqliteSynchronous: 'NORMAL', pseudonymKeyHex: 'ab'.repeat(32) });
    expect(config.calendarDirs).toEqual(['/var/lib/ledger/calendar', '/etc/cal', '/opt/cal']);
  });
});

describe('several bad variables (issue 11: every one reported at once)', () => {
  it('lists each bad variable on its own line, in one ConfigError', () => {
    const load = () => loadConfig({ PORT: 'eighty', SQLITE_SYNCHRONOUS: 'sometimes', EVENT_STORE_ENGINE: 'oracle', CORS_ORIGINS: '*' });
    expect(load).toThrow(ConfigErrors);
    const message = (() => { try { load(); } catch (error) { return (error as Error).message; } return ''; })();
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^configuration EVENT_STORE_ENGINE: must be one of/),
      expect.stringMatching(/^configuration PORT: must be an integer/),
      expect.stringMatching(/^configuration SQLITE_SYNCHRONOUS: must be one of FULL, NORMAL/),
      expect.stringMatching(/^configuration CORS_ORIGINS: must be comma-separated origins/),
    ]);
  });

  it('one bad variable is still a plain ConfigError naming it', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/^configuration PORT: must be an integer from 0 to 65535, got "70000"$/);
  });
});
