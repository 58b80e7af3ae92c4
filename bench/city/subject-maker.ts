/**
 * Makes the subjects of one share of the city (every n-th index) in one thread: plan, decide in
 * memory, spill. What the main thread needs back — persons' fields, counts, sample ids — goes
 * through `report`. Used by the worker threads (city-worker.ts).
 */
import { join } from 'node:path';
import { subjectDecider } from '../../domain/subject/decider.js';
import { loadCalendar } from '../../src/calendar/load-calendar.js';
import { loadConfig } from '../../src/config/app-config.js';
import { subjectPolicyOf } from '../../src/config/subject-policy.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';
import type { DemoAgency } from '../../src/demo/plan-institutions.js';
import type { PersonalRecord } from '../../src/personal-data/personal-data.port.js';
import { Pseudonymizer } from '../../src/personal-data/pseudonymizer.js';
import { type CityContext, drawMix, planCityActivity } from './city-activity.js';
import { CityFacts } from './city-facts.js';
import { memoisedCalendar } from './memo-calendar.js';
import { ORGANISATION_SHARE, registerCitySubject, subjectPlan } from './city-subjects.js';
import { decideInMemory, type DecidedStream, type InMemoryDecision } from './decide-in-memory.js';
import { SpillWriter } from './time-ordered-spill.js';

export interface Share {
  readonly dataDir: string;
  readonly spillDir: string;
  readonly worker: number;
  readonly workers: number;
  readonly subjects: number;
  readonly seed: number;
  readonly today: string;
  readonly long: number;
  readonly longEvents: number;
  readonly agencies: readonly DemoAgency[];
  readonly institutionEvents: readonly StoredEvent[];
}

export interface ShareReport {
  readonly done: number;
  readonly events: number;
  readonly personal: readonly PersonalRecord[];
  readonly organisations: number;
  readonly samples: ReadonlyArray<readonly [number, string]>;
  readonly longSubjects: readonly string[];
  /** Only in the last report. */
  readonly final?: { readonly byType: Record<string, number>; readonly refusals: Record<string, number>; readonly spilledBytes: number };
}

const SAMPLE_SUBJECTS = 1_000;
const REPORT_EVERY = 500;

export async function makeShare(share: Share, report: (r: ShareReport) => void): Promise<void> {
  const config = loadConfig({ ...process.env, DATA_DIR: share.dataDir });
  const calendar = memoisedCalendar(loadCalendar(config));
  const pseudonyms = Pseudonymizer.fromConfig(join(share.dataDir, 'keys', 'pseudonym.key'));
  const decision: InMemoryDecision = {
    decider: subjectDecider({ calendar, policy: subjectPolicyOf(config) }),
    facts: CityFacts.fromEvents(share.institutionEvents),
    schemas: domainEventSchemas(),
    refusals: new Map(),
  };
  const activity: Omit<CityContext, 'plan'> = { agencies: share.agencies, calendar, loanThresholdFen: config.loanCheckThresholdFen, reviewDueDates: new Map() };
  const spill = new SpillWriter(share.spillDir, `w${share.worker}`);
  const byType = new Map<string, number>();
  const keep = (decided: DecidedStream, index: number) => {
    decided.events.forEach((event, i) => {
      spill.add(event, decided.recordedAtMs[i]!, index);
      byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    });
  };
  const sampleEvery = Math.max(1, Math.floor(share.subjects / SAMPLE_SUBJECTS));
  let pending = { done: 0, events: 0, personal: [] as PersonalRecord[], organisations: 0, samples: [] as Array<readonly [number, string]>, longSubjects: [] as string[] };
  const flush = () => {
    report(pending);
    pending = { done: 0, events: 0, personal: [], organisations: 0, samples: [], longSubjects: [] };
  };

  for (let index = share.worker; index < share.subjects; index += share.workers) {
    const plan = subjectPlan(share.seed, index, share.today);
    const kind = plan.rng.chance(ORGANISATION_SHARE) ? 'organisation' : 'person';
    const { subject, personal } = registerCitySubject(plan, index, kind, pseudonyms);
    planCityActivity({ ...activity, plan }, subject, drawMix(plan, kind));
    const decided = await decideInMemory(decision, plan, plan.ordered());
    keep(decided, index);
    pending.done += 1;
    pending.events += decided.events.length;
    if (kind === 'organisation') pending.organisations += 1;
    if (personal) pending.personal.push({ subjectId: subject.subjectId, ...personal, recordedAt: decided.firstRecordedAt ?? subject.registeredAt });
    if (index % sampleEvery === 0) pending.samples.push([index, subject.subjectId]);
    if (pending.done >= REPORT_EVERY) flush();
  }
  for (let j = share.worker; j < share.long; j += share.workers) {
    const index = share.subjects + j;
    const decided = await longEnterprise(share, index, decision, pseudonyms, activity);
    keep(decided.stream, index);
    pending.events += decided.stream.events.length;
    pending.longSubjects.push(decided.subjectId);
  }
  spill.close();
  report({ ...pending, final: { byType: Object.fromEntries(byType), refusals: Object.fromEntries(decision.refusals), spilledBytes: spill.bytes } });
}

/**
 * A long-lived enterprise: thousands of commitments, reviews, reports, uses and breaches over the
 * years, exactly `longEvents` events (its latest planned steps are dropped once it has them;
 * planned again with more activity if it fell short).
 */
async function longEnterprise(share: Share, index: number, decision: InMemoryDecision, pseudonyms: Pseudonymizer, activity: Omit<CityContext, 'plan'>): Promise<{ subjectId: string; stream: DecidedStream }> {
  for (let rounds = Math.ceil(share.longEvents / 6.5); ; rounds = Math.ceil(rounds * 1.2)) {
    const plan = subjectPlan(share.seed, index, share.today);
    const { subject } = registerCitySubject(plan, index, 'organisation', pseudonyms, true);
    process.stderr.write(`  long enterprise ${subject.subjectId}: ${rounds} rounds of activity, deciding up to ${share.longEvents} events\n`);
    // A14: every breach flags each review report still valid for amendment, so a busy enterprise's
    // breaches stay few, or the flags would crowd out everything else.
    planCityActivity({ ...activity, plan }, subject, { commitments: rounds, reviews: rounds, creditReports: rounds, loanChecks: Math.ceil(rounds / 2), breaches: 3, checkBreachRate: 0.001 });
    const stream = await decideInMemory(decision, plan, plan.ordered(), share.longEvents);
    if (stream.events.length >= share.longEvents) return { subjectId: subject.subjectId, stream };
  }
}
