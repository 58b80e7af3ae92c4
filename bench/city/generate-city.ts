/**
 * Writes a city: institutions through the service's command path, then every subject decided in
 * memory through the real subject decider, the whole log imported in business-time order with
 * the store's importEvents (hash chains, recordedAt and recorded_at_ms exactly as append makes
 * them), persons' fields into the personal-data store. Deterministic given the options.
 * Written into `<dir>.partial` and renamed at the end: a city directory is whole or absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subjectDecider } from '../../domain/subject/decider.js';
import { loadCalendar } from '../../src/cli/stores.js';
import { loadConfig } from '../../src/config/app-config.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ACTIVE_DEPARTMENTS } from '../../src/demo/plan-institutions.js';
import { Pseudonymizer } from '../../src/personal-data/pseudonymizer.js';
import { parseInstantMs } from '../../src/shared/clock.js';
import { Progress } from '../lib/progress.js';
import { type CityContext, drawMix, planCityActivity } from './city-activity.js';
import { CityFacts } from './city-facts.js';
import { writeInstitutions } from './city-institutions.js';
import { CITY_GENERATOR, type CityManifest, writeManifest } from './city-manifest.js';
import { ORGANISATION_SHARE, registerCitySubject, subjectPlan } from './city-subjects.js';
import { decideInMemory, type DecidedStream, type InMemoryDecision } from './decide-in-memory.js';
import { PersonalDataWriter } from './personal-data-writer.js';
import { TimeOrderedSpill } from './time-ordered-spill.js';

export interface CityOptions {
  readonly dir: string;
  readonly subjects: number;
  readonly seed: number;
  readonly today: string;
  /** Long-lived enterprises, each with `longEvents` events. */
  readonly long: number;
  readonly longEvents: number;
}

const IMPORT_BATCH = 20_000;
const SAMPLE_SUBJECTS = 1_000;

export async function generateCity(options: CityOptions): Promise<CityManifest> {
  const started = performance.now();
  const partial = `${options.dir}.partial`;
  if (existsSync(partial)) {
    process.stderr.write(`an interrupted generation left ${partial}: starting over\n`);
    rmSync(partial, { recursive: true, force: true });
  }
  mkdirSync(join(partial, 'keys'), { recursive: true });
  // A key fixed by the seed, so persons' pseudonymous ids are the same in every city made from it.
  writeFileSync(join(partial, 'keys', 'pseudonym.key'), createHash('sha256').update(`credit-ledger city ${options.seed}`).digest('hex'), { mode: 0o600 });
  const config = loadConfig({ ...process.env, DATA_DIR: partial });
  const pseudonyms = Pseudonymizer.fromConfig(join(partial, 'keys', 'pseudonym.key'));
  const calendar = loadCalendar(config);
  const scratch = join(partial, '.scratch');
  const spill = new TimeOrderedSpill(join(scratch, 'spill'));

  process.stderr.write('institutions (pilots, merger, rules, agencies) through the command path\n');
  const institutions = await writeInstitutions({ scratchDir: scratch, seed: options.seed, today: options.today, calendar, loanThresholdFen: config.loanCheckThresholdFen });
  for (const event of institutions.events) spill.add(event, parseInstantMs(event.metadata.recordedAt)!);

  const decision: InMemoryDecision = {
    decider: subjectDecider({ calendar, policy: { loanCheckThresholdFen: config.loanCheckThresholdFen, countReportsOfMisconductAgencies: config.countReportsOfMisconductAgencies } }),
    facts: CityFacts.fromEvents(institutions.events),
    schemas: domainEventSchemas(),
    refusals: new Map(),
  };
  const personal = new PersonalDataWriter(join(partial, 'personal-data.sqlite'));
  const taken = new Set<string>();
  const sampleEvery = Math.max(1, Math.floor(options.subjects / SAMPLE_SUBJECTS));
  const sampleSubjects: string[] = [];
  const byType = new Map<string, number>();
  let organisations = 0;
  const keep = (decided: DecidedStream) => {
    for (const [i, event] of decided.events.entries()) {
      spill.add(event, decided.recordedAtMs[i]!);
      byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    }
  };

  const activity = { agencies: institutions.agencies, calendar, loanThresholdFen: config.loanCheckThresholdFen, reviewDueDates: new Map<string, string>() };
  const progress = new Progress('subjects decided', options.subjects, 'subjects');
  for (let index = 0; index < options.subjects; index++) {
    const plan = subjectPlan(options.seed, index, options.today);
    const kind = plan.rng.chance(ORGANISATION_SHARE) ? 'organisation' : 'person';
    const { subject, personal: fields } = registerCitySubject(plan, kind, taken, pseudonyms);
    planCityActivity({ ...activity, plan }, subject, drawMix(plan, kind));
    const decided = await decideInMemory(decision, plan, plan.ordered());
    keep(decided);
    if (kind === 'organisation') organisations += 1;
    if (fields) personal.add({ subjectId: subject.subjectId, ...fields, recordedAt: decided.firstRecordedAt ?? subject.registeredAt });
    if (index % sampleEvery === 0 && sampleSubjects.length < SAMPLE_SUBJECTS) sampleSubjects.push(subject.subjectId);
    progress.tick(index + 1, `${spill.events.toLocaleString('en-US')} events`);
  }
  await personal.close();

  const longSubjects: string[] = [];
  for (let j = 0; j < options.long; j++) {
    const id = await longEnterprise(options, options.subjects + j, decision, taken, pseudonyms, activity, keep);
    longSubjects.push(id);
  }

  const events = spill.events;
  process.stderr.write(`importing ${events.toLocaleString('en-US')} events in business-time order (spilled ${(spill.spilledBytes / 1e9).toFixed(2)} GB)\n`);
  const store = new SqliteEventStore({ file: join(partial, 'events.sqlite'), schemas: domainEventSchemas(), synchronous: 'NORMAL' });
  const importing = new Progress('events imported', events, 'events');
  let imported = 0;
  for (const batch of spill.batches(IMPORT_BATCH)) {
    await store.importEvents(batch);
    imported += batch.length;
    importing.tick(imported);
  }
  await store.close();
  rmSync(scratch, { recursive: true, force: true });

  const manifest: CityManifest = {
    generator: CITY_GENERATOR, subjects: options.subjects, seed: options.seed, today: options.today, long: options.long, longEvents: options.longEvents,
    events, organisations, persons: options.subjects - organisations,
    eventsByType: Object.fromEntries([...byType.entries()].sort(([a], [b]) => a.localeCompare(b))),
    refusals: Object.fromEntries(decision.refusals),
    sampleSubjects, longSubjects, departments: ACTIVE_DEPARTMENTS, agencies: institutions.agencies.map((a) => a.agencyId),
    generatedSeconds: Math.round((performance.now() - started) / 100) / 10,
    eventsFileBytes: statSync(join(partial, 'events.sqlite')).size,
  };
  writeManifest(partial, manifest);
  renameSync(partial, options.dir);
  return manifest;
}

/**
 * A long-lived enterprise: the everyday mix run thousands of times over the years, exactly
 * `longEvents` events (its latest planned steps are dropped once it has them; planned again with
 * more rounds if it fell short).
 */
async function longEnterprise(
  options: CityOptions, index: number, decision: InMemoryDecision, taken: Set<string>, pseudonyms: Pseudonymizer,
  activity: Omit<CityContext, 'plan'>, keep: (decided: DecidedStream) => void,
): Promise<string> {
  for (let rounds = Math.ceil(options.longEvents / 7); ; rounds = Math.ceil(rounds * 1.3)) {
    const plan = subjectPlan(options.seed, index, options.today);
    const { subject } = registerCitySubject(plan, 'organisation', taken, pseudonyms, true);
    process.stderr.write(`  long enterprise ${subject.subjectId}: ${rounds} rounds of activity, deciding up to ${options.longEvents} events\n`);
    planCityActivity({ ...activity, plan }, subject, { commitments: rounds, reviews: rounds, creditReports: rounds, loanChecks: Math.ceil(rounds / 2), breaches: Math.ceil(rounds / 4) });
    const decided = await decideInMemory(decision, plan, plan.ordered(), options.longEvents);
    if (decided.events.length >= options.longEvents) {
      keep(decided);
      return subject.subjectId;
    }
    taken.delete(subject.subjectId);
  }
}
