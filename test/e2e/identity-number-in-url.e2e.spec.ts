import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import request from 'supertest';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';

/** A valid resident identity number (GB 11643: birth date 1949-12-31, check digit X). */
const IDENTITY_NUMBER = '11010519491231002X';
const AUDITOR = actor('auditor', 'auditor-1');

/** A28: an identity number never travels in an address; a person is found with POST /subjects/lookup. */
describe('an identity number in a path or a query is refused before anything is read (real app, SQLite)', () => {
  let ctx: Awaited<ReturnType<typeof startTestApp>>;
  let http: ReturnType<typeof request>;
  beforeAll(async () => {
    ctx = await startTestApp();
    http = request(ctx.app.getHttpServer());
  });
  afterAll(async () => ctx.close());

  it('A28: GET /subjects/{identity number}/… is 400 IDENTITY_NUMBER_IN_URL naming the id, for every subject route', async () => {
    for (const route of ['state', 'history', 'verify', 'status']) {
      const answer = await http.get(`/subjects/${IDENTITY_NUMBER}/${route}`).set(AUDITOR);
      if (answer.status === 403) continue; // the auditor may not read this route at all: refused before the id is looked at
      expect({ route, status: answer.status, body: answer.body }).toMatchObject({ route, status: 400, body: { code: 'VALIDATION_FAILED', details: { field: 'id', rule: 'IDENTITY_NUMBER_IN_URL', article: 'A28' } } });
    }
    // Lower case x, as typed.
    expect((await http.get(`/subjects/${IDENTITY_NUMBER.toLowerCase()}/history`).set(AUDITOR)).status).toBe(400);
  });

  it('A28: GET /subjects?q=<identity number> is 400 naming q; a USCC and a USCC prefix are still searched', async () => {
    expect((await http.get(`/subjects?q=${IDENTITY_NUMBER}`).set(AUDITOR).expect(400)).body).toMatchObject({ details: { field: 'q', rule: 'IDENTITY_NUMBER_IN_URL' } });
    await http.get('/subjects?q=91320583722291823U').set(AUDITOR).expect(200);
    await http.get('/subjects?q=913205').set(AUDITOR).expect(200);
  });

  it('a valid USCC in the path is looked up as before (an unknown one: 404)', async () => {
    await http.get('/subjects/91320583722291823U/history').set(AUDITOR).expect(404);
  });
});
