import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { expectRefused } from '../support/refusals.js';
import { startTestApp } from '../support/test-app.js';
import {
  ORG, OTHER_ORG, PLEDGES, breachBody, center, housing, http, mergeDepartment, planning, recordBreach, registerOrganisation, store, subjectActor, TODAY, transport, type TestApp,
} from './records-fixture.js';

describe('credit repair over HTTP: applied for by the subject, decided by the recording department (NDRC 令第36号, real app, SQLite)', () => {
  let ctx: TestApp;
  const subject = subjectActor(ORG);
  const repairCommitment = { matter: '信用修复承诺', pledges: PLEDGES, consentToPublication: true };
  const application = (breachId: string) => ({ breachId, proofOfFulfilment: '罚款已缴清，缴款凭证 KS20250401-118', repairCommitment });
  const apply = async (breachId: string) => (await http(ctx).post(`/subjects/${ORG}/repairs`).set(subject).send(application(breachId)).expect(201)).body.repairId as string;
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
    await registerOrganisation(ctx, OTHER_ORG);
  });
  afterAll(async () => ctx.close());

  it('令第36号: the subject applies with proof and a repair commitment made to the recording department', async () => {
    const breachId = await recordBreach(ctx, ORG);
    const response = await http(ctx).post(`/subjects/${ORG}/repairs`).set(subject).send(application(breachId)).expect(201);
    expect(response.body.repairId).toMatch(new RegExp(`^${ORG}\\.[0-9a-f]{8}-[0-9a-f]{4}-7`));
    expect(response.body.events.map((e: { type: string }) => e.type)).toEqual(['CommitmentMade', 'RepairApplied']);
    expect(response.body.events[0].data).toMatchObject({ commitmentId: response.body.repairCommitmentId, kind: 'repair', departmentId: 'ks-housing' });
    expect(response.body.events[1].data).toMatchObject({ repairId: response.body.repairId, breachId, departmentId: 'ks-housing', repairCommitmentId: response.body.repairCommitmentId });
  });

  it('令第36号: the recording department approves; a second application for the repaired breach is refused', async () => {
    const breachId = await recordBreach(ctx, ORG);
    const rpid = await apply(breachId);
    const decided = await http(ctx).post(`/repairs/${rpid}/decision`).set(housing).send({ outcome: 'approved' }).expect(200);
    expect(decided.body.events).toEqual([expect.objectContaining({ type: 'RepairDecided', data: expect.objectContaining({ repairId: rpid, breachId, departmentId: 'ks-housing', outcome: 'approved' }) })]);
    expect(decided.headers.etag).toBe(`"${decided.body.revision}"`);
    await expectRefused(store(ctx), () => http(ctx).post(`/subjects/${ORG}/repairs`).set(subject).send(application(breachId)), 422, 'BREACH_ALREADY_REPAIRED');
  });

  it('令第36号, docs/domain.md: after a merger the successor of the recording department decides', async () => {
    const breachId = await recordBreach(ctx, ORG, planning);
    const rpid = await apply(breachId);
    await mergeDepartment(ctx, 'ks-planning', 'ks-housing', '2026-01-01');
    const decided = await http(ctx).post(`/repairs/${rpid}/decision`).set(housing).send({ outcome: 'refused', reasons: '履行证明不完整' }).expect(200);
    expect(decided.body.events[0].data).toMatchObject({ departmentId: 'ks-housing', outcome: 'refused', reasons: '履行证明不完整' });
  });

  it('令第36号: refusals of an application append nothing', async () => {
    const early = await recordBreach(ctx, ORG, housing, { ...breachBody, decisionDate: TODAY });
    const pending = await recordBreach(ctx, ORG);
    await apply(pending);
    const open = await recordBreach(ctx, ORG);
    const post = (actor: Record<string, string>, body: object) => () => http(ctx).post(`/subjects/${ORG}/repairs`).set(actor).send(body);
    await expectRefused(store(ctx), post(subject, application(early)), 422, 'REPAIR_TOO_EARLY');
    await expectRefused(store(ctx), post(subject, application(pending)), 422, 'REPAIR_ALREADY_PENDING');
    await expectRefused(store(ctx), post(subject, application('0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b')), 404, 'BREACH_NOT_FOUND');
    await expectRefused(store(ctx), post(subject, { ...application(open), repairCommitment: { ...repairCommitment, pledges: { ...PLEDGES, truthfulMaterials: false } } }), 422, 'COMMITMENT_PLEDGES_INCOMPLETE');
    await expectRefused(store(ctx), post(subject, { ...application(early), proofOfFulfilment: undefined }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), post(subject, { ...application(early), repairCommitment: { matter: 'x' } }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), post(housing, application(early)), 403, 'FORBIDDEN');
    await expectRefused(store(ctx), post(subjectActor(OTHER_ORG), application(early)), 403, 'FORBIDDEN');
  });

  it('令第36号: refusals of a decision append nothing', async () => {
    const rpid = await apply(await recordBreach(ctx, ORG));
    const decide = (actor: Record<string, string>, body: object, id = rpid) => () => http(ctx).post(`/repairs/${id}/decision`).set(actor).send(body);
    await expectRefused(store(ctx), decide(transport, { outcome: 'approved' }), 422, 'REPAIR_WRONG_DEPARTMENT');
    await expectRefused(store(ctx), decide(center, { outcome: 'approved' }), 403, 'FORBIDDEN');
    await expectRefused(store(ctx), decide(subject, { outcome: 'approved' }), 403, 'FORBIDDEN');
    await expectRefused(store(ctx), decide(housing, { outcome: 'refused' }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), decide(housing, { outcome: 'maybe' }), 400, 'VALIDATION_FAILED');
    await expectRefused(store(ctx), decide(housing, { outcome: 'approved' }, `${ORG}.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`), 404, 'REPAIR_NOT_FOUND');
    await expectRefused(store(ctx), decide(housing, { outcome: 'approved' }, `91110000600037341L.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`), 404, 'SUBJECT_NOT_REGISTERED');
    await expectRefused(store(ctx), decide(housing, { outcome: 'approved' }, 'repair-1'), 400, 'VALIDATION_FAILED');
    await http(ctx).post(`/repairs/${rpid}/decision`).set(housing).send({ outcome: 'approved' }).expect(200);
    await expectRefused(store(ctx), decide(housing, { outcome: 'approved' }), 422, 'REPAIR_ALREADY_DECIDED');
  });

  it('documents both routes in OpenAPI', async () => {
    const doc = await http(ctx).get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/subjects/{id}/repairs', '/repairs/{rpid}/decision']));
  });
});
