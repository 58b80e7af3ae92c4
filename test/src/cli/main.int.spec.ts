import { describe, it, expect, afterAll } from '@jest/globals';
import { tempDir } from '../../support/temp-dir.js';
import { runCli } from './cli-fixture.js';

describe('cli dispatcher', () => {
  const dir = tempDir('credit-ledger-cli-main-');
  afterAll(() => dir.remove());

  it('prints the usage text and exits 2 without a verb', async () => {
    const run = await runCli(dir.path, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: missing verb');
    expect(run.stderr).toContain('usage: npm run cli -- <verb>');
  });

  it('exits 2 for an unknown verb and for an unknown option', async () => {
    const unknownVerb = await runCli(dir.path, ['compact']);
    expect(unknownVerb.code).toBe(2);
    expect(unknownVerb.stderr).toContain('unknown verb "compact"');
    const unknownOption = await runCli(dir.path, ['verify', '--fast']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--fast'");
  });

  it('prints the usage text on stdout and exits 0 for help', async () => {
    const run = await runCli(dir.path, ['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('calendar load <file> [--force]');
  });

  it('exits 78 naming the variable when the configuration is bad, as the service does', async () => {
    const run = await runCli(dir.path, ['verify'], { PROJECTION_BATCH_SIZE: '0' });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('configuration PROJECTION_BATCH_SIZE');
  });
});
