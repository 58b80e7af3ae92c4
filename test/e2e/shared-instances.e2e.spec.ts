import { describe, it, expect } from '@jest/globals';
import request from 'supertest';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { HEAD_SIGNER_LEASE } from '../../src/ledger/head-signer.js';
import { VIEW_STORE, type ViewStore } from '../../src/view-store/view-store.port.js';
import { actor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ORG = '91320583722291823U';
const OTHER_ORG = '91320583MA18QGM01N';
const SHARED = { INSTANCES: 'shared', LEASE_TTL_MS: '1000', LEASE_RENEW_MS: '100' };

type Ready = { instance: { id: string; mode: string }; projections: Array<{ state: string; holder: string | null; here: boolean; lag: number }>; leases: Array<{ name: string; holder: string }> };

async function readyOf(ctx: TestApp): Promise<{ status: number; body: Ready }> {
  const response = await request(ctx.app.getHttpServer()).get('/health/ready');
  return { status: response.status, body: response.body as Ready };
}

/** Issue 14, in one process: two app instances on one DATA_DIR (INSTANCES=shared), leases deciding who projects and signs heads. */
describe('two instances on one DATA_DIR (INSTANCES=shared, issue 14)', () => {
  it('runs every projection and the head signer on the first instance only, serves commands and read-your-writes on the other, which takes over when the first stops', async () => {
    const one = await startTestApp({ ...SHARED, INSTANCE_ID: 'one' });
    const two = await startTestApp({ ...SHARED, INSTANCE_ID: 'two', DATA_DIR: one.dataDir });
    try {
      const standby = await readyOf(two);
      expect(standby.status).toBe(200);
      expect(standby.body.instance).toEqual({ id: 'two', mode: 'shared' });
      expect(standby.body.projections).toHaveLength(ALL_PROJECTIONS.length);
      expect(standby.body.projections.every((p) => p.state === 'standby' && p.holder === 'one' && !p.here)).toBe(true);
      expect(standby.body.leases.find((lease) => lease.name === HEAD_SIGNER_LEASE)?.holder).toBe('one');

      // A command on the instance that does not project, read back there: it waits on the store's checkpoints.
      const http = request(two.app.getHttpServer());
      const written = await http.post('/subjects').set(actor('department', 'officer-7', 'ks-drc')).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
      await http.get(`/subjects/${ORG}/status`).set(actor('credit-office', 'supervisor-1')).set('X-Min-Position', String(written.body.position)).expect(200);

      // The first stops (its leases released): the second takes everything at its next lease tick.
      await one.app.close();
      for (let i = 0; i < 200 && !(await readyOf(two)).body.projections.every((p) => p.here); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      const holder = await readyOf(two);
      expect(holder.body.projections.every((p) => p.here && p.holder === 'two' && p.state === 'running')).toBe(true);
      const more = await http.post('/subjects').set(actor('department', 'officer-7', 'ks-drc')).send({ kind: 'organisation', uscc: OTHER_ORG, name: '昆山另一示例有限公司' }).expect(201);
      await http.get(`/subjects/${OTHER_ORG}/status`).set(actor('credit-office', 'supervisor-1')).set('X-Min-Position', String(more.body.position)).expect(200);
    } finally {
      await two.close();
      await one.close().catch(() => undefined);
    }
  });

  it('POST /ledger/heads on an instance that does not hold the head signer lease answers 503 LEDGER_SIGNER_ELSEWHERE naming the holder; the holder signs', async () => {
    const one = await startTestApp({ ...SHARED, INSTANCE_ID: 'one', LEDGER_KEPT_BY: 'service' });
    const two = await startTestApp({ ...SHARED, INSTANCE_ID: 'two', LEDGER_KEPT_BY: 'service', DATA_DIR: one.dataDir });
    try {
      await request(two.app.getHttpServer()).post('/subjects').set(actor('department', 'officer-7', 'ks-drc')).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
      const refused = await request(two.app.getHttpServer()).post('/ledger/heads').set(actor('credit-office', 'supervisor-1')).expect(503);
      expect(refused.body).toMatchObject({ code: 'LEDGER_SIGNER_ELSEWHERE', details: { holder: 'one' } });
      const signed = await request(one.app.getHttpServer()).post('/ledger/heads').set(actor('credit-office', 'supervisor-1')).expect(201);
      expect(signed.body.treeSize).toBeGreaterThan(0);
    } finally {
      await two.close();
      await one.close();
    }
  });

  it('renews the head signer lease every LEASE_RENEW_MS with LEASE_TTL_MS, whatever LEDGER_HEAD_INTERVAL_MS (an hour here): a killed signer is replaced within the TTL', async () => {
    const one = await startTestApp({ ...SHARED, INSTANCE_ID: 'one', LEDGER_HEAD_INTERVAL_MS: '3600000' });
    try {
      const signerLease = async () => (await one.app.get<ViewStore>(VIEW_STORE).leases()).find((lease) => lease.name === HEAD_SIGNER_LEASE)!;
      const first = await signerLease();
      expect(first.holder).toBe('one');
      // Written with LEASE_TTL_MS (1 s), not three head intervals (3 h).
      expect(first.expiresAtMs).toBeLessThanOrEqual(Date.now() + 1000);
      let renewed = first;
      for (let i = 0; i < 200 && renewed.expiresAtMs === first.expiresAtMs; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        renewed = await signerLease();
      }
      expect(renewed.epoch).toBe(first.epoch);
      expect(renewed.expiresAtMs).toBeGreaterThan(first.expiresAtMs);
    } finally {
      await one.close();
    }
  });
});
