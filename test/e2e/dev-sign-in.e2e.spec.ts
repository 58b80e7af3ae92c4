import { describe, it, expect, afterAll } from '@jest/globals';
import request from 'supertest';
import { startTestApp } from '../support/test-app.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Issue 12: the console's one-click sign-in is `npm run token` behind a button, for a developer's own machine only. */
describe('development sign-in for the console (real app, SQLite in a temp dir)', () => {
  const apps: App[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const app = await startTestApp(env);
    apps.push(app);
    return request(app.app.getHttpServer());
  };
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('mints a token the service accepts, with the claims the role needs, for a loopback client', async () => {
    const http = await start();
    expect((await http.get('/dev-sign-in').expect(200)).body).toMatchObject({ enabled: true, roles: expect.arrayContaining(['auditor', 'credit-office']) });
    const minted = await http.post('/dev-sign-in').send({ role: 'auditor', sub: 'auditor-ui' }).expect(201);
    expect(minted.body.claims).toEqual({ sub: 'auditor-ui', role: 'auditor' });
    // The auditor's own route answers (an unknown subject: 404, not 401/403).
    await http.get('/subjects/91320583722291823U/history').set('Authorization', `Bearer ${minted.body.token}`).expect(404);
    await http.get('/audit/verify').set('Authorization', `Bearer ${minted.body.token}`).expect(200);
  });

  it('refuses a department token without its department, naming the rule (400), and an unknown role naming the field', async () => {
    const http = await start();
    expect((await http.post('/dev-sign-in').send({ role: 'department' }).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'role', rule: 'CLAIMS_FOR_ROLE' } });
    const unknown = await http.post('/dev-sign-in').send({ role: 'root' }).expect(400);
    expect(JSON.stringify(unknown.body.details)).toContain('role');
  });

  it('is off with an identity provider (JWT_JWKS_URL): 403 DEV_SIGN_IN_OFF, and says why', async () => {
    const http = await start({ JWT_JWKS_URL: 'http://127.0.0.1:9/jwks.json', JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'credit-ledger' });
    expect((await http.get('/dev-sign-in').expect(200)).body).toMatchObject({ enabled: false, reason: expect.stringContaining('JWT_JWKS_URL') });
    expect((await http.post('/dev-sign-in').send({ role: 'credit-office' }).expect(403)).body).toMatchObject({ code: 'DEV_SIGN_IN_OFF' });
  });

  it('is off when switched off (DEV_SIGN_IN=false) and behind a proxy (TRUST_PROXY=true: the client is only a header)', async () => {
    for (const env of [{ DEV_SIGN_IN: 'false' }, { TRUST_PROXY: 'true' }] as Record<string, string>[]) {
      const http = await start(env);
      expect((await http.get('/dev-sign-in').expect(200)).body.enabled).toBe(false);
      await http.post('/dev-sign-in').send({ role: 'credit-office' }).set('X-Forwarded-For', '127.0.0.1').expect(403);
    }
  });

  it('is off by default under NODE_ENV=production, unless DEV_SIGN_IN=true says otherwise', async () => {
    expect((await (await start({ NODE_ENV: 'production' })).get('/dev-sign-in').expect(200)).body).toMatchObject({ enabled: false, reason: expect.stringContaining('DEV_SIGN_IN') });
    expect((await (await start({ NODE_ENV: 'production', DEV_SIGN_IN: 'true' })).get('/dev-sign-in').expect(200)).body.enabled).toBe(true);
  });

  it('refuses a loopback connection that a proxy forwarded, a Host that is not a loopback name (DNS rebinding) and another site\'s Origin', async () => {
    const http = await start();
    const refusals: [string, string][] = [
      ['X-Forwarded-For', '203.0.113.7'], ['Forwarded', 'for=203.0.113.7'], ['X-Real-IP', '203.0.113.7'], ['Via', '1.1 proxy'],
      ['Host', 'attacker.example:3000'], ['Origin', 'http://attacker.example'], ['Origin', 'null'],
    ];
    for (const [header, value] of refusals) {
      const answer = await http.post('/dev-sign-in').set(header, value).send({ role: 'credit-office' });
      expect({ header, status: answer.status, code: answer.body.code }).toEqual({ header, status: 403, code: 'DEV_SIGN_IN_OFF' });
    }
    for (const [header, value] of [['Host', 'localhost:3000'], ['Host', '[::1]:3000'], ['Origin', 'http://localhost:3000'], ['Origin', 'http://127.0.0.1:3000']] as const)
      await http.post('/dev-sign-in').set(header, value).send({ role: 'auditor' }).expect(201);
  });
});
