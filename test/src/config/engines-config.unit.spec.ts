import { describe, it, expect } from '@jest/globals';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/config-error.js';

const ESDB = 'esdb://localhost:2113?tls=false';
const MONGO = 'mongodb://localhost:27017/?replicaSet=rs0';

describe('storage engines in the configuration', () => {
  it('defaults to the embedded SQLite engines', () => {
    expect(loadConfig({})).toMatchObject({ eventStoreEngine: 'sqlite', viewStoreEngine: 'sqlite' });
  });

  it('reads the server engines with their URLs', () => {
    const config = loadConfig({ EVENT_STORE_ENGINE: 'eventstoredb', EVENTSTORE_URL: ESDB, VIEW_STORE_ENGINE: 'mongodb', MONGODB_URL: MONGO });
    expect(config).toMatchObject({ eventStoreEngine: 'eventstoredb', eventStoreUrl: ESDB, viewStoreEngine: 'mongodb', mongodbUrl: MONGO });
  });

  it('keeps SQLite when only a URL is set (the URL alone serves the contract suites, it does not switch engines)', () => {
    expect(loadConfig({ EVENTSTORE_URL: ESDB, MONGODB_URL: MONGO })).toMatchObject({ eventStoreEngine: 'sqlite', viewStoreEngine: 'sqlite' });
  });

  it.each([
    ['EVENT_STORE_ENGINE', 'postgres'],
    ['EVENT_STORE_ENGINE', 'EventStoreDB'],
    ['VIEW_STORE_ENGINE', 'mongo'],
  ])('refuses %s=%s naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(`configuration ${variable}:`);
  });

  it.each([
    ['EVENT_STORE_ENGINE', 'eventstoredb', 'EVENTSTORE_URL'],
    ['VIEW_STORE_ENGINE', 'mongodb', 'MONGODB_URL'],
  ])('refuses %s=%s without %s, naming both variables', (engineVariable, engine, urlVariable) => {
    let error: unknown;
    try {
      loadConfig({ [engineVariable]: engine });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(urlVariable);
    expect((error as ConfigError).message).toContain(urlVariable);
    expect((error as ConfigError).message).toContain(`${engineVariable}=${engine}`);
  });

  it('uses MongoDB transactions unless MONGODB_TRANSACTIONS=false, and refuses anything else naming the variable', () => {
    expect(loadConfig({}).mongodbTransactions).toBe(true);
    expect(loadConfig({ MONGODB_TRANSACTIONS: 'true' }).mongodbTransactions).toBe(true);
    expect(loadConfig({ MONGODB_TRANSACTIONS: 'false' }).mongodbTransactions).toBe(false);
    expect(() => loadConfig({ MONGODB_TRANSACTIONS: 'no' })).toThrow(ConfigError);
    expect(() => loadConfig({ MONGODB_TRANSACTIONS: 'no' })).toThrow('configuration MONGODB_TRANSACTIONS:');
  });
});
