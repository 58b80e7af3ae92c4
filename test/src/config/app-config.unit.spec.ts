import { describe, it, expect } from '@jest/globals';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/app-config.js';

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
