import { describe, it, expect, afterEach } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import { eventHash } from '../../src/event-store/hash-chain.js';
import { verifyConsistency, verifyInclusion } from '../../src/event-store/ledger/proofs.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
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
/** What the service does on EventStoreDB, run here on the embedded store: the tree followed into the view store. */
const FOLLOWED = { LEDGER_KEPT_BY: 'service' };

type App = Awaited<ReturnType<typeof startTestApp>>;
const hashes = (hex: readonly string[]) => hex.map((hash) => Buffer.from(hash, 'hex'));

/** Issue 13, both engines: the ledger the service keeps by following the log (LEDGER_KEPT_BY=service) answers the same proofs and defends itself. */
describe('the followed ledger over HTTP (real app, the tree kept by the service in the view store)', () => {
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
    const app = await startTestApp({ DATA_DIR: dir, ...FOLLOWED });
    cleanup.push(() => app.close());
    return app;
  };
  const writeSome = async (app: App, commitments = 2) => {
    const http = request(app.app.getHttpServer());
    for (const uscc of [ORG, OTHER]) await http.post('/subjects').set(OFFICER).send({ kind: 'organisation', uscc, name: `昆山示例${uscc.slice(-4)}有限公司` }).expect((r) => expect([201, 422]).toContain(r.status));
    for (let i = 0; i < commitments; i++) for (const uscc of [ORG, OTHER]) await http.post(`/subjects/${uscc}/commitments`).set(OFFICER).send({ ...commitmentBody, departmentId: 'ks-housing', followUpCheckOn: '2099-06-30' }).expect(201);
  };

  it('answers heads, inclusion and consistency proofs and the history\'s leaf indexes from the followed tree; the offline verifier says VERIFIED; the roots are the SQLite store\'s own', async () => {
    const dir = dataDir();
    const app = await start(dir);
    const http = request(app.app.getHttpServer());
    await writeSome(app);
    const first = (await http.post('/ledger/heads').set(OFFICE).expect(201)).body;
    await writeSome(app, 1);
    const second = (await http.post('/ledger/heads').set(OFFICE).expect(201)).body;
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    const history = (await http.get(`/subjects/${ORG}/history`).set(AUDITOR).expect(200)).body.items as Array<{ eventId: string; position: number; leafIndex: number }>;
    for (const { eventId, position, leafIndex } of history) {
      expect(leafIndex).toBe(position - 1);
      const proof = (await http.get(`/ledger/proofs/inclusion?eventId=${eventId}`).set(AUDITOR).expect(200)).body;
      expect(proof.leafIndex).toBe(leafIndex);
      expect(verifyInclusion(Buffer.from(proof.leafHash, 'hex'), leafIndex, second.treeSize, hashes(proof.inclusionProof), Buffer.from(second.rootHash, 'hex'))).toEqual({ ok: true });
    }
    const consistency = (await http.get(`/ledger/proofs/consistency?fromSize=${first.treeSize}`).set(AUDITOR).expect(200)).body;
    expect(verifyConsistency(first.treeSize, second.treeSize, Buffer.from(first.rootHash, 'hex'), Buffer.from(second.rootHash, 'hex'), hashes(consistency.proof))).toEqual({ ok: true });

    const files = { keys: join(dir, 'keys.json'), bundle: join(dir, 'bundle.json') };
    writeFileSync(files.keys, JSON.stringify((await http.get('/.well-known/credit-ledger-keys.json').expect(200)).body));
    writeFileSync(files.bundle, JSON.stringify((await http.get(`/subjects/${ORG}/ledger-bundle?since=${first.treeSize}`).set(AUDITOR).expect(200)).body));
    const verified = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'verifier', 'verify-ledger.mjs'), '--keys', files.keys, '--bundle', files.bundle], { encoding: 'utf8', env: {} });
    expect({ status: verified.status, out: verified.stdout }).toMatchObject({ status: 0, out: expect.stringContaining('VERIFIED') });

    const signed = (await http.get('/ledger/heads').set(AUDITOR).expect(200)).body.items as unknown[];
    expect(signed).toEqual(expect.arrayContaining([first, second]));
    await app.close();
    cleanup.splice(cleanup.length - 1, 1);
    // The embedded store keeps its own tree too: the followed roots are the same.
    const own = new SqliteEventStore({ file: join(dir, 'events.sqlite'), schemas: domainEventSchemas() });
    try {
      for (const head of [first, second]) expect(await own.ledger().rootHash(head.treeSize)).toBe(head.rootHash);
      expect(await own.ledger().latestHead()).toBeNull();
    } finally {
      await own.close();
    }
    // The heads were kept where the service keeps the followed tree: its collections in the view store.
    const views = new BetterSqlite3(join(dir, 'views.sqlite'), { readonly: true });
    expect(views.prepare('SELECT count(*) FROM "v_ledger_heads"').pluck().get()).toBe(signed.length);
    expect(views.prepare('SELECT count(*) FROM "v_ledger_leaves"').pluck().get()).toBe(second.treeSize);
    views.close();
  });

  it('follows the log on its own (woken by each append): the history names the new events\' leaves without a head being asked for', async () => {
    const app = await start(dataDir());
    const http = request(app.app.getHttpServer());
    await writeSome(app, 1);
    const history = async () => (await http.get(`/subjects/${OTHER}/history`).set(AUDITOR).expect(200)).body.items as Array<{ position: number; leafIndex: number | null }>;
    let seen = await history();
    for (let i = 0; i < 250 && seen.some((item) => item.leafIndex === null); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = await history();
    }
    expect(seen).toHaveLength(2);
    for (const { position, leafIndex } of seen) expect(leafIndex).toBe(position - 1);
  });

  /** Tamper with the log's file as someone with write access would (the followed tree lives in views.sqlite, out of reach of this edit). */
  const tamper = (dir: string, edit: (db: BetterSqlite3.Database) => void) => {
    const db = new BetterSqlite3(join(dir, 'events.sqlite'));
    db.exec('DROP TRIGGER events_are_immutable_update; DROP TRIGGER events_are_immutable_delete');
    edit(db);
    db.close();
  };
  const prepared = async () => {
    const dir = dataDir();
    const app = await start(dir);
    await writeSome(app);
    await request(app.app.getHttpServer()).post('/ledger/heads').set(OFFICE).expect(201);
    await app.close();
    cleanup.splice(cleanup.length - 1, 1);
    return dir;
  };
  /** Restart on the tampered log: readiness 503 naming the problem and where, a command refused with LEDGER_INCONSISTENT. */
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
  };
  type Row = { position: number; event_id: string; stream: string; revision: number; type: string; schema_version: number; data: string; metadata: string };

  it('detects the newest event deleted and its stream head fixed: the followed tree is longer than the log, at that position', async () => {
    const dir = await prepared();
    let position = 0;
    tamper(dir, (db) => {
      const newest = db.prepare('SELECT * FROM events ORDER BY position DESC LIMIT 1').get() as Row;
      position = newest.position;
      db.prepare('DELETE FROM events WHERE position = ?').run(newest.position);
      const last = db.prepare('SELECT revision, metadata FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1').get(newest.stream) as Row;
      db.prepare('UPDATE streams SET revision = ?, last_hash = ? WHERE stream = ?').run(last.revision, JSON.parse(last.metadata).hash, newest.stream);
    });
    await restartAndExpect(dir, 'tree-longer-than-log', position);
  });

  it('detects an event changed and its stream\'s hashes recomputed (the chain passes): its followed leaf no longer matches, at its position', async () => {
    const dir = await prepared();
    const stream = `subject-${ORG}`;
    let position = 0;
    tamper(dir, (db) => {
      const rows = db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision').all(stream) as Row[];
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

  it('detects an event deleted in the middle of the log: the followed walk finds no event at that position', async () => {
    const dir = await prepared();
    let position = 0;
    tamper(dir, (db) => {
      const head = db.prepare('SELECT max(position) FROM events').pluck().get() as number;
      position = Math.floor(head / 2);
      db.prepare('DELETE FROM events WHERE position = ?').run(position);
    });
    await restartAndExpect(dir, 'event-missing', position);
  });
});
