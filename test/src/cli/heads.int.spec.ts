import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { Database } from 'better-sqlite3';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { HEADS_ARCHIVE_FORMAT } from '../../../src/event-store/ledger/heads-archive.js';
import { publishedKeys, resolveLedgerSigningKey } from '../../../src/event-store/ledger/ledger-keys.js';
import { signTreeHead } from '../../../src/event-store/ledger/tree-head.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { SqliteTree } from '../../../src/event-store/sqlite/tree-table.js';
import { breachRecorded } from '../../domain/subject/fixture-events.js';
import { ManualClock } from '../../support/clocks.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../../support/ed25519-keys.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';
import { runCli, SUBJECT_ID } from './cli-fixture.js';
import { rebuildTree, rehashStream, serviceKey, SIGNED_AT, signedDataDir, tamper } from './ledger-tamper.js';

const SUBJECT = `subject-${SUBJECT_ID}`;

/** The attacker holds the signing key too: the stored heads are replaced by heads signed over the rewritten tree. */
function resignHeads(db: Database, dataDir: string): void {
  db.exec('DELETE FROM tree_heads');
  const tree = new SqliteTree(db);
  const insert = db.prepare('INSERT INTO tree_heads (tree_size, root_hash, timestamp, key_id, signature) VALUES (?, ?, ?, ?, ?)');
  for (const [size, at] of Object.entries(SIGNED_AT)) {
    if (Number(size) > tree.size()) continue;
    const head = signTreeHead({ treeSize: Number(size), rootHash: tree.root(Number(size)).toString('hex'), timestamp: at }, serviceKey(dataDir));
    insert.run(head.treeSize, head.rootHash, head.timestamp, head.keyId, head.signature);
  }
}

describe('cli heads export and heads check (issue 13, witnessing)', () => {
  const dir = tempDir('credit-ledger-cli-heads-');
  const archiveFile = join(dir.path, 'archive', 'heads.json');
  /** A copy of the signed data directory, for a scenario that rewrites it. */
  const copyOf = (name: string) => {
    const copy = join(dir.path, name);
    cpSync(join(dir.path, 'data'), copy, { recursive: true });
    return copy;
  };
  beforeAll(async () => {
    await signedDataDir(join(dir.path, 'data'));
    mkdirSync(join(dir.path, 'archive'));
  });
  afterAll(() => dir.remove());

  it('heads export writes every signed head, oldest first, and the published keys as one JSON document on stdout', async () => {
    const run = await runCli(join(dir.path, 'data'), ['heads', 'export']);
    expect(run.code).toBe(0);
    const archive = JSON.parse(run.stdout);
    expect(archive.format).toBe(HEADS_ARCHIVE_FORMAT);
    expect(archive.keys).toEqual(publishedKeys(join(dir.path, 'data')).keys);
    expect(archive.heads.map((head: { treeSize: number; timestamp: string }) => [head.treeSize, head.timestamp])).toEqual([[2, SIGNED_AT[2]], [4, SIGNED_AT[4]], [5, SIGNED_AT[5]]]);
    expect(run.stderr).toContain('exported 3 signed heads (sizes 2 to 5) and 1 published keys');
  });

  it('heads export --out writes the same document to a file', async () => {
    const run = await runCli(join(dir.path, 'data'), ['heads', 'export', '--out', join(dir.path, 'heads.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const stdout = await runCli(join(dir.path, 'data'), ['heads', 'export']);
    expect(JSON.parse(readFileSync(join(dir.path, 'heads.json'), 'utf8'))).toEqual(JSON.parse(stdout.stdout));
    writeFileSync(archiveFile, readFileSync(join(dir.path, 'heads.json')));
    const nowhere = await runCli(join(dir.path, 'data'), ['heads', 'export', '--out', join(dir.path, 'no-such-dir', 'heads.json')]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('HEADS_NOT_WRITTEN: cannot write');
  });

  it('heads export still writes the archive but exits 1 when a head does not verify with the published keys (the key list was lost)', async () => {
    const data = copyOf('no-keys');
    rmSync(join(data, 'keys', 'ledger-public-keys.json'));
    const run = await runCli(data, ['heads', 'export']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).heads).toHaveLength(3);
    expect(run.stderr).toContain('HEAD_UNVERIFIABLE: the head of size 2 does not verify with the published keys');
  });

  it('heads check exits 0 on the untouched log: consistent with every archived head', async () => {
    const run = await runCli(join(dir.path, 'data'), ['heads', 'check', archiveFile]);
    expect(run.stdout).toContain('OK: the log (5 events) is consistent with 3 heads');
    expect(run.code).toBe(0);
  });

  it('heads signed before and after a key rotation all verify with the archived key list (the retired key stays listed)', async () => {
    const data = copyOf('rotated');
    const store = new SqliteEventStore({ file: join(data, 'events.sqlite'), schemas: domainEventSchemas(), clock: ManualClock.at('2026-02-04T10:00:00.000+08:00') });
    try {
      const breach = breachRecorded();
      await store.append({ stream: SUBJECT, events: [{ type: breach.type, data: breach.data as never }], expected: 2, metadata: testMetadata() });
      const rotated = resolveLedgerSigningKey({ dataDir: data, configuredPem: fixedKeyPem(RFC8032_SEEDS.test2), now: '2026-12-07T11:30:00.000+08:00' });
      await store.ledger().storeHead(signTreeHead({ treeSize: 6, rootHash: await store.ledger().rootHash(6), timestamp: '2026-12-07T12:00:00.000+08:00' }, rotated));
    } finally {
      await store.close();
    }
    const exported = await runCli(data, ['heads', 'export', '--out', join(data, 'rotated-heads.json')]);
    expect(exported.stderr).toContain('exported 4 signed heads (sizes 2 to 6) and 2 published keys');
    const run = await runCli(data, ['heads', 'check', join(data, 'rotated-heads.json')]);
    expect(run.stdout).toContain('OK: the log (6 events) is consistent with 4 heads');
    expect(run.code).toBe(0);
  });

  it('a rewrite after a head left the building is caught even by someone holding the signing key: event changed, stream re-hashed, tree rebuilt, heads re-signed', async () => {
    const data = copyOf('rewritten');
    tamper(data, (db) => {
      db.prepare("UPDATE events SET data = json_set(data, '$.breachClass', 'minor') WHERE stream = ? AND revision = 1").run(SUBJECT);
      rehashStream(db, SUBJECT);
      rebuildTree(db);
      resignHeads(db, data);
    });
    // The operator's own checks pass: chain, leaves and the (re-signed) latest head agree with the rewritten log.
    const verify = await runCli(data, ['verify']);
    expect(verify.code).toBe(0);
    // The archived heads do not: the head of size 2 predates the change at position 3, the head of size 4 is the first it breaks.
    const run = await runCli(data, ['heads', 'check', archiveFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`INCONSISTENT: the log was rewritten after the head of size 4 signed at ${SIGNED_AT[4]}: its first 4 events no longer hash to the root it signed (log-rewritten)`);
  });

  it('a deleted tail (the newest event, its stream head and its leaves removed) fails the head that vouched for it', async () => {
    const data = copyOf('cut');
    tamper(data, (db) => {
      db.exec('DELETE FROM events WHERE position = 5');
      rehashStream(db, 'subject-91320583MA1ABCDE2X');
      rebuildTree(db);
      resignHeads(db, data);
    });
    const run = await runCli(data, ['heads', 'check', archiveFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`INCONSISTENT: events were removed after the head of size 5 signed at ${SIGNED_AT[5]}: the log holds 4 events, the head vouched for 5 (events-removed)`);
  });

  it('a stored tree that no longer proves the events (a node rewritten) fails the consistency proof of RFC 9162 §2.1.4.2', async () => {
    const data = copyOf('bad-node');
    tamper(data, (db) => db.prepare('UPDATE tree_nodes SET hash = ? WHERE level = 0 AND idx = 4').run(Buffer.alloc(32, 7)));
    const run = await runCli(data, ['heads', 'check', archiveFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`INCONSISTENT: no valid consistency proof from the head of size 2 signed at ${SIGNED_AT[2]} to the log's 5 events: the proof does not lead to the new root of size 5`);
    expect(run.stdout).toContain('(consistency-proof)');
  });

  it('exits 1 naming a forged archived head: its signature does not verify with the archived keys', async () => {
    const archive = JSON.parse(readFileSync(archiveFile, 'utf8'));
    archive.heads[0].rootHash = archive.heads[1].rootHash;
    const forged = join(dir.path, 'forged.json');
    writeFileSync(forged, JSON.stringify(archive));
    const run = await runCli(join(dir.path, 'data'), ['heads', 'check', forged]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`the head of size 2 signed at ${SIGNED_AT[2]} does not verify with the archived keys`);
  });

  it('exits 2 with the usage text for a missing, unreadable or foreign file and a missing sub-command', async () => {
    const foreign = join(dir.path, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ format: 'something-else/1', keys: [], heads: [] }));
    const cases: Array<[string[], string]> = [
      [['heads', 'check'], 'heads check: missing argument'],
      [['heads', 'check', join(dir.path, 'nowhere.json')], 'heads check: cannot read'],
      [['heads', 'check', foreign], `is not a heads archive: format must be "${HEADS_ARCHIVE_FORMAT}"`],
      [['heads'], 'heads: missing sub-command (export, check)'],
      [['heads', 'export', 'extra'], 'heads export: unexpected argument "extra"'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(join(dir.path, 'data'), args);
      expect([args, run.code]).toEqual([args, 2]);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('usage: npm run cli');
    }
  }, 120_000); // five CLI processes one after another: slow on a loaded 2-core machine

  it('exits 78 on bad configuration', async () => {
    const run = await runCli(join(dir.path, 'data'), ['heads', 'check', archiveFile], { SQLITE_SYNCHRONOUS: 'SOMETIMES' });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('SQLITE_SYNCHRONOUS');
  });
});
