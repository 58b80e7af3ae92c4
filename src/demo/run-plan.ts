/**
 * Runs the planned steps in order through the one command path (load → decide → append), so every
 * rule of the domain applies. Each step has its own idempotency key: running the demo again on
 * the same directory (with --force) writes nothing twice.
 */
import { agencyDecider } from '../../domain/agency/decider.js';
import { departmentDecider } from '../../domain/department/decider.js';
import type { SubjectDecider } from '../use-case-support/subject-decider.provider.js';
import { executeDeciderCommand } from '../commands/execute-decider-command.js';
import type { AppendResult, EventStore } from '../event-store/event-store.port.js';
import type { BusinessClock } from './business-clock.js';
import type { DemoFacts } from './demo-facts.js';
import { streamOf, type DemoStep } from './demo-plan.js';

export interface RunOutcome {
  readonly written: number;
  readonly replayed: number;
}

/**
 * Bump when the plan changes: a different plan under the same keys is an idempotency conflict, not
 * a silent mix. The plan depends on its today, so today is part of the fingerprint.
 */
export const demoFingerprint = (today: string): string => `seed-demo-v2:${today}`;

export interface PlanRunner {
  readonly store: EventStore;
  readonly subjects: SubjectDecider;
  readonly facts: DemoFacts;
  /** The store's clock: moved to each step's business instant before the step runs. */
  readonly clock: BusinessClock;
  readonly today: string;
}

export async function runPlan(runner: PlanRunner, steps: readonly DemoStep[], progress: (done: number, total: number) => void): Promise<RunOutcome> {
  let written = 0;
  let replayed = 0;
  for (const [index, step] of steps.entries()) {
    runner.clock.moveTo(step.now);
    await step.beforeAppend?.();
    const result = await runStep(runner, step).catch((error: Error & { code?: string }) => {
      throw new Error(`demo step ${index + 1} (${step.aggregate} ${step.id} at ${step.now}) refused: ${error.code ?? error.name}: ${error.message}`, { cause: error });
    });
    if (result.replayed) replayed += 1;
    else written += result.events.length;
    progress(index + 1, steps.length);
  }
  return { written, replayed };
}

async function runStep({ store, subjects, facts, today }: PlanRunner, step: DemoStep): Promise<AppendResult> {
  const base = {
    store,
    stream: streamOf(step),
    idempotency: { key: `seed:demo:${step.commandId}`, fingerprint: demoFingerprint(today) },
  };
  const metadata = (commandType: string) => ({ commandId: step.commandId, correlationId: step.correlationId, causationId: step.causationId, actor: step.actor, commandType });
  if (step.aggregate === 'subject') {
    const command = await step.build(facts);
    return executeDeciderCommand({ ...base, decider: subjects, command, metadata: metadata(command.type) });
  }
  if (step.aggregate === 'agency') {
    const command = await step.build(facts);
    return executeDeciderCommand({ ...base, decider: agencyDecider, command, metadata: metadata(command.type) });
  }
  const command = await step.build(facts);
  return executeDeciderCommand({ ...base, decider: departmentDecider, command, metadata: metadata(command.type) });
}
