/** Shared fixed data of the commitments, breaches, objections and repairs e2e suites. */
import request from 'supertest';
import { departmentDecider, departmentStreamName } from '../../domain/department/decider.js';
import { residentIdCheckDigit } from '../../domain/rules/identifiers/resident-id.js';
import { executeDeciderCommand } from '../../src/commands/execute-decider-command.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { actor } from '../support/actors.js';
import { TEST_TODAY } from '../support/clocks.js';
import type { TestApp } from '../support/test-app.js';

export type { TestApp };

export const ORG = '91320583722291823U';
export const OTHER_ORG = '91320583796541485R';

export const housing = actor('department', 'officer-3', 'ks-housing');
export const transport = actor('department', 'officer-9', 'ks-transport');
export const planning = actor('department', 'officer-5', 'ks-planning');
export const noDepartment = actor('department', 'officer-0');
export const center = actor('center', 'center-clerk-1');
export const bank = actor('bank', 'bank-icbc-ks');
export const subjectActor = (subjectId: string) => actor('subject', subjectId);

/**
 * The test app's business date (its clock stands at TEST_NOW), and the decider refuses a check dated
 * before its commitment: checks are dated that day.
 */
export const TODAY = TEST_TODAY;

export const PLEDGES = { ownCreditStatus: true, truthfulMaterials: true, acceptsLiability: true, acceptsSupervision: true, compliesWithLaw: true };
export const commitmentBody = { kind: 'approval-replacing', matter: '建设工程施工许可告知承诺', pledges: PLEDGES, consentToPublication: true };
/** Decided long enough ago that a repair is possible (general: 3 months minimum). */
export const breachBody = { breachClass: 'general', basisDocument: '昆住建罚〔2025〕12号', decisionDate: '2025-02-10', disclosureMonths: 12, summary: '未按承诺期限补齐施工许可材料' };

/** An 18-digit identity number with its check digit (GB 11643-1999) for a fixed birth date. */
export function identityNumber(division: string, birth: string, sequence: string): string {
  const first17 = `${division}${birth.replaceAll('-', '')}${sequence}`;
  return first17 + residentIdCheckDigit(first17);
}

export function http(ctx: TestApp) {
  return request(ctx.app.getHttpServer());
}

export function store(ctx: TestApp): EventStore {
  return ctx.app.get<EventStore>(EVENT_STORE);
}

/** Read your own writes: the X-Min-Position header that makes a query wait for the views to reach every event appended so far. */
export async function caughtUp(ctx: TestApp): Promise<{ 'X-Min-Position': string }> {
  return { 'X-Min-Position': String(await store(ctx).headPosition()) };
}

export async function registerOrganisation(ctx: TestApp, uscc: string): Promise<void> {
  await http(ctx).post('/subjects').set(housing).send({ kind: 'organisation', uscc, name: '昆山示例精密机械有限公司' }).expect(201);
}

export async function registerPerson(ctx: TestApp, number: string, fullName: string): Promise<string> {
  const response = await http(ctx).post('/subjects').set(housing).send({ kind: 'person', identityNumber: number, fullName }).expect(201);
  return response.body.subjectId as string;
}

/** A9: a breach recorded by `by` (the housing bureau's by default) against `subjectId`; its id. */
export async function recordBreach(ctx: TestApp, subjectId: string, by: Record<string, string> = housing, body: object = breachBody): Promise<string> {
  return (await http(ctx).post(`/subjects/${subjectId}/breaches`).set(by).send(body).expect(201)).body.breachId as string;
}

/** docs/domain.md: a merger, appended straight to the department stream (the department routes are another capability's). */
export async function mergeDepartment(ctx: TestApp, departmentId: string, intoDepartmentId: string, effectiveOn: string): Promise<void> {
  await executeDeciderCommand({
    store: store(ctx),
    decider: departmentDecider,
    stream: departmentStreamName(departmentId),
    command: { type: 'MergeDepartment', now: '2026-01-05T09:00:00+08:00', departmentId, intoDepartmentId, effectiveOn, basisDocument: '昆编〔2026〕1号' },
    metadata: { commandId: `merge-${departmentId}`, correlationId: `merge-${departmentId}`, causationId: null, actor: { kind: 'operator', id: 'op-1', department: null }, commandType: 'MergeDepartment' },
  });
}
