import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { expectRefused } from '../support/refusals.js';
import { startTestApp } from '../support/test-app.js';
import {
  ORG, OTHER_ORG, bank, center, commitmentBody, housing, http, mergeDepartment, noDepartment, planning, recordBreach, registerOrganisation, store, subjectActor, transport, type TestApp,
} from './records-fixture.js';

describe('objections over HTTP: filed by the subject, forwarded by the center, decided (SH-SCR arts. 36–38, real app, SQLite)', () => {
  let ctx: TestApp;
  const subject = subjectActor(ORG);
  const fileObjection = async (breachId: string) =>
    (await http(ctx).post(`/subjects/${ORG}/objections`).set(subject).send({ target: { kind: 'breach', id: breachId }, reason: '处罚决定已被行政复议撤销' }).expect(201)).body.objectionId as string;
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
    await registerOrganisation(ctx, OTHER_ORG);
  });
  afterAll(async () => ctx.close());

  it('SH-SCR art. 36: the subject objects to its breach; the id names the subject and the deadlines are set', async () => {
    const breachId = await recordBreach(ctx, ORG);
    const response = await http(ctx).post(`/subjects/${ORG}/objections`).set(subject).send({ target: { kind: 'breach', id: breachId }, reason: '认定日期有误' }).expect(201);
    expect(response.body.objectionId).toMatch(new RegExp(`^${ORG}\\.[0-9a-f]{8}-[0-9a-f]{4}-7`));
    expect(response.body.events[0]).toMatchObject({ type: 'ObjectionFiled', data: { objectionId: response.body.objectionId, target: { kind: 'breach', id: breachId } } });
    expect(response.body.events[0].data.centerDueAt).toMatch(/\+08:00$/);
  });

  it('SH-SCR arts. 36–38: refusals of a filing append nothing', async () => {
    const breachId = await recordBreach(ctx, ORG);
    await fileObjection(breachId);
    const post = (actor: Record<string, string>, body: object, subjectId = ORG) => () => http(ctx).post(`/subjects/${subjectId}/objections`).set(actor).send(body);
    await expectRefused(store(ctx), post(subject, { target: { kind: 'breach', id: breachId }, reason: 'again' }), 422, 'OBJECTION_ALREADY_OPEN');
    await expectRefused(store(ctx), post(subject, { target: { kind: 'breach', id: 'no-such-breach' }, reason: 'x' }), 404, 'OBJECTION_TARGET_NOT_FOUND');
    await expectRefused(store(ctx), post(subject, { target: { kind: 'permit', id: breachId }, reason: 'x' }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), post(subject, { target: { kind: 'breach', id: breachId } }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), post(housing, { target: { kind: 'breach', id: breachId }, reason: 'x' }), 403, 'FORBIDDEN');
    await expectRefused(store(ctx), post(subjectActor(OTHER_ORG), { target: { kind: 'breach', id: breachId }, reason: 'x' }), 403, 'FORBIDDEN');
  });

  it('SH-SCR art. 37: the center forwards to the recording department, which corrects the breach (a correcting event; A9 disclosure recomputed)', async () => {
    const oid = await fileObjection(await recordBreach(ctx, ORG));
    const forwarded = await http(ctx).post(`/objections/${oid}/forward`).set(center).send({ toDepartmentId: 'ks-housing' }).expect(200);
    expect(forwarded.body.events[0]).toMatchObject({ type: 'ObjectionForwarded', data: { objectionId: oid, toDepartmentId: 'ks-housing' } });
    expect(forwarded.headers.etag).toBe(`"${forwarded.body.revision}"`);
    const decided = await http(ctx).post(`/objections/${oid}/decision`).set(housing).send({ outcome: 'corrected', correction: { disclosureMonths: 6 } }).expect(200);
    expect(decided.body.events.map((e: { type: string }) => e.type).slice(0, 2)).toEqual(['ObjectionDecided', 'RecordCorrected']);
    expect(decided.body.events[0].data).toMatchObject({ decidedBy: { kind: 'department', departmentId: 'ks-housing' }, outcome: 'corrected' });
    expect(decided.body.events[1].data).toMatchObject({ correction: { disclosureMonths: 6 }, recomputed: { disclosedThrough: '2025-08-10' } });
  });

  it('SH-SCR art. 38: the center rejects an objection it did not forward, with reasons', async () => {
    const oid = await fileObjection(await recordBreach(ctx, ORG));
    const decided = await http(ctx).post(`/objections/${oid}/decision`).set(center).send({ outcome: 'rejected', reasons: '经核实，记录准确' }).expect(200);
    expect(decided.body.events).toEqual([expect.objectContaining({ type: 'ObjectionDecided', data: expect.objectContaining({ decidedBy: { kind: 'center' }, outcome: 'rejected' }) })]);
  });

  it('SH-SCR art. 37: refusals of forwarding append nothing', async () => {
    const oid = await fileObjection(await recordBreach(ctx, ORG));
    const forward = (actor: Record<string, string>, body: object, id = oid) => () => http(ctx).post(`/objections/${id}/forward`).set(actor).send(body);
    await expectRefused(store(ctx), forward(center, { toDepartmentId: 'ks-transport' }), 422, 'OBJECTION_WRONG_DEPARTMENT');
    await expectRefused(store(ctx), forward(housing, { toDepartmentId: 'ks-housing' }), 403, 'FORBIDDEN');
    await expectRefused(store(ctx), forward(center, {}), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), forward(center, { toDepartmentId: 'ks-housing' }, `${ORG}.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`), 404, 'OBJECTION_NOT_FOUND');
    await expectRefused(store(ctx), forward(center, { toDepartmentId: 'ks-housing' }, `91110000600037341L.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`), 404, 'SUBJECT_NOT_REGISTERED');
    await expectRefused(store(ctx), forward(center, { toDepartmentId: 'ks-housing' }, 'not-an-objection'), 400, 'VALIDATION_FAILED');
    await http(ctx).post(`/objections/${oid}/forward`).set(center).send({ toDepartmentId: 'ks-housing' }).expect(200);
    await expectRefused(store(ctx), forward(center, { toDepartmentId: 'ks-housing' }), 422, 'OBJECTION_ALREADY_FORWARDED');
  });

  it('SH-SCR art. 37, A24: an objection to a commitment of a department since merged is forwarded to its successor', async () => {
    const cid = (await http(ctx).post(`/subjects/${ORG}/commitments`).set(planning).send(commitmentBody).expect(201)).body.commitmentId as string;
    await mergeDepartment(ctx, 'ks-planning', 'ks-housing', '2026-01-01');
    const oid = (await http(ctx).post(`/subjects/${ORG}/objections`).set(subject).send({ target: { kind: 'commitment', id: cid }, reason: '承诺事项已撤回' }).expect(201)).body.objectionId as string;
    await expectRefused(store(ctx), () => http(ctx).post(`/objections/${oid}/forward`).set(center).send({ toDepartmentId: 'ks-transport' }), 422, 'OBJECTION_WRONG_DEPARTMENT');
    const forwarded = await http(ctx).post(`/objections/${oid}/forward`).set(center).send({ toDepartmentId: 'ks-housing' }).expect(200);
    expect(forwarded.body.events[0]).toMatchObject({ type: 'ObjectionForwarded', data: { objectionId: oid, toDepartmentId: 'ks-housing' } });
  });

  it('SH-SCR arts. 36–38: refusals of a decision append nothing', async () => {
    const oid = await fileObjection(await recordBreach(ctx, ORG));
    await http(ctx).post(`/objections/${oid}/forward`).set(center).send({ toDepartmentId: 'ks-housing' }).expect(200);
    const decide = (actor: Record<string, string>, body: object) => () => http(ctx).post(`/objections/${oid}/decision`).set(actor).send(body);
    await expectRefused(store(ctx), decide(center, { outcome: 'rejected', reasons: 'x' }), 422, 'OBJECTION_WRONG_DECIDER');
    await expectRefused(store(ctx), decide(transport, { outcome: 'rejected', reasons: 'x' }), 422, 'OBJECTION_WRONG_DECIDER');
    await expectRefused(store(ctx), decide(bank, { outcome: 'rejected', reasons: 'x' }), 403, 'FORBIDDEN');
    await expectRefused(store(ctx), decide(noDepartment, { outcome: 'rejected', reasons: 'x' }), 403, 'FORBIDDEN');
    await expectRefused(store(ctx), decide(housing, { outcome: 'rejected' }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), decide(housing, { outcome: 'dismissed', reasons: 'x' }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), decide(housing, { outcome: 'corrected', correction: { departmentId: 'ks-transport' } }), 422, 'CORRECTION_FIELD_NOT_CORRECTABLE');
    await expectRefused(store(ctx), decide(housing, { outcome: 'corrected', correction: { disclosureMonths: 40 } }), 422, 'DISCLOSURE_PERIOD_OUT_OF_BOUNDS');
    await http(ctx).post(`/objections/${oid}/decision`).set(housing).send({ outcome: 'unresolved', reasons: '原始材料缺失，无法核实' }).expect(200);
    await expectRefused(store(ctx), decide(housing, { outcome: 'rejected', reasons: 'x' }), 422, 'OBJECTION_ALREADY_DECIDED');
  });

  it('documents the three routes in OpenAPI', async () => {
    const doc = await http(ctx).get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/subjects/{id}/objections', '/objections/{oid}/forward', '/objections/{oid}/decision']));
  });
});
