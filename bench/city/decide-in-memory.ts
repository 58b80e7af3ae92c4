/**
 * One subject's planned steps run through the subject decider in memory: each command decided on
 * the state folded so far, its events chained exactly as the store's append chains them (the same
 * chainNewEvents, recordedAt = the step's business instant), ready for the store's importEvents.
 * A refusal writes nothing, as in the service; it is counted by its code.
 */
import type { Decider } from '../../domain/kernel/decider.js';
import type { SubjectCommand } from '../../domain/subject/commands.js';
import type { SubjectEvent } from '../../domain/subject/events.js';
import type { SubjectState } from '../../domain/subject/state.js';
import { chainNewEvents } from '../../src/event-store/chain-new-events.js';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';
import { GENESIS_HASH } from '../../src/event-store/hash-chain.js';
import type { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';
import type { DemoFacts } from '../../src/demo/demo-facts.js';
import type { DemoPlan, DemoStep } from '../../src/demo/demo-plan.js';
import { streamOf } from '../../src/demo/demo-plan.js';
import type { JsonObject } from '../../src/shared/json.js';
import { parseInstantMs, shanghaiIso } from '../../src/shared/clock.js';
import { shanghaiInstantMs } from './city-days.js';

export interface DecidedStream {
  readonly events: StoredEvent[];
  /** recordedAt of each event in ms (the store's recorded_at_ms), for ordering the city's log. */
  readonly recordedAtMs: number[];
  /** The recordedAt of the first event (a person's personal data is recorded with its registration). */
  readonly firstRecordedAt: string | null;
}

export interface InMemoryDecision {
  readonly decider: Decider<SubjectCommand, SubjectEvent, SubjectState>;
  readonly facts: DemoFacts;
  readonly schemas: EventSchemaRegistry;
  /** Counts refusals by code. */
  readonly refusals: Map<string, number>;
}

/** Runs `steps` (one subject, in time order) until `maxEvents` are written. */
export async function decideInMemory(ctx: InMemoryDecision, plan: DemoPlan, steps: readonly DemoStep[], maxEvents = Number.MAX_SAFE_INTEGER): Promise<DecidedStream> {
  const events: StoredEvent[] = [];
  const recordedAtMs: number[] = [];
  let state = ctx.decider.initialState;
  let prevHash = GENESIS_HASH;
  for (const step of steps) {
    if (step.aggregate !== 'subject' || events.length >= maxEvents) continue;
    const command = await step.build(ctx.facts);
    let decided: readonly SubjectEvent[];
    try {
      decided = ctx.decider.decide(command, state);
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as Error).name;
      ctx.refusals.set(`${command.type}:${code}`, (ctx.refusals.get(`${command.type}:${code}`) ?? 0) + 1);
      continue;
    }
    if (events.length + decided.length > maxEvents) continue;
    const { ms, recordedAt } = recordedInstant(step.now);
    const chained = chainNewEvents({
      stream: streamOf(step),
      events: decided.map((event) => ({ type: event.type, data: event.data as unknown as JsonObject })),
      expected: 'any',
      metadata: { commandId: step.commandId, correlationId: step.correlationId, causationId: step.causationId, actor: step.actor, commandType: command.type },
    }, ctx.schemas, { firstRevision: events.length, firstPosition: 0, prevHash, recordedAt, eventIdFor: () => plan.id(step.now) });
    for (const event of decided) state = ctx.decider.evolve(state, event);
    for (const event of chained) {
      events.push(event);
      recordedAtMs.push(ms);
    }
    prevHash = chained.at(-1)?.metadata.hash ?? prevHash;
  }
  return { events, recordedAtMs, firstRecordedAt: events[0]?.metadata.recordedAt ?? null };
}

/** Shanghai has kept +08:00 all year since daylight saving ended in 1991. */
const NO_DAYLIGHT_SAVING_FROM = '1992';

/**
 * The store stamps recordedAt as shanghaiIso(ms): for the plan's instants (`…:SS+08:00`, after
 * 1991) that is the same text with milliseconds, computed here without luxon; anything else goes through it.
 */
export function recordedInstant(instant: string): { ms: number; recordedAt: string } {
  const ms = instant >= NO_DAYLIGHT_SAVING_FROM ? shanghaiInstantMs(instant) : null;
  if (ms !== null) return { ms, recordedAt: `${instant.slice(0, 19)}.000+08:00` };
  const parsed = parseInstantMs(instant)!;
  return { ms: parsed, recordedAt: shanghaiIso(parsed) };
}
