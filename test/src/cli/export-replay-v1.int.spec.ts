import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { eventHash } from '../../../src/event-store/hash-chain.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { READ_AT_V2, schemasBeforeV2, storedV1Data } from '../../contract/v1-stored-events.js';
import { registered } from '../../domain/subject/fixture-events.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';
import { runCli, SUBJECT_ID } from './cli-fixture.js';

/** A log whose subject has a loan check stored at v1 (before the A26 flag), by the old write path. */
async function seedV1Log(dataDir: string): Promise<void> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite'), schemas: schemasBeforeV2() });
  try {
    await store.append({ stream: `subject-${SUBJECT_ID}`, events: [{ type: registered.type, data: registered.data as never }, { type: 'LoanCheckRecorded', data: storedV1Data('LoanCheckRecorded') }], expected: 'no_stream', metadata: testMetadata() });
  } finally {
    await store.close();
  }
}

describe('cli on a log with an event stored at v1', () => {
  const dir = tempDir('credit-ledger-cli-v1-');
  beforeAll(() => seedV1Log(dir.path));
  afterAll(() => dir.remove());

  it('export writes each event as stored, at the version it was written, so every line recomputes to its hash', async () => {
    const run = await runCli(dir.path, ['export', SUBJECT_ID]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[1]).toMatchObject({ type: 'LoanCheckRecorded', schemaVersion: 1, data: storedV1Data('LoanCheckRecorded') });
    for (const line of lines) expect(eventHash(line)).toBe(line.metadata.hash);
    expect(run.stderr).toContain('verified intact');
  });

  it('A26: replay folds the v1 loan check read at v2: not flagged for agency misconduct', async () => {
    const run = await runCli(dir.path, ['replay', SUBJECT_ID]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).state.loanChecks['LC-1']).toMatchObject({ loanCheckId: 'LC-1', agencyExitedForMisconduct: READ_AT_V2.LoanCheckRecorded!.agencyExitedForMisconduct });
  });

  it('verify checks the chain over the bytes as stored', async () => {
    const run = await runCli(dir.path, ['verify']);
    expect(run.code).toBe(0);
  });
});
