import { describe, it, expect, afterEach } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import request from 'supertest';
import { LEDGER_PROBLEM_META } from '../../src/event-store/ledger/shared-problem.js';
import { VIEW_STORE, type ViewStore } from '../../src/view-store/view-store.port.js';
import { actor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tempDir } from '../support/temp-dir.js';
import { commitmentBody } from './records-fixture.js';

const ORG = '91320583722291823U';
const OFFICER = actor('department', 'officer-7', 'ks-housing');
const OFFICE = actor('credit-office', 'office-1');
const SHARED = { INSTANCES: 'shared', LEASE_TTL_MS: '1000', LEASE_RENEW_MS: '100' };
const commitment = { ...commitmentBody, departmentId: 'ks-housing', followUpCheckOn: '2099-06-30' };

async function readyUntil(app: TestApp, done: (body: { ledger: { status: string } }) => boolean) {
  const http = request(app.app.getHttpServer());
  let ready = await http.get('/health/ready');
  for (let i = 0; i < 200 && !done(ready.body); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    ready = await http.get('/health/ready');
  }
  return ready;
}

/** Issue 14: only the head signer's holder checks the ledger; every instance must still see what it found (issue 13: readiness, writes refused). */
describe('a ledger problem seen by every instance on one DATA_DIR (INSTANCES=shared)', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('the holder finds the log shortened behind its back; the other instance answers /health/ready 503 naming it and refuses writes with LEDGER_INCONSISTENT', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const first = await startTestApp({ DATA_DIR: dir.path });
    const http = request(first.app.getHttpServer());
    await http.post('/subjects').set(OFFICER).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    for (let i = 0; i < 3; i++) await http.post(`/subjects/${ORG}/commitments`).set(OFFICER).send(commitment).expect(201);
    await http.post('/ledger/heads').set(OFFICE).expect(201);
    await first.close();
    // Someone with write access deletes the newest event and fixes its stream head.
    const db = new BetterSqlite3(join(dir.path, 'events.sqlite'));
    db.exec('DROP TRIGGER events_are_immutable_delete');
    const newest = db.prepare('SELECT position, stream FROM events ORDER BY position DESC LIMIT 1').get() as { position: number; stream: string };
    db.prepare('DELETE FROM events WHERE position = ?').run(newest.position);
    const last = db.prepare('SELECT revision, metadata FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1').get(newest.stream) as { revision: number; metadata: string };
    db.prepare('UPDATE streams SET revision = ?, last_hash = ? WHERE stream = ?').run(last.revision, JSON.parse(last.metadata).hash, newest.stream);
    db.close();

    const one = await startTestApp({ ...SHARED, INSTANCE_ID: 'one', DATA_DIR: dir.path });
    cleanup.push(() => one.close());
    const two = await startTestApp({ ...SHARED, INSTANCE_ID: 'two', DATA_DIR: dir.path });
    cleanup.push(() => two.close());
    expect((await readyUntil(one, (body) => body.ledger.status !== 'ok')).status).toBe(503);

    const seen = await readyUntil(two, (body) => body.ledger.status !== 'ok');
    expect(seen.status).toBe(503);
    expect(seen.body.ledger).toMatchObject({ status: 'inconsistent', reason: 'tree-longer-than-log', position: newest.position });
    const refused = await request(two.app.getHttpServer()).post(`/subjects/${ORG}/commitments`).set(OFFICER).send(commitment).expect(503);
    expect(refused.body).toMatchObject({ code: 'LEDGER_INCONSISTENT', details: { reason: 'tree-longer-than-log', position: newest.position } });
  });

  it('a recorded problem is cleared by the holder once its checks pass (after the operator\'s repair), and every instance is ready again', async () => {
    const one = await startTestApp({ ...SHARED, INSTANCE_ID: 'one', LEDGER_HEAD_INTERVAL_MS: '200' });
    cleanup.push(() => one.close());
    await request(one.app.getHttpServer()).post('/subjects').set(OFFICER).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    // What an earlier holder recorded before the repair.
    await one.app.get<ViewStore>(VIEW_STORE).commit({ changes: [], meta: { [LEDGER_PROBLEM_META]: { reason: 'event-missing', position: 3, detail: 'no event at position 3' } } });
    const two = await startTestApp({ ...SHARED, INSTANCE_ID: 'two', DATA_DIR: one.dataDir });
    cleanup.push(() => two.close());

    // The holder's next round of checks (every LEDGER_HEAD_INTERVAL_MS) passes and clears it.
    expect((await readyUntil(two, (body) => body.ledger.status === 'ok')).body.ledger).toEqual({ status: 'ok' });
    expect(await one.app.get<ViewStore>(VIEW_STORE).readMeta(LEDGER_PROBLEM_META)).toBeNull();
    await request(two.app.getHttpServer()).post(`/subjects/${ORG}/commitments`).set(OFFICER).send(commitment).expect(201);
  });
});
