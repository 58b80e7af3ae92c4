import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { POLICY, type RoutePolicy } from '../../src/auth/policy.js';
import type { Role } from '../../src/auth/roles.js';
import { actor } from '../support/actors.js';
import { fuzzRuns } from '../support/fuzz-runs.js';
import { startTestApp } from '../support/test-app.js';
import { bodyFor, exampleOf, headersArb, pathParam, queryArb, type Components } from './support/fuzz-inputs.js';
import { breachBody, commitmentBody, housing, identityNumber, ORG, registerOrganisation, registerPerson, store, type TestApp } from './records-fixture.js';

/** How many generated requests each operation of the OpenAPI document gets (≈ 50 operations): 20 in `npm test` (≈ 1,050 requests), 40 in `npm run test:fuzz` (≈ 2,050). */
const RUNS_PER_OPERATION = fuzzRuns(40);
/** Fixed so every run sends the same requests; FUZZ_SEED explores others (a failure prints the request to replay). */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_010);

const ACTORS: Record<Role, Record<string, string>> = {
  subject: actor('subject', ORG),
  department: housing,
  center: actor('center', 'center-clerk-1'),
  'credit-office': actor('credit-office', 'supervisor-1'),
  agency: actor('agency', '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b'),
  bank: actor('bank', 'bank-icbc-ks'),
  auditor: actor('auditor', 'auditor-1'),
};

/** Ids the calls may name: seeded ones, ones harvested from 2xx answers, and well-formed ones that exist nowhere. */
const KNOWN: Record<string, string[]> = {
  id: [ORG, '91110000600037341L'], cid: [], oid: [`${ORG}.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`], rpid: [`${ORG}.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`],
  rid: ['0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b'], aid: ['0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b'], did: ['ks-housing', 'ks-nonexistent'],
};
const HARVEST: Record<string, string> = { subjectId: 'id', commitmentId: 'cid', objectionId: 'oid', repairId: 'rpid', reportId: 'rpid', reviewId: 'rid', agencyId: 'aid' };

function harvest(value: unknown): void {
  const stack = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === null || typeof item !== 'object') continue;
    for (const [key, child] of Object.entries(item)) {
      const pool = KNOWN[HARVEST[key] ?? ''];
      if (pool && typeof child === 'string' && !pool.includes(child) && pool.length < 12) pool.push(child);
      stack.push(child);
    }
  }
}

interface Operation { readonly method: 'get' | 'post'; readonly path: string; readonly query: string[]; readonly roles: Role[]; readonly example: unknown }
interface Case { readonly path: string; readonly query: Record<string, string | string[]>; readonly headers: Record<string, string>; readonly role: Role | null; readonly body?: { raw: string } | { json: unknown } }

/** Percent-encodes a path segment; a lone surrogate (which encodeURIComponent refuses) goes as the invalid UTF-8 bytes ED A0 80. */
const pathSegment = (value: string): string => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/gu, '\u0001')).replaceAll('%01', '%ED%A0%80');

const rolesOf = (policy: RoutePolicy | undefined): Role[] => (policy === undefined || policy === 'public' ? [] : Object.keys(policy) as Role[]);

/**
 * Issue 10, "Tests that attack": every operation of the app's own OpenAPI document, called with
 * malformed and semi-valid bodies, query strings, path parameters and headers, by a role allowed
 * to call it (so the calls get past authorization). No answer may be a 5xx; every 4xx carries a
 * code and leaves the log head where it was.
 */
describe('fuzzing every operation of the OpenAPI document (issue 10, real app, fast-check)', () => {
  let ctx: TestApp;
  let operations: Operation[] = [];
  let head = 0;
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  /** 4xx answers that broke a rule: no code, or events appended. */
  const refusals: string[] = [];
  let cases = 0;
  let unsendable = 0;

  beforeAll(async () => {
    ctx = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000' });
    await registerOrganisation(ctx, ORG);
    KNOWN.id!.push(await registerPerson(ctx, identityNumber('320583', '1975-08-21', '031'), '司马相如'));
    const http = request(ctx.app.getHttpServer());
    harvest((await http.post(`/subjects/${ORG}/commitments`).set(housing).send(commitmentBody).expect(201)).body);
    const breach = (await http.post(`/subjects/${ORG}/breaches`).set(housing).send(breachBody).expect(201)).body as { breachId: string };
    harvest(breach);
    // Records to act on, so that mutated bodies reach the deciders: an objection, a repair application, a review request.
    const subject = ACTORS.subject;
    harvest((await http.post(`/subjects/${ORG}/objections`).set(subject).send({ target: { kind: 'breach', id: breach.breachId }, reason: '处罚决定已被撤销' }).expect(201)).body);
    harvest((await http.post(`/subjects/${ORG}/repairs`).set(subject).send({ breachId: breach.breachId, proofOfFulfilment: '罚款已缴清', repairCommitment: { matter: '信用修复承诺', pledges: commitmentBody.pledges, consentToPublication: true } }).expect(201)).body);
    harvest((await http.post(`/subjects/${ORG}/reviews`).set(housing).send({ area: 'fiscal-funds-policy-loans', matter: '2026年度贷款贴息申报', forDepartmentId: 'ks-housing' })).body);
    const doc = (await http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, { schema: object }> } }>>; components: { schemas: Components } };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const schema = op.requestBody?.content['application/json']?.schema;
        operations.push({
          method: method as 'get' | 'post', path, query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          roles: rolesOf(POLICY[`${method.toUpperCase()} ${path}` as keyof typeof POLICY]), example: schema ? exampleOf(schema, doc.components.schemas) : undefined,
        });
      }
    }
    operations = operations.filter((op) => op.method === 'get' || op.method === 'post');
  }, 60_000);

  afterAll(async () => {
    console.log(`fuzz-openapi: ${operations.length} operations, ${cases} cases sent (${unsendable} the HTTP client could not send), ${failures.length} 5xx; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    await ctx?.close();
  });

  async function send(op: Operation, c: Case): Promise<void> {
    const before = await store(ctx).headPosition();
    head = before;
    let call = request(ctx.app.getHttpServer())[op.method](c.path).timeout(20_000);
    try {
      call = call.query(c.query).set(c.headers);
      if (c.role) call = call.set(ACTORS[c.role]);
      if (c.body && 'raw' in c.body) call = call.set('Content-Type', 'application/json').send(c.body.raw);
      else if (c.body) call = call.send(c.body.json as object);
    } catch {
      unsendable += 1;
      return;
    }
    const response = await call.then((r) => r, (error: { response?: request.Response }) => error.response);
    if (response === undefined) {
      unsendable += 1;
      return;
    }
    cases += 1;
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const label = `${op.method.toUpperCase()} ${c.path.slice(0, 120)} as ${c.role ?? 'public'} → ${response.status} ${response.body?.code ?? ''}`;
    if (response.status >= 500) failures.push(`${label} ${JSON.stringify({ query: c.query, headers: c.headers, body: c.body }).slice(0, 400)}`);
    if (response.status >= 400 && response.status < 500) {
      if (typeof response.body?.code !== 'string') refusals.push(`no code: ${label}`);
      const after = await store(ctx).headPosition();
      if (after !== before) refusals.push(`appended ${after - before} event(s): ${label}`);
    }
    if (response.status < 300) harvest(response.body);
  }

  function casesFor(op: Operation, runs: number, seed: number): Case[] {
    const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const params = fc.tuple(...names.map((name) => pathParam(KNOWN[name]?.length ? KNOWN[name]! : ['x'])));
    const arb = fc.record({
      values: names.length ? params : fc.constant([] as string[]),
      query: op.query.length ? queryArb(op.query) : fc.oneof(fc.constant({}), queryArb(['q'])),
      headers: headersArb(() => head),
      role: op.roles.length ? fc.constantFrom(...op.roles) : fc.constant(null),
      body: op.method === 'post' ? bodyFor(op.example ?? {}) : fc.constant(undefined),
    });
    return fc.sample(arb, { seed, numRuns: runs }).map(({ values, query, headers, role, body }) => ({
      path: names.reduce((path, name, i) => path.replace(`{${name}}`, pathSegment(values[i]!)), op.path),
      query, headers, role, ...(body ? { body } : {}),
    }));
  }

  it('answers every generated request without a 5xx; every 4xx has a code and appends nothing', async () => {
    expect(operations.length).toBeGreaterThan(40);
    // First each operation once as documented (its examples, known ids), so later calls find records to act on.
    for (const op of operations) {
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent((name === 'id' ? KNOWN.id![0] : KNOWN[name]?.at(-1)) ?? 'x'));
      await send(op, { path, query: {}, headers: {}, role: op.roles[0] ?? null, ...(op.method === 'post' ? { body: { json: op.example ?? {} } } : {}) });
    }
    for (const [index, op] of operations.entries()) {
      for (const c of casesFor(op, RUNS_PER_OPERATION, SEED + index)) await send(op, c);
    }
    expect(failures).toEqual([]);
    expect(refusals).toEqual([]);
    // Most generated requests reach the app (a few the HTTP client itself cannot send): ≥ 1,500 of ≈ 2,000 at the full count.
    expect(cases).toBeGreaterThan(0.75 * operations.length * RUNS_PER_OPERATION);
  }, 240_000);
});
