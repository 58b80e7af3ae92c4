import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir.js';
import { OTHER_SUBJECT_ID, runCli, SUBJECT_ID } from './cli-fixture.js';
import { rebuildTree, rehashStream, signedDataDir, tamper } from './ledger-tamper.js';

const SUBJECT = `subject-${SUBJECT_ID}`;
const OTHER = `subject-${OTHER_SUBJECT_ID}`;

/**
 * The tamper cases of issue 13 through `cli verify` (whole log): each was invisible to the per-stream
 * chain alone and is now named with its position (and its stream wherever the log still shows it).
 * The log: 1 S r0, 2 O r0, 3 S r1, 4 S r2, 5 O r1, heads signed at sizes 2, 4 and 5.
 */
describe('cli verify checks the Merkle tree of the whole log (issue 13)', () => {
  const dir = tempDir('credit-ledger-cli-verify-ledger-');
  const data = join(dir.path, 'data');
  const copyOf = (name: string) => {
    const copy = join(dir.path, name);
    cpSync(data, copy, { recursive: true });
    return copy;
  };
  beforeAll(() => signedDataDir(data));
  afterAll(() => dir.remove());

  it('passes an untouched log: chain, every leaf, the size and the latest signed head', async () => {
    const run = await runCli(data, ['verify']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('OK: hash chain of the log is intact (5 events in 2 stream(s)); its Merkle tree matches every event and the latest signed head');
  });

  it('an event changed and its stream re-hashed: leaf-mismatch at that stream, revision and position', async () => {
    const copy = copyOf('rehashed');
    tamper(copy, (db) => {
      db.prepare("UPDATE events SET data = json_set(data, '$.breachClass', 'minor') WHERE stream = ? AND revision = 1").run(SUBJECT);
      rehashStream(db, SUBJECT);
    });
    expect((await runCli(copy, ['verify', SUBJECT])).code).toBe(0); // the stream's chain alone is fooled
    const run = await runCli(copy, ['verify']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`BROKEN: Merkle tree of the log breaks at stream ${SUBJECT} revision 1 (position 3): leaf-mismatch`);
    const json = await runCli(copy, ['verify', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, checkedEvents: 5, checkedStreams: 2, firstBroken: { stream: SUBJECT, revision: 1, position: 3, reason: 'leaf-mismatch' } });
  });

  it('the newest event of the log deleted and its stream head fixed: tree-size-mismatch at the missing position', async () => {
    const copy = copyOf('tail');
    tamper(copy, (db) => {
      db.exec('DELETE FROM events WHERE position = 5');
      rehashStream(db, OTHER);
    });
    const run = await runCli(copy, ['verify']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BROKEN: Merkle tree of the log breaks at position 5 (its stream cannot be told: the event is gone): tree-size-mismatch');
  });

  it('a deletion in the middle of the log is reported at the stream whose revisions have the hole, not at the next event\'s stream', async () => {
    const copy = copyOf('middle');
    // Position 2 is the other subject's revision 0; position 3, the next event, is the subject's.
    tamper(copy, (db) => db.exec('DELETE FROM events WHERE position = 2'));
    const run = await runCli(copy, ['verify', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).firstBroken).toEqual({ stream: OTHER, revision: 0, position: 2, reason: 'position-gap' });
    const text = await runCli(copy, ['verify']);
    expect(text.stdout).toContain(`BROKEN: hash chain of the log breaks at stream ${OTHER} revision 0 (position 2): position-gap`);
  });

  it('a stream\'s newest event deleted in the middle of the log and its head fixed: position-gap at that position', async () => {
    const copy = copyOf('middle-newest');
    tamper(copy, (db) => {
      db.exec('DELETE FROM events WHERE position = 4');
      rehashStream(db, SUBJECT);
    });
    const run = await runCli(copy, ['verify', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).firstBroken).toEqual({ stream: '', revision: -1, position: 4, reason: 'position-gap' });
  });

  it('the log and its tree rewritten together, without a new signature: the root differs from the latest signed head', async () => {
    const copy = copyOf('tree-rewritten');
    tamper(copy, (db) => {
      db.prepare("UPDATE events SET data = json_set(data, '$.breachClass', 'minor') WHERE stream = ? AND revision = 1").run(SUBJECT);
      rehashStream(db, SUBJECT);
      rebuildTree(db);
    });
    const run = await runCli(copy, ['verify']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BROKEN: Merkle tree of the log breaks at the latest signed head (the root of the events as they are is not the root it signed: the log was rewritten): signed-head-mismatch');
  });
});
