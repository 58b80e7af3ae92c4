import { describe, it, expect } from '@jest/globals';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/config-error.js';

describe('configuration of the command path: snapshots and the state cache', () => {
  it('defaults: a snapshot every 500 events, states of up to 200,000 events cached', () => {
    expect(loadConfig({})).toMatchObject({ snapshotEvery: 500, stateCacheEvents: 200_000 });
  });

  it('reads SNAPSHOT_EVERY and STATE_CACHE_EVENTS; 0 turns either off', () => {
    expect(loadConfig({ SNAPSHOT_EVERY: '1000', STATE_CACHE_EVENTS: '5000000' })).toMatchObject({ snapshotEvery: 1000, stateCacheEvents: 5_000_000 });
    expect(loadConfig({ SNAPSHOT_EVERY: '0', STATE_CACHE_EVENTS: '0' })).toMatchObject({ snapshotEvery: 0, stateCacheEvents: 0 });
  });

  it.each([
    ['SNAPSHOT_EVERY', 'often'],
    ['SNAPSHOT_EVERY', '-1'],
    ['SNAPSHOT_EVERY', '1000001'],
    ['STATE_CACHE_EVENTS', '1.5'],
    ['STATE_CACHE_EVENTS', '100000001'],
  ])('refuses %s=%s with an error naming the variable and the rule', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(`configuration ${variable}: must be an integer from 0 to`);
  });
});
