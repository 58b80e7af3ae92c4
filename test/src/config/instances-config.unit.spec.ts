import { describe, it, expect } from '@jest/globals';
import { hostname } from 'node:os';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/config-error.js';

describe('several instances: INSTANCES, INSTANCE_ID, LEASE_TTL_MS, LEASE_RENEW_MS, MONGODB_MAX_TIME_MS (issue 14)', () => {
  it('defaults to one exclusive instance named host:pid, 15 s leases renewed every 3 s, 10 s MongoDB reads', () => {
    expect(loadConfig({})).toMatchObject({ instances: 'exclusive', instanceId: `${hostname()}:${process.pid}`, leaseTtlMs: 15_000, leaseRenewMs: 3000, mongodbMaxTimeMs: 10_000 });
  });

  it('reads each variable', () => {
    const env = { INSTANCES: 'shared', INSTANCE_ID: 'app-2', LEASE_TTL_MS: '6000', LEASE_RENEW_MS: '3000', MONGODB_MAX_TIME_MS: '2500' };
    expect(loadConfig(env)).toMatchObject({ instances: 'shared', instanceId: 'app-2', leaseTtlMs: 6000, leaseRenewMs: 3000, mongodbMaxTimeMs: 2500 });
  });

  it('refuses an unknown mode, and a renewal interval over half the TTL (a lease must survive one missed renewal), naming the variable', () => {
    expect(() => loadConfig({ INSTANCES: 'many' })).toThrow(new ConfigError('INSTANCES', 'must be one of exclusive, shared, got "many"'));
    expect(() => loadConfig({ LEASE_TTL_MS: '4000', LEASE_RENEW_MS: '2500' })).toThrow(/configuration LEASE_RENEW_MS: must be at most half of LEASE_TTL_MS \(4000\), got 2500/);
    expect(() => loadConfig({ LEASE_TTL_MS: '999' })).toThrow(/configuration LEASE_TTL_MS: must be an integer from 1000 to 600000/);
  });
});

describe('several instances on MongoDB views need transactions (issue 14)', () => {
  const mongo = { VIEW_STORE_ENGINE: 'mongodb', MONGODB_URL: 'mongodb://db:27017/credit' };

  it('refuses MONGODB_TRANSACTIONS=false with INSTANCES=shared at start, naming both variables (the fence would not be atomic with the writes)', () => {
    const refused = () => loadConfig({ ...mongo, MONGODB_TRANSACTIONS: 'false', INSTANCES: 'shared' });
    expect(refused).toThrow(ConfigError);
    expect(refused).toThrow(/^configuration MONGODB_TRANSACTIONS: must be true when INSTANCES=shared on VIEW_STORE_ENGINE=mongodb/);
  });

  it('accepts it for one exclusive instance, and transactions with shared instances', () => {
    expect(loadConfig({ ...mongo, MONGODB_TRANSACTIONS: 'false' })).toMatchObject({ mongodbTransactions: false, instances: 'exclusive' });
    expect(loadConfig({ ...mongo, INSTANCES: 'shared' })).toMatchObject({ mongodbTransactions: true, instances: 'shared' });
    expect(loadConfig({ MONGODB_TRANSACTIONS: 'false', INSTANCES: 'shared' })).toMatchObject({ viewStoreEngine: 'sqlite', instances: 'shared' });
  });
});
