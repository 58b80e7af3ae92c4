/**
 * The demo as a list of steps, each one command of one stream at a business instant. Steps are
 * run in the order of their instants; facts owned by other streams (an agency's standing, a
 * department's participation) are looked up when the step runs, as the service's handlers do.
 */
import type { AgencyCommand } from '../../domain/agency/commands.js';
import { agencyStreamName } from '../../domain/agency/decider.js';
import type { DepartmentCommand } from '../../domain/department/commands.js';
import { departmentStreamName } from '../../domain/department/decider.js';
import type { SubjectCommand } from '../../domain/subject/commands.js';
import { subjectStreamName } from '../../domain/subject/decider.js';
import type { Actor } from '../event-store/event-store.port.js';
import type { DemoFacts } from './demo-facts.js';
import { demoUuid } from './identifiers.js';
import { lastInstantFor } from './demo-time.js';
import { Prng } from './prng.js';

type Build<C> = (facts: DemoFacts) => C | Promise<C>;

interface StepBase {
  readonly now: string;
  readonly actor: Actor;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  /**
   * Work before the append, as a handler does it (a person's fields into the personal-data store
   * first): run again on a re-run, so a seed killed between the two stores completes.
   */
  readonly beforeAppend?: () => Promise<void>;
}

export type DemoStep = StepBase & (
  | { readonly aggregate: 'subject'; readonly id: string; readonly build: Build<SubjectCommand> }
  | { readonly aggregate: 'agency'; readonly id: string; readonly build: Build<AgencyCommand> }
  | { readonly aggregate: 'department'; readonly id: string; readonly build: Build<DepartmentCommand> }
);

export function streamOf(step: DemoStep): string {
  if (step.aggregate === 'subject') return subjectStreamName(step.id);
  if (step.aggregate === 'agency') return agencyStreamName(step.id);
  return departmentStreamName(step.id);
}

/** A thread of related commands (one case): they share a correlation id, each caused by the one before. */
export interface Thread {
  readonly correlationId: string;
  last: string | null;
}

type StepInput<A extends DemoStep['aggregate']> = Omit<Extract<DemoStep, { aggregate: A }>, 'commandId' | 'correlationId' | 'causationId' | 'aggregate'> & { readonly thread?: Thread };

export class DemoPlan {
  readonly rng: Prng;
  /** The latest instant a step may carry (the day before today, see demo-time.ts). */
  readonly lastInstant: string;
  private readonly steps: DemoStep[] = [];

  /** `today`: the demo's business date (YYYY-MM-DD, Asia/Shanghai); the plan is a function of it and the seed. */
  constructor(seed: number, readonly today: string) {
    this.rng = new Prng(seed);
    this.lastInstant = lastInstantFor(today);
  }

  /** Whether an instant lies on or before the last instant (string order works: one offset). */
  happened(instant: string): boolean {
    return instant <= this.lastInstant;
  }

  /** A record or command id: UUID v7 at the business instant, random part from the seeded generator. */
  id(instant: string): string {
    return demoUuid(this.rng, instant);
  }

  thread(instant: string): Thread {
    return { correlationId: this.id(instant), last: null };
  }

  subject(input: StepInput<'subject'>): string {
    return this.push({ ...input, aggregate: 'subject' });
  }

  agency(input: StepInput<'agency'>): string {
    return this.push({ ...input, aggregate: 'agency' });
  }

  department(input: StepInput<'department'>): string {
    return this.push({ ...input, aggregate: 'department' });
  }

  /** Every step, oldest business instant first (ties keep the order they were planned in). */
  ordered(): readonly DemoStep[] {
    return [...this.steps].sort((a, b) => (a.now < b.now ? -1 : a.now > b.now ? 1 : 0));
  }

  private push(input: StepInput<DemoStep['aggregate']> & { aggregate: DemoStep['aggregate'] }): string {
    if (!this.happened(input.now)) throw new Error(`demo step at ${input.now} lies after ${this.lastInstant}, the demo's last instant before ${this.today}`);
    const { thread, ...rest } = input;
    const commandId = this.id(input.now);
    const own = thread ?? this.thread(input.now);
    this.steps.push({ ...rest, commandId, correlationId: own.correlationId, causationId: own.last } as DemoStep);
    own.last = commandId;
    return commandId;
  }
}
