/**
 * The city's institutions, written through the service's own command path (load → decide →
 * append) into a scratch log: the A13 pilots as the service registers them, the demo's tax-bureau
 * merger, department rules (A24) and agencies (A20, A26, one suspended, one out for misconduct),
 * plus more filed agencies, as a city has. Their events are then merged into the city's log by time.
 */
import { join } from 'node:path';
import { subjectDecider } from '../../domain/subject/decider.js';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { BusinessClock } from '../../src/demo/business-clock.js';
import { CREDIT_OFFICE } from '../../src/demo/demo-actors.js';
import { storeFacts } from '../../src/demo/demo-facts.js';
import { DemoPlan } from '../../src/demo/demo-plan.js';
import { at } from '../../src/demo/demo-time.js';
import { registerPilotDepartments } from '../../src/departments/register-pilot-departments.js';
import { demoUscc } from '../../src/demo/identifiers.js';
import { type DemoAgency, planAgencies, planDepartmentRules, planTaxMerger } from '../../src/demo/plan-institutions.js';
import { runPlan } from '../../src/demo/run-plan.js';
import { GENESIS_HASH, eventHash } from '../../src/event-store/hash-chain.js';

/** When the pilots are registered (A13): before anything else in the city's log. */
export const PILOTS_REGISTERED_AT = '2025-01-02T08:30:00+08:00';
/** Agencies filed with the credit office besides the demo's six (a city has dozens). */
export const EXTRA_AGENCIES = 34;

export interface CityInstitutions {
  readonly events: readonly StoredEvent[];
  readonly agencies: readonly DemoAgency[];
}

export interface InstitutionInputs {
  readonly scratchDir: string;
  readonly seed: number;
  readonly today: string;
  readonly calendar: WorkingDayCalendar;
  readonly loanThresholdFen: number;
}

export async function writeInstitutions(inputs: InstitutionInputs): Promise<CityInstitutions> {
  const clock = new BusinessClock(PILOTS_REGISTERED_AT);
  const store = new SqliteEventStore({ file: join(inputs.scratchDir, 'institutions.sqlite'), schemas: domainEventSchemas(), synchronous: 'NORMAL', clock });
  try {
    await registerPilotDepartments(store, PILOTS_REGISTERED_AT);
    const plan = new DemoPlan(inputs.seed, inputs.today);
    planTaxMerger(plan);
    planDepartmentRules(plan);
    const agencies = [...planAgencies(plan), ...planExtraAgencies(plan)];
    const subjects = subjectDecider({ calendar: inputs.calendar, policy: { loanCheckThresholdFen: inputs.loanThresholdFen, countReportsOfMisconductAgencies: true } });
    await runPlan({ store, subjects, facts: storeFacts(store), clock, today: inputs.today }, plan.ordered(), () => undefined);
    const events = withSeededEventIds(await store.readAll(0, 1_000_000), plan);
    return { events, agencies };
  } finally {
    await store.close();
  }
}

/**
 * The store gives each event a random UUID v7 at the real time; for a city that is the same on
 * every run, each gets one from the seeded plan at its business instant instead, and the chains
 * are sealed again over the new ids: the events append would have written had it been given them.
 */
function withSeededEventIds(events: readonly StoredEvent[], plan: DemoPlan): StoredEvent[] {
  const lastHash = new Map<string, string>();
  return events.map((event) => {
    const eventId = plan.id(event.metadata.recordedAt.replace(/\.\d{3}\+08:00$/, '+08:00'));
    const { hash: _old, ...metadata } = { ...event.metadata, prevHash: lastHash.get(event.stream) ?? GENESIS_HASH };
    const hash = eventHash({ ...event, eventId, metadata });
    lastHash.set(event.stream, hash);
    return { ...event, eventId, metadata: { ...metadata, hash } };
  });
}

const CORES = ['诚信', '中诚', '信达', '华信', '立信', '恒信', '天信', '正信', '汇信', '联信', '东信', '安信', '同信', '众信', '和信', '永信', '金信'];
const LEVELS = [
  { level: 'city', authority: '昆山市信用办' },
  { level: 'province', authority: '江苏省信用办' },
  { level: 'national', authority: '国家发展改革委' },
] as const;

/** A20: more agencies filed at city level or above (filed on dates from 2017), all in force. */
function planExtraAgencies(plan: DemoPlan): DemoAgency[] {
  return Array.from({ length: EXTRA_AGENCIES }, (_, i) => {
    const filedAt = at('2025-01-03', 16, i);
    const agencyId = plan.id(filedAt);
    const { level, authority } = plan.rng.pick(LEVELS);
    const filedOn = `${plan.rng.int(2017, 2024)}-0${plan.rng.int(1, 9)}-1${plan.rng.int(0, 9)}`;
    const name = `${plan.rng.pick(['昆山', '苏州', '江苏', '上海'])}${plan.rng.pick(CORES)}${plan.rng.pick(['信用管理', '信用评估', '征信服务', '信用咨询'])}有限公司（${i + 1}）`;
    const uscc = demoUscc(plan.rng);
    plan.agency({
      now: filedAt, id: agencyId, actor: CREDIT_OFFICE,
      build: () => ({ type: 'FileAgency', now: filedAt, agencyId, name, uscc, filingAuthority: authority, level, filingNumber: `XYBA-${filedOn.slice(0, 4)}-${String(100 + i).padStart(3, '0')}`, filedOn }),
    });
    return { agencyId, issuesBefore: null };
  });
}
