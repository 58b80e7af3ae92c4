import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { tempDir } from '../../support/temp-dir.js';
import { RECORDED, runCli, seedDataDir, SUBJECT_ID } from './cli-fixture.js';

describe('cli replay (auditor time-travel)', () => {
  const dir = tempDir('credit-ledger-cli-replay-');
  beforeAll(() => seedDataDir(dir.path));
  afterAll(() => dir.remove());

  it('folds the whole stream and prints the state as JSON', async () => {
    const run = await runCli(dir.path, ['replay', SUBJECT_ID]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ subjectId: SUBJECT_ID, stream: `subject-${SUBJECT_ID}`, asOf: null, revision: 2, position: 4, recordedAt: RECORDED.commitment });
    expect(printed.state.registration).toMatchObject({ subjectId: SUBJECT_ID, kind: 'organisation' });
    expect(Object.keys(printed.state.breaches)).toEqual(['BR-1']);
    expect(Object.keys(printed.state.commitments)).toEqual(['CM-1']);
  });

  it('A9: --as-of gives the state as it stood then — the breach recorded, the later commitment (A6) not yet', async () => {
    const run = await runCli(dir.path, ['replay', SUBJECT_ID, '--as-of', '2026-01-20T00:00:00+08:00']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ asOf: '2026-01-20T00:00:00+08:00', revision: 1, recordedAt: RECORDED.breach });
    expect(Object.keys(printed.state.breaches)).toEqual(['BR-1']);
    expect(printed.state.commitments).toEqual({});
  });

  it('exits 1 when the subject had no events at that instant', async () => {
    const run = await runCli(dir.path, ['replay', SUBJECT_ID, '--as-of', '2026-01-01T00:00:00+08:00']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SUBJECT_NOT_FOUND');
    expect(run.stdout).toBe('');
  });

  it('exits 2 with the usage text for an --as-of that is not an instant with an offset', async () => {
    const run = await runCli(dir.path, ['replay', SUBJECT_ID, '--as-of', '2026-01-20']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of "2026-01-20" is not an ISO instant');
    expect(run.stderr).toContain('usage: npm run cli');
  });

  it('exits 2 without a subject id', async () => {
    const run = await runCli(dir.path, ['replay']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('replay: missing argument');
  });
});

describe('cli export', () => {
  const dir = tempDir('credit-ledger-cli-export-');
  beforeAll(() => seedDataDir(dir.path));
  afterAll(() => dir.remove());

  it('writes every event of the subject as one JSON line with its metadata, in revision order', async () => {
    const run = await runCli(dir.path, ['export', SUBJECT_ID]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((e) => [e.revision, e.position, e.type])).toEqual([
      [0, 1, 'SubjectRegistered'], [1, 3, 'BreachRecorded'], [2, 4, 'CommitmentMade'],
    ]);
    for (const event of lines) {
      expect(event).toMatchObject({ stream: `subject-${SUBJECT_ID}`, schemaVersion: 1 });
      expect(event.metadata).toMatchObject({ actor: { kind: 'department', id: 'officer-7' }, commandType: 'TestCommand' });
      expect(event.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(lines.map((e) => e.metadata.recordedAt)).toEqual([RECORDED.registered, RECORDED.breach, RECORDED.commitment]);
    // The lines chain: each event's prevHash is the previous event's hash.
    expect(lines[1].metadata.prevHash).toBe(lines[0].metadata.hash);
    expect(lines[2].metadata.prevHash).toBe(lines[1].metadata.hash);
    expect(run.stderr).toContain(`exported 3 events of subject-${SUBJECT_ID}`);
    expect(run.stderr).toContain('verified intact');
  });

  it('exits 1 for a subject without events', async () => {
    const run = await runCli(dir.path, ['export', 'NOBODY']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SUBJECT_NOT_FOUND');
  });

  it('exits 2 on an extra argument', async () => {
    const run = await runCli(dir.path, ['export', SUBJECT_ID, 'more']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('export: unexpected argument "more"');
  });
});
