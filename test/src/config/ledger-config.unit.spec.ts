import { describe, it, expect } from '@jest/globals';
import { loadConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/config-error.js';

describe('configuration of the ledger: who keeps the Merkle tree (issue 13, both engines)', () => {
  it('defaults to the engine (the SQLite store in its appends; the service where the engine keeps none)', () => {
    expect(loadConfig({})).toMatchObject({ ledgerKeptBy: 'engine' });
  });

  it('reads LEDGER_KEPT_BY=service: the service follows the log into the view store on any engine', () => {
    expect(loadConfig({ LEDGER_KEPT_BY: 'service' })).toMatchObject({ ledgerKeptBy: 'service' });
  });

  it('refuses another value with an error naming the variable', () => {
    expect(() => loadConfig({ LEDGER_KEPT_BY: 'nobody' })).toThrow(ConfigError);
    expect(() => loadConfig({ LEDGER_KEPT_BY: 'nobody' })).toThrow('configuration LEDGER_KEPT_BY');
  });
});
