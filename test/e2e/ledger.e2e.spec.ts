import { describe, it, expect, afterEach } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { eventHash } from '../../src/event-store/hash-chain.js';
import { eventLeafBytes } from '../../src/event-store/ledger/leaf-bytes.js';
import { leafHash } from '../../src/event-store/ledger/merkle-hash.js';
import { verifyConsistency, verifyInclusion } from '../../src/event-store/ledger/proofs.js';
import { verifyTreeHead } from '../../src/event-store/ledger/tree-head.js';
import { PACKAGE_ROOT } from '../../src/shared/package-root.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { tempDir } from '../support/temp-dir.js';
import { commitmentBody } from './records-fixture.js';

const ORG = '91320583722291823U';
const OTHER = '91320583MA1TKNC38F';
const OFFICER = actor('department', 'officer-7', 'ks-housing');
const OFFICE = actor('credit-office', 'office-1');
const AUDITOR = actor('auditor', 'auditor-1');

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Issue 13: signed tree heads, proofs, the offline verifier, and the service refusing a rewritten log. */
describe('the verifiable ledger over HTTP (real app on a real SQLite file)', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const dataDir = () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    return dir.path;
  };
  const start = async (dir: string): Promise<App> => {
    const app = await startTestApp({ DATA_DIR: dir });
    cleanup.push(() => app.close());
    return app;
  };
  /** Two organisations with a few commitments each: a log of some dozens of events. */
  const writeSome = async (app: App, commitments = 3) => {
    const http = request(app.app.getHttpServer());
    for (const uscc of [ORG, OTHER]) await http.post('/subjects').set(OFFICER).send({ kind: 'organisation', uscc, name: `昆山示例${uscc.slice(-4)}有限公司` }).expect((r) => expect([201, 422]).toContain(r.status));
    for (let i = 0; i < commitments; i++) for (const uscc of [ORG, OTHER]) await http.post(`/subjects/${uscc}/commitments`).set(OFFICER).send({ ...commitmentBody, departmentId: 'ks-housing', followUpCheckOn: '2099-06-30' }).expect(201);
  };

  it('signs heads on demand; heads verify with the published keys; inclusion proofs of events and consistency proofs between heads verify', async () => {
    const app = await start(dataDir());
    const http = request(app.app.getHttpServer());
    await writeSome(app);
    const first = (await http.post('/ledger/heads').set(OFFICE).expect(201)).body;
    await writeSome(app, 2);
    const second = (await http.post('/ledger/heads').set(OFFICE).expect(201)).body;
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    expect((await http.get('/ledger/heads/latest').set(AUDITOR).expect(200)).body).toEqual(second);
    expect((await http.get('/ledger/heads').set(AUDITOR).expect(200)).body.items.map((h: { treeSize: number }) => h.treeSize)).toEqual(expect.arrayContaining([first.treeSize, second.treeSize]));
    const keys = (await http.get('/.well-known/credit-ledger-keys.json').expect(200)).body;
    for (const head of [first, second]) expect(verifyTreeHead(head, keys)).toMatchObject({ ok: true });

    const history = (await http.get(`/subjects/${ORG}/history`).set(AUDITOR).expect(200)).body.items as { eventId: string; leafIndex: number }[];
    for (const { eventId, leafIndex } of history) {
      const proof = (await http.get(`/ledger/proofs/inclusion?eventId=${eventId}`).set(AUDITOR).expect(200)).body;
      // The history names each event's leaf: the same proof by leaf index.
      expect((await http.get(`/ledger/proofs/inclusion?leafIndex=${leafIndex}`).set(AUDITOR).expect(200)).body).toEqual(proof);
      expect(proof.treeSize).toBe(second.treeSize);
      expect(verifyInclusion(Buffer.from(proof.leafHash, 'hex'), proof.leafIndex, proof.treeSize, proof.inclusionProof.map((h: string) => Buffer.from(h, 'hex')), Buffer.from(second.rootHash, 'hex'))).toEqual({ ok: true });
    }
    const consistency = (await http.get(`/ledger/proofs/consistency?fromSize=${first.treeSize}`).set(AUDITOR).expect(200)).body;
    expect(consistency.fromRootHash).toBe(first.rootHash);
    expect(verifyConsistency(first.treeSize, second.treeSize, Buffer.from(first.rootHash, 'hex'), Buffer.from(second.rootHash, 'hex'), consistency.proof.map((h: string) => Buffer.from(h, 'hex')))).toEqual({ ok: true });
    // Bad questions are 400s naming the parameter.
    expect((await http.get(`/ledger/proofs/inclusion?leafIndex=${second.treeSize}`).set(AUDITOR).expect(400)).body.details).toMatchObject({ field: 'leafIndex', rule: 'LEAF_BEYOND_TREE' });
    expect((await http.get('/ledger/proofs/consistency?fromSize=999999').set(AUDITOR).expect(400)).body.details).toMatchObject({ field: 'fromSize', rule: 'SIZE_ORDER' });
  });

  it('an auditor exports a subject\'s proof bundle and the offline verifier (node only, no service) says VERIFIED; an edited bundle is NOT VERIFIED naming the event', async () => {
    const dir = dataDir();
    const app = await start(dir);
    const http = request(app.app.getHttpServer());
    await writeSome(app);
    await http.post('/ledger/heads').set(OFFICE).expect(201);
    const bundle = (await http.get(`/subjects/${ORG}/ledger-bundle`).set(AUDITOR).expect(200)).body;
    const keys = (await http.get('/.well-known/credit-ledger-keys.json').expect(200)).body;
    const files = { keys: join(dir, 'keys.json'), bundle: join(dir, 'bundle.json'), edited: join(dir, 'edited.json') };
    writeFileSync(files.keys, JSON.stringify(keys));
    writeFileSync(files.bundle, JSON.stringify(bundle));
    const verifier = (file: string) => spawnSync(process.execPath, [join(PACKAGE_ROOT, 'verifier', 'verify-ledger.mjs'), '--keys', files.keys, '--bundle', file], { encoding: 'utf8', env: {} });
    const good = verifier(files.bundle);
    expect({ status: good.status, out: good.stdout }).toMatchObject({ status: 0, out: expect.stringContaining('VERIFIED') });
    // A head kept earlier, a later bundle with ?since=: the verifier checks the later log extends the kept one.
    const kept = (await http.get('/ledger/heads/latest').set(AUDITOR).expect(200)).body;
    await writeSome(app, 1);
    await http.post('/ledger/heads').set(OFFICE).expect(201);
    const later = (await http.get(`/subjects/${ORG}/ledger-bundle?since=${kept.treeSize}`).set(AUDITOR).expect(200)).body;
    expect(later.head.treeSize).toBeGreaterThan(kept.treeSize);
    writeFileSync(join(dir, 'kept.json'), JSON.stringify(kept));
    writeFileSync(join(dir, 'later.json'), JSON.stringify(later));
    const extended = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'verifier', 'verify-ledger.mjs'), '--keys', files.keys, '--bundle', join(dir, 'later.json'), '--head', join(dir, 'kept.json')], { encoding: 'utf8', env: {} });
    expect({ status: extended.status, out: extended.stdout }).toMatchObject({ status: 0, out: expect.stringContaining('consistency: 1/1') });
    bundle.events[1].event.data.matter = '已改动的承诺事项';
    writeFileSync(files.edited, JSON.stringify(bundle));
    const bad = verifier(files.edited);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('NOT VERIFIED');
    expect(bad.stdout).toContain(`revision=${bundle.events[1].event.revision}`);
  });

  /** Tamper with the file as someone with write access would: triggers dropped, rows changed, stream heads and chain hashes fixed. */
  const tamper = (dir: string, edit: (db: BetterSqlite3.Database) => void) => {
    const db = new BetterSqlite3(join(dir, 'events.sqlite'));
    db.exec('DROP TRIGGER events_are_immutable_update; DROP TRIGGER events_are_immutable_delete; DROP TRIGGER tree_nodes_are_immutable_update; DROP TRIGGER tree_nodes_are_immutable_delete');
    edit(db);
    db.close();
  };
  /** Restart on the tampered file; readiness must go 503 naming the problem (the walk runs in the background), and a command is refused. */
  const restartAndExpect = async (dir: string, reason: string, position: number | null) => {
    const app = await start(dir);
    const http = request(app.app.getHttpServer());
    let ready = await http.get('/health/ready');
    for (let i = 0; i < 100 && ready.body.ledger?.status === 'ok'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      ready = await http.get('/health/ready');
    }
    expect(ready.status).toBe(503);
    expect(ready.body.ledger).toMatchObject({ status: 'inconsistent', reason, position });
    const refused = await http.post(`/subjects/${ORG}/commitments`).set(OFFICER).send({ ...commitmentBody, departmentId: 'ks-housing', followUpCheckOn: '2099-06-30' }).expect(503);
    expect(refused.body).toMatchObject({ code: 'LEDGER_INCONSISTENT', details: { reason, position } });
    await http.post('/ledger/heads').set(OFFICE).expect(503);
  };
  const prepared = async () => {
    const dir = dataDir();
    const app = await start(dir);
    await writeSome(app);
    await request(app.app.getHttpServer()).post('/ledger/heads').set(OFFICE).expect(201);
    await app.close();
    cleanup.splice(cleanup.indexOf(cleanup.at(-1)!), 1);
    return dir;
  };
  const lastOf = (db: BetterSqlite3.Database, stream: string) => db.prepare('SELECT position, revision, metadata FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1').get(stream) as { position: number; revision: number; metadata: string };

  it('detects the newest event of a stream deleted and its stream head fixed: the tree is longer than the log, at that position', async () => {
    const dir = await prepared();
    let position = 0;
    tamper(dir, (db) => {
      const newest = db.prepare('SELECT position, stream FROM events ORDER BY position DESC LIMIT 1').get() as { position: number; stream: string };
      position = newest.position;
      db.prepare('DELETE FROM events WHERE position = ?').run(newest.position);
      const last = lastOf(db, newest.stream);
      db.prepare('UPDATE streams SET revision = ?, last_hash = ? WHERE stream = ?').run(last.revision, JSON.parse(last.metadata).hash, newest.stream);
    });
    await restartAndExpect(dir, 'tree-longer-than-log', position);
  });

  it('detects events appended behind the store\'s back (a forged tail, chain hashes right): they get no leaves, and the service names the first', async () => {
    const dir = await prepared();
    let position = 0;
    tamper(dir, (db) => {
      const last = lastOf(db, `subject-${ORG}`);
      const row = db.prepare('SELECT * FROM events WHERE position = ?').get(last.position) as { event_id: string; type: string; schema_version: number; data: string; metadata: string; recorded_at_ms: number };
      position = (db.prepare('SELECT max(position) FROM events').pluck().get() as number) + 1;
      const stream = `subject-${ORG}`;
      const data = JSON.parse(row.data);
      const metadata = { ...JSON.parse(row.metadata), prevHash: JSON.parse(last.metadata).hash };
      const eventId = '01a24e04-0000-7000-8000-00000000f0f0';
      metadata.hash = eventHash({ eventId, stream, revision: last.revision + 1, type: row.type, schemaVersion: row.schema_version, data, metadata });
      db.prepare('INSERT INTO events (position, event_id, stream, revision, type, schema_version, data, metadata, recorded_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(position, eventId, stream, last.revision + 1, row.type, row.schema_version, JSON.stringify(data), JSON.stringify(metadata), row.recorded_at_ms);
      db.prepare('UPDATE streams SET revision = ?, last_hash = ? WHERE stream = ?').run(last.revision + 1, metadata.hash, stream);
    });
    await restartAndExpect(dir, 'leaves-missing', position);
  });

  it('detects an event and its leaf rewritten, the inner nodes left alone: the walk\'s recomputed root is not the signed one', async () => {
    const dir = await prepared();
    const stream = `subject-${ORG}`;
    tamper(dir, (db) => {
      const rows = db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision').all(stream) as Array<{ position: number; event_id: string; revision: number; type: string; schema_version: number; data: string; metadata: string }>;
      const target = rows.at(-1)!; // its stream's newest: no later chain link to fix
      const data = { ...JSON.parse(target.data), matter: '改写后的承诺事项' };
      const metadata = JSON.parse(target.metadata);
      metadata.hash = eventHash({ eventId: target.event_id, stream, revision: target.revision, type: target.type, schemaVersion: target.schema_version, data, metadata });
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(JSON.stringify(data), JSON.stringify(metadata), target.position);
      db.prepare('UPDATE streams SET last_hash = ? WHERE stream = ?').run(metadata.hash, stream);
      const event = { eventId: target.event_id, stream, revision: target.revision, position: target.position, type: target.type, schemaVersion: target.schema_version, data, metadata };
      db.prepare('UPDATE tree_nodes SET hash = ? WHERE level = 0 AND idx = ?').run(leafHash(eventLeafBytes(event)), target.position - 1);
    });
    await restartAndExpect(dir, 'leaves-differ-from-signed-root', null);
  });

  it('detects the tree and its heads dropped to be rebuilt over a changed log: the keys beside the log say a tree existed', async () => {
    const dir = await prepared();
    tamper(dir, (db) => db.exec('DROP TABLE tree_nodes; DROP TABLE tree_heads'));
    await restartAndExpect(dir, 'leaves-missing', 1);
  });

  it('detects an event changed and its stream\'s hashes recomputed (the chain passes): its leaf no longer matches, at its position', async () => {
    const dir = await prepared();
    const stream = `subject-${ORG}`;
    let position = 0;
    tamper(dir, (db) => {
      const rows = db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision').all(stream) as Array<{ position: number; event_id: string; revision: number; type: string; schema_version: number; data: string; metadata: string }>;
      const target = rows[1]!;
      position = target.position;
      let prevHash = JSON.parse(rows[0]!.metadata).hash as string;
      for (const row of rows.slice(1)) {
        const data = JSON.parse(row.data);
        if (row === target) data.matter = '改写后的承诺事项';
        const metadata = { ...JSON.parse(row.metadata), prevHash };
        metadata.hash = eventHash({ eventId: row.event_id, stream, revision: row.revision, type: row.type, schemaVersion: row.schema_version, data, metadata });
        prevHash = metadata.hash;
        db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(JSON.stringify(data), JSON.stringify(metadata), row.position);
      }
      db.prepare('UPDATE streams SET last_hash = ? WHERE stream = ?').run(prevHash, stream);
    });
    await restartAndExpect(dir, 'leaf-mismatch', position);
  });

  it('detects an event deleted in the middle of the log: no event at that position', async () => {
    const dir = await prepared();
    let position = 0;
    tamper(dir, (db) => {
      const head = db.prepare('SELECT max(position) FROM events').pluck().get() as number;
      position = Math.floor(head / 2);
      db.prepare('DELETE FROM events WHERE position = ?').run(position);
    });
    await restartAndExpect(dir, 'event-missing', position);
  });

  it('detects the whole tree rewritten to match a changed event: the root is not the one signed', async () => {
    const dir = await prepared();
    tamper(dir, (db) => {
      // A new leaf for the newest event and every node above it: consistent inside, but not what the head signed.
      const newest = db.prepare('SELECT position FROM events ORDER BY position DESC LIMIT 1').get() as { position: number };
      db.prepare('UPDATE tree_nodes SET hash = randomblob(32) WHERE level = 0 AND idx = ?').run(newest.position - 1);
      db.prepare('UPDATE tree_nodes SET hash = randomblob(32) WHERE level > 0 AND idx = (? >> level)').run(newest.position - 1);
    });
    await restartAndExpect(dir, 'root-differs-from-signed-head', null);
  });
});
