import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { expectRefused } from '../support/refusals.js';
import { startTestApp } from '../support/test-app.js';
import { actor } from '../support/actors.js';
import { bank, commitmentBody, housing, http, ORG, registerOrganisation, store, subjectActor, TODAY, type TestApp } from './records-fixture.js';

/** Issue 10: a nested object that is missing, null or not an object is bad input (400 naming it), never a 500; nothing is appended. */
describe('missing nested objects give 400 naming the field (issue 10, real app)', () => {
  let ctx: TestApp;
  let commitmentId: string;
  const subject = subjectActor(ORG);
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
    commitmentId = (await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).send(commitmentBody).expect(201)).body.commitmentId as string;
  });
  afterAll(async () => ctx.close());

  const refused = async (path: string, actor: Record<string, string>, body: object, field: string) => {
    const response = await expectRefused(store(ctx), () => http(ctx).post(path).set(actor).send(body), 400, 'VALIDATION_FAILED');
    const problems = (response.body.details.problems ?? [response.body.details]) as { field: string }[];
    expect(problems.map((p) => p.field)).toContain(field);
  };

  it.each([
    ['missing', {}],
    ['null', { target: null }],
    ['a string', { target: 'breach' }],
    ['an array', { target: [] }],
  ])('SH-SCR art. 36: an objection whose target is %s is refused 400 naming target', async (_, target) => {
    await refused(`/subjects/${ORG}/objections`, subject, { reason: 'x', ...target }, 'target');
  });

  it.each([
    ['missing', {}],
    ['null', { repairCommitment: null }],
    ['a number', { repairCommitment: 7 }],
  ])('令第36号: a repair application whose repairCommitment is %s is refused 400 naming repairCommitment', async (_, commitment) => {
    await refused(`/subjects/${ORG}/repairs`, subject, { breachId: 'x', proofOfFulfilment: 'y', ...commitment }, 'repairCommitment');
  });

  it.each([
    ['missing', {}],
    ['null', { pledges: null }],
  ])('A6, A8: a repair commitment whose pledges are %s is refused 400 naming repairCommitment.pledges', async (_, pledges) => {
    await refused(`/subjects/${ORG}/repairs`, subject, { breachId: 'x', proofOfFulfilment: 'y', repairCommitment: { matter: 'm', consentToPublication: true, ...pledges } }, 'repairCommitment.pledges');
  });

  it.each([
    ['missing', {}],
    ['null', { pledges: null }],
  ])('A6, A8: a commitment whose pledges are %s is refused 400 naming pledges', async (_, pledges) => {
    const { pledges: _dropped, ...rest } = commitmentBody;
    await refused(`/subjects/${ORG}/commitments`, housing, { ...rest, ...pledges }, 'pledges');
  });

  it.each([
    ['missing', {}],
    ['null', { breach: null }],
    ['a string', { breach: 'x' }],
  ])('A9: a breached check whose breach is %s is refused 400 naming breach', async (_, breach) => {
    await refused(`/subjects/${ORG}/commitments/${commitmentId}/checks`, housing, { outcome: 'breached', checkedOn: TODAY, ...breach }, 'breach');
  });

  it('A9: a kept check may leave breach absent or null', async () => {
    const other = (await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).send(commitmentBody).expect(201)).body.commitmentId as string;
    await http(ctx).post(`/subjects/${ORG}/commitments/${other}/checks`).set(housing).send({ outcome: 'kept', checkedOn: TODAY, breach: null }).expect(201);
  });

  it.each([
    ['null', { reliesOn: null }, 201],
    ['a string', { reliesOn: 'x' }, 400],
  ])('A18: a loan check whose reliesOn is %s answers %s', async (_, reliesOn, status) => {
    const body = { subjectId: ORG, amountFen: 100, pbocReferenceChecked: true, ...reliesOn };
    const response = await http(ctx).post('/loan-checks').set(bank).send(body);
    expect(response.status).toBe(status);
  });

  it.each([
    ['commissionedBy', null],
    ['sections', null],
    ['commissionedBy', undefined],
  ])('A15, A16: a credit report whose %s is %p is refused 400 naming it', async (field, value) => {
    const agency = actor('agency', 'agency-1');
    const body: Record<string, unknown> = { commissionedBy: { kind: 'subject' }, issuedOn: '2026-03-02', sections: {}, summary: 's', rating: 'AA', riskNotes: [] };
    body[field] = value;
    await refused(`/subjects/${ORG}/credit-reports`, agency, body, field);
  });
});
