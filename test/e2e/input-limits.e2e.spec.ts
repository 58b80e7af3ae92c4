import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { accessStreamName } from '../../domain/access/decider.js';
import { INPUT_LIMITS } from '../../src/http/input/input-limits.js';
import { startTestApp } from '../support/test-app.js';
import { center, commitmentBody, housing, http, identityNumber, ORG, registerOrganisation, registerPerson, store, type TestApp } from './records-fixture.js';

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Issue 10 over HTTP: every malformed body gets a small 400 naming the JSON path and the rule, and appends nothing. */
describe('input limits and text rules (issue 10, real app)', () => {
  let ctx: TestApp;
  let person: string;
  const commit = (body: string | object) => {
    const call = http(ctx).post(`/subjects/${ORG}/commitments`).set(housing);
    return typeof body === 'string' ? call.set('Content-Type', 'application/json').send(body) : call.send(body);
  };
  const refused = async (body: string | object, field: string, rule: string) => {
    const before = await store(ctx).headPosition();
    const response = await commit(body);
    expect({ status: response.status, code: response.body.code, field: response.body.details?.field ?? response.body.details?.problems?.[0]?.field, rule: response.body.details?.rule ?? response.body.details?.problems?.[0]?.rule })
      .toEqual({ status: 400, code: 'VALIDATION_FAILED', field, rule });
    expect(await store(ctx).headPosition()).toBe(before);
    return response;
  };
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
    person = await registerPerson(ctx, identityNumber('320583', '1975-08-21', '031'), '司马相如');
  });
  afterAll(async () => ctx.close());

  it('FINITE_NUMBER: {"matter":"x","zz":1e309} parses to Infinity and is refused naming zz (was a 500 in the fingerprint)', async () => {
    await refused('{"matter":"x","zz":1e309}', 'zz', 'FINITE_NUMBER');
    await refused('{"pledges":{"a":[1,-1e400]}}', 'pledges.a[1]', 'FINITE_NUMBER');
  });

  it('FINITE_NUMBER: the same with an Idempotency-Key (the fingerprint is never computed over Infinity)', async () => {
    const response = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).set('Idempotency-Key', 'fuzz-key-0001').set('Content-Type', 'application/json').send('{"zz":1e309}');
    expect(response.status).toBe(400);
  });

  it(`JSON_DEPTH: {"x":[[[…2000 deep…]]]} is refused at depth ${INPUT_LIMITS.maxDepth} naming the path (was a RangeError 500)`, async () => {
    const response = await refused(`{"x":${nested(2000)}}`, `x${'[0]'.repeat(INPUT_LIMITS.maxDepth - 1)}`, 'JSON_DEPTH');
    expect(response.text.length).toBeLessThan(2_000);
  });

  it(`JSON_DEPTH: ${INPUT_LIMITS.maxDepth} levels pass the guard and reach the DTO (an unknown field)`, async () => {
    await refused(`{"x":${nested(INPUT_LIMITS.maxDepth - 1)}}`, 'x', 'whitelistValidation');
  });

  it('JSON_NODES: a 238 KB body of 27,000 unknown keys answers a small 400 naming the rule', async () => {
    const body = `{${Array.from({ length: 27_000 }, (_, i) => `"${i.toString(36)}":1`).join(',')}}`;
    expect(body.length).toBeGreaterThan(200_000);
    expect(body.length).toBeLessThan(250_000);
    const response = await refused(body, 'body', 'JSON_NODES');
    expect(response.text.length).toBeLessThan(2_000);
  });

  it(`validation refusal: ${INPUT_LIMITS.maxNodes} unknown keys list the first ${INPUT_LIMITS.maxProblemsListed} problems and count the rest, in a small answer`, async () => {
    const body = Object.fromEntries(Array.from({ length: 990 }, (_, i) => [`k${i}`, 1]));
    const response = await commit({ ...commitmentBody, ...body });
    expect(response.status).toBe(400);
    expect(response.body.details.problems).toHaveLength(INPUT_LIMITS.maxProblemsListed);
    expect(response.body.details.moreProblems).toBe(990 - INPUT_LIMITS.maxProblemsListed);
    expect(response.body.message).toMatch(/\(and 970 more\)$/);
    expect(response.text.length).toBeLessThan(16_000);
  });

  it('STRING_LENGTH and KEY_LENGTH: an over-long string or key is refused naming it', async () => {
    await refused({ ...commitmentBody, matter: 'x'.repeat(INPUT_LIMITS.maxStringLength + 1) }, 'matter', 'STRING_LENGTH');
    await refused({ [`k${'y'.repeat(INPUT_LIMITS.maxKeyLength)}`]: 1 }, `k${'y'.repeat(39)}…`, 'KEY_LENGTH');
  });

  it('BODY_OBJECT: a JSON array as the body of a POST is refused', async () => {
    await refused('[1,2]', 'body', 'BODY_OBJECT');
  });

  it.each([
    ['NUL', 'TEXT_CONTROL_CHARACTER', '建设\u0000工程'],
    ['an ANSI escape', 'TEXT_CONTROL_CHARACTER', '\u001b[31m红色\u001b[0m'],
    ['a C1 control', 'TEXT_CONTROL_CHARACTER', '工程\u0085'],
    ['a bidi override', 'TEXT_BIDI_OVERRIDE', '工程\u202Egnp.exe'],
    ['a bidi isolate', 'TEXT_BIDI_OVERRIDE', '\u2066工程\u2069'],
    ['a lone surrogate', 'TEXT_LONE_SURROGATE', '工程\uD800'],
    ['only zero-width characters', 'TEXT_BLANK', '\u200B\u200D\uFEFF'],
    ['only white space', 'TEXT_BLANK', ' \u3000\t'],
  ])('text rules: a matter with %s is refused 400 naming the field matter, rule %s', async (_, rule, matter) => {
    await refused({ ...commitmentBody, matter }, 'matter', rule);
  });

  it('text rules: a nested field is named by its path (pledges.x), and a key with a control character is refused', async () => {
    await refused({ ...commitmentBody, pledges: { ...commitmentBody.pledges, x: 'a\u0007' } }, 'pledges.x', 'TEXT_CONTROL_CHARACTER');
    await refused('{"a\\u0000":1}', 'body', 'TEXT_CONTROL_CHARACTER');
  });

  it('text rules: tab and line breaks are accepted in text; a decomposed matter is stored in NFC', async () => {
    const decomposed = 'Cafe\u0301 承诺\n第二行\t第三段';
    const response = await commit({ ...commitmentBody, matter: decomposed }).expect(201);
    const made = response.body.events.find((e: { type: string }) => e.type === 'CommitmentMade');
    expect(made.data.matter).toBe(decomposed.normalize('NFC'));
    expect(made.data.matter).not.toBe(decomposed);
  });

  it('text rules: the query string is held to them too', async () => {
    const response = await http(ctx).get('/subjects').query({ q: 'a\u0000b' }).set(center);
    expect(response.status).toBe(400);
    expect(response.body.details).toMatchObject({ field: 'q', rule: 'TEXT_CONTROL_CHARACTER' });
  });

  it('HEADERS_TOO_LARGE: a request line over 16 KiB, refused by Node\'s parser, still answers the API error body with a code', async () => {
    const response = await http(ctx).get(`/subjects/${'字'.repeat(3_000)}/status`).set(center);
    expect(response.status).toBe(431);
    expect(response.body).toMatchObject({ statusCode: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it.each([
    ['text/plain', 'matter=x'],
    ['application/x-www-form-urlencoded', 'matter=%00&pledges[a][b][c]=1'],
    ['application/x-www-form-urlencoded', 'matter=x'],
    ['application/octet-stream', '\u0000\u0001'],
  ])('a %s body is a 400, never a 5xx, and appends nothing', async (type, body) => {
    const before = await store(ctx).headPosition();
    const response = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).set('Content-Type', type).send(body);
    expect(response.status).toBe(400);
    expect(typeof response.body.code).toBe('string');
    expect(await store(ctx).headPosition()).toBe(before);
  });

  it.each([
    ['gzip', 'not gzip at all'],
    ['deflate', 'not deflate'],
    ['br', 'not brotli'],
    ['x-unknown', '{}'],
  ])('a body declared %s that cannot be read is a 4xx naming the body rule, with no parser or zlib message, and appends nothing', async (encoding, body) => {
    const before = await store(ctx).headPosition();
    const response = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).set('Content-Type', 'application/json').set('Content-Encoding', encoding).send(body);
    expect([400, 415]).toContain(response.status);
    expect(response.body).toMatchObject({ code: response.status === 415 ? 'UNSUPPORTED_CONTENT_ENCODING' : 'MALFORMED_BODY', details: { field: 'body' } });
    expect(JSON.stringify(response.body)).not.toMatch(/header check|Decompression|incorrect|zlib/i);
    expect(await store(ctx).headPosition()).toBe(before);
  });

  it('a missing field is one problem, REQUIRED, naming the field (issue 11: not every rule its absence also breaks)', async () => {
    const { matter: _matter, kind: _kind, ...rest } = commitmentBody;
    const response = await http(ctx).post(`/subjects/${ORG}/commitments`).set(housing).send(rest).expect(400);
    const problems = response.body.details.problems as Array<{ field: string; rule: string }>;
    expect(problems.filter((p) => p.field === 'matter')).toEqual([expect.objectContaining({ field: 'matter', rule: 'REQUIRED' })]);
    expect(problems.filter((p) => p.field === 'kind')).toEqual([expect.objectContaining({ field: 'kind', rule: 'REQUIRED' })]);
  });

  it.each(['%', '%E8%A1', '%ED%A0%80'])('PERCENT_ENCODING: a path parameter %s that is not percent-encoded UTF-8 is a 400 naming the rule', async (segment) => {
    const response = await http(ctx).get(`/subjects/${segment}/status`).set(center).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'path', rule: 'PERCENT_ENCODING' } });
  });

  describe('X-Purpose (A28): what the access log stores is exactly what the client meant', () => {
    const read = (headers: Record<string, string>) => http(ctx).get(`/subjects/${person}/personal-data`).set(housing).set(headers);
    const accessEvents = async () => store(ctx).readStream(accessStreamName(person)).catch(() => []);

    it('A28, HEADER_PERCENT_ENCODING: a raw UTF-8 X-Purpose (read by Node as latin1) is refused 400 saying to percent-encode; nothing is logged', async () => {
      const before = (await accessEvents()).length;
      const raw = Buffer.from('行政许可审查', 'utf8').toString('latin1');
      const response = await read({ 'X-Purpose': raw }).expect(400);
      expect(response.body.details).toMatchObject({ field: 'X-Purpose', rule: 'HEADER_PERCENT_ENCODING' });
      expect(response.body.message).toMatch(/percent-encoded/);
      expect((await accessEvents()).length).toBe(before);
    });

    it.each([
      ['%00', 'TEXT_CONTROL_CHARACTER'],
      ['%1B%5B31m', 'TEXT_CONTROL_CHARACTER'],
      ['%E2%80%AEabc', 'TEXT_BIDI_OVERRIDE'],
      ['%E2%80%8B%E2%80%8B', 'TEXT_BLANK'],
      ['%ED%A0%80', 'HEADER_PERCENT_ENCODING'],
      ['%E8%A1', 'HEADER_PERCENT_ENCODING'],
    ])('A28: X-Purpose %s is refused (%s), nothing logged', async (header, rule) => {
      const before = (await accessEvents()).length;
      const response = await read({ 'X-Purpose': header }).expect(400);
      expect(response.body.details).toMatchObject({ field: 'X-Purpose', rule });
      expect((await accessEvents()).length).toBe(before);
    });

    it('A28: a percent-encoded purpose is logged decoded and in NFC', async () => {
      const purpose = '行政许可审查 Cafe\u0301';
      const response = await read({ 'X-Purpose': encodeURIComponent(purpose) }).expect(200);
      expect(response.body.access.purpose).toBe(purpose.normalize('NFC'));
      const events = await accessEvents();
      expect(events.at(-1)!.data.purpose).toBe(purpose.normalize('NFC'));
    });
  });
});
