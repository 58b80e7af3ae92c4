import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { subjectStreamName } from '../../domain/subject/decider.js';
import { startTestApp } from '../support/test-app.js';
import { commitmentBody, housing, http, ORG, registerOrganisation, store, type TestApp } from './records-fixture.js';

const WRITERS = 64;

/** Conflict retries (jittered backoff within a budget): writers on one subject without If-Match never see 409. */
describe('64 concurrent writers on one subject', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    // The log's writer on its own thread, as in production: appends yield, so writers really interleave.
    ctx = await startTestApp({ SQLITE_WRITER_THREAD: 'true' });
    await registerOrganisation(ctx, ORG);
  });
  afterAll(async () => ctx.close());

  it('A11: 64 commitments posted at once on one subject without If-Match all answer 201, and all 64 are in the stream', async () => {
    const answers = await Promise.all(Array.from({ length: WRITERS }, (_, i) =>
      http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).send({ ...commitmentBody, matter: `建设工程施工许可告知承诺 第${i + 1}号` })));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: WRITERS }, () => 201));
    const made = (await store(ctx).readStream(subjectStreamName(ORG))).filter((event) => event.type === 'CommitmentMade');
    expect(made).toHaveLength(WRITERS);
    expect(new Set(made.map((event) => event.data.matter)).size).toBe(WRITERS);
  }, 120_000);
});
