import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import { EVENT_STORE, type AppendResult, type EventStore } from '../event-store/event-store.port.js';
import { WrongExpectedRevision } from '../event-store/errors.js';
import type { ActingUser } from '../http/acting-user.js';
import type { CommandHeaders } from '../http/command-headers.js';
import { CLOCK, shanghaiIso, type Clock } from '../shared/clock.js';
import { uuidV7 } from '../shared/uuid-v7.js';
import { AggregateLoader } from './aggregate-loader.js';
import { backoffMs, CONFLICT_BUDGET, CONFLICT_BUDGET_TOKEN, withinBudget, type ConflictBudget } from './conflict-backoff.js';
import { executeDeciderCommand, type NamedCommand } from './execute-decider-command.js';
import { sleep } from '../shared/sleep.js';

export interface CommandRun<C extends NamedCommand, E extends DomainEvent, S> {
  readonly decider: Decider<C, E, S>;
  readonly stream: string;
  /**
   * Builds the domain command from the stream's state, folded once by the executor, at `now` (the
   * instant it is decided at). Facts the command takes from its own stream are looked up here, so a
   * retry after a conflict builds again from the new state. Facts from other streams may be looked
   * up here too, or before the run.
   */
  readonly build: (state: S, now: string) => NoInfer<C> | Promise<NoInfer<C>>;
  readonly actor: ActingUser;
  readonly headers: CommandHeaders;
  readonly correlationId?: string;
}


/**
 * Runs a command for a controller: loads and folds the stream once per attempt, hands the state to
 * the caller's `build`, decides and appends (execute-decider-command.ts); stamps metadata from the
 * request context (the commandType is the built command's `type`) and retries a
 * concurrency conflict with jittered backoff within a budget (conflict-backoff.ts) — unless the
 * client pinned a revision (If-Match), in which case the conflict is the client's answer (409).
 */
@Injectable()
export class CommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(AggregateLoader) private readonly loader: AggregateLoader = new AggregateLoader(store),
    @Optional() @Inject(CONFLICT_BUDGET_TOKEN) private readonly budget: ConflictBudget = CONFLICT_BUDGET,
  ) {}

  async run<C extends NamedCommand, E extends DomainEvent, S>(run: CommandRun<C, E, S>): Promise<AppendResult> {
    const commandId = uuidV7(this.clock.nowMs());
    // Real elapsed time, not business time: a test's manual clock must not stretch the budget.
    const started = performance.now();
    for (let attempt = 1; ; attempt += 1) {
      const now = shanghaiIso(this.clock.nowMs());
      try {
        // Each attempt loads the stream again and builds the command from that state: facts follow the log.
        return await executeDeciderCommand({
          store: this.store,
          decider: run.decider,
          stream: run.stream,
          command: (state: S) => run.build(state, now),
          metadata: { commandId, correlationId: run.correlationId ?? commandId, causationId: null, actor: run.actor },
          idempotency: run.headers.idempotency,
          expectedRevision: run.headers.expectedRevision,
          loader: this.loader,
        });
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || run.headers.expectedRevision !== undefined) throw error;
        const wait = backoffMs(this.budget, attempt, Math.random());
        if (!withinBudget(this.budget, attempt, performance.now() - started, wait)) throw error;
        await sleep(wait);
      }
    }
  }
}
