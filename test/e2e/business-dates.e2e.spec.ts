import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { actor } from '../support/actors.js';
import { expectRefused } from '../support/refusals.js';
import { startTestApp } from '../support/test-app.js';
import { breachBody, housing, http, ORG, registerOrganisation, store, type TestApp } from './records-fixture.js';

const office = actor('credit-office', 'supervisor-1');
const FILING = { name: '苏州示例信用评估有限公司', uscc: '91320583796541485R', filingAuthority: '江苏省社会信用体系建设领导小组办公室', level: 'province', filingNumber: '苏信备〔2024〕017号', filedOn: '2024-01-15' };

/** Business dates over HTTP: implausible dates are a 400 naming the field and the rule, and append nothing. */
describe('business dates in commands (real app)', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
  });
  afterAll(async () => ctx.close());

  const refused = async (send: () => PromiseLike<{ status: number; body: { code: string; details: Record<string, unknown> } }>, field: string, rule: string, article: string) => {
    const answer = await expectRefused(store(ctx), send, 400, 'VALIDATION_FAILED');
    expect(answer.body.details).toMatchObject({ field, rule, article });
  };

  it('A9, A31: a breach decided on 0000-01-01 (or any day before the measure, 2017-03-06) is refused 400 BEFORE_MEASURE naming decisionDate', async () => {
    await refused(() => http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).send({ ...breachBody, decisionDate: '0000-01-01' }), 'decisionDate', 'BEFORE_MEASURE', 'A31');
    await refused(() => http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).send({ ...breachBody, decisionDate: '2017-03-05' }), 'decisionDate', 'BEFORE_MEASURE', 'A31');
  });

  it('A9: a breach decided after today is refused 400 DATE_NOT_IN_FUTURE naming decisionDate', async () => {
    await refused(() => http(ctx).post(`/subjects/${ORG}/breaches`).set(housing).send({ ...breachBody, decisionDate: '2999-01-01' }), 'decisionDate', 'DATE_NOT_IN_FUTURE', 'A9');
  });

  it('A20: an agency filed on 0000-01-01 is refused 400 FILING_DATE_TOO_EARLY naming filedOn; a future filing date is refused too', async () => {
    await refused(() => http(ctx).post('/agencies').set(office).send({ ...FILING, filedOn: '0000-01-01' }), 'filedOn', 'FILING_DATE_TOO_EARLY', 'A20');
    await refused(() => http(ctx).post('/agencies').set(office).send({ ...FILING, filedOn: '2999-01-01' }), 'filedOn', 'DATE_IN_FUTURE', 'A20');
    await http(ctx).post('/agencies').set(office).send(FILING).expect(201);
  });
});
