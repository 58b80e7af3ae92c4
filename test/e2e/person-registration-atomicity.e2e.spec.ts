import { describe, it, expect, afterEach } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { subjectStreamName } from '../../domain/subject/decider.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../src/personal-data/personal-data.port.js';
import { PSEUDONYMIZER, type Pseudonymizer } from '../../src/personal-data/pseudonymizer.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { center, housing, http, identityNumber, store, type TestApp } from './records-fixture.js';

const NUMBER = identityNumber('320583', '1980-04-12', '017');
const NAME = '欧阳修';
const PURPOSE = encodeURIComponent('行政许可审查 昆住建许〔2026〕9号');

/** A4, A28: registering a person writes two stores; a failure between them leaves nothing a retry cannot repair. */
describe('person registration across the log and the personal-data store', () => {
  let ctx: TestApp | undefined;
  afterEach(async () => ctx?.close());

  it('A28: the personal-data store failing (locked by another connection) answers 503 STORAGE_BUSY and appends nothing; the retry registers the person and the personal data is served', async () => {
    ctx = await startTestApp();
    const head = await store(ctx).headPosition();
    const blocker = new BetterSqlite3(join(ctx.dataDir, 'personal-data.sqlite'));
    blocker.exec('BEGIN EXCLUSIVE');
    const failed = await http(ctx).post('/subjects').set(housing).send({ kind: 'person', identityNumber: NUMBER, fullName: NAME });
    blocker.exec('COMMIT');
    blocker.close();
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ code: 'STORAGE_BUSY', details: { reason: 'SQLITE_BUSY' } });
    expect(await store(ctx).headPosition()).toBe(head);

    const retried = await http(ctx).post('/subjects').set(housing).send({ kind: 'person', identityNumber: NUMBER, fullName: NAME }).expect(201);
    const person = retried.body.subjectId as string;
    expect(await store(ctx).readStream(subjectStreamName(person))).toHaveLength(1);
    const read = await http(ctx).get(`/subjects/${person}/personal-data`).set({ ...center, 'X-Purpose': PURPOSE }).expect(200);
    expect(read.body).toMatchObject({ subjectId: person, fullName: NAME, identityNumber: NUMBER, birthDate: '1980-04-12' });
  }, 30_000);

  it('A28: a personal-data row left by a registration that never reached the log is not served, and the retry replaces it with what the retry sent', async () => {
    ctx = await startTestApp();
    const held = await http(ctx).post('/subjects').set(housing).send({ kind: 'person', identityNumber: NUMBER, fullName: '错名' }).expect(201);
    const person = held.body.subjectId as string;
    // The same pseudonymous id, a row written, no registration event: what a crash between the two writes leaves.
    const orphan = identityNumber('320583', '1981-05-13', '019');
    const personal = ctx.app.get<PersonalDataStore>(PERSONAL_DATA_STORE);
    const orphanId = ctx.app.get<Pseudonymizer>(PSEUDONYMIZER).subjectIdFor(orphan);
    await personal.put({ subjectId: orphanId, fullName: '半途', identityNumber: orphan, birthDate: '1981-05-13', recordedAt: '2026-03-02T09:00:00.000+08:00' });
    const office = actor('credit-office', 'supervisor-1');
    const refused = await http(ctx).get(`/subjects/${orphanId}/personal-data`).set({ ...office, 'X-Purpose': PURPOSE }).expect(404);
    expect(refused.body.code).toBe('PERSONAL_DATA_NOT_FOUND');

    await http(ctx).post('/subjects').set(housing).send({ kind: 'person', identityNumber: orphan, fullName: NAME }).expect(201);
    const read = await http(ctx).get(`/subjects/${orphanId}/personal-data`).set({ ...office, 'X-Purpose': PURPOSE }).expect(200);
    expect(read.body).toMatchObject({ fullName: NAME, identityNumber: orphan });
    // A second registration of a registered person is refused and does not touch the held row.
    const again = await http(ctx).post('/subjects').set(housing).send({ kind: 'person', identityNumber: NUMBER, fullName: '冒名' }).expect(422);
    expect(again.body.code).toBe('SUBJECT_ALREADY_REGISTERED');
    expect((await http(ctx).get(`/subjects/${person}/personal-data`).set({ ...office, 'X-Purpose': PURPOSE }).expect(200)).body.fullName).toBe('错名');
  });
});
