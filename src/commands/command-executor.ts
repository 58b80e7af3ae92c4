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
import { executeDeciderCommand } from './execute-decider-command.js';
import type { LoadedState } from './loaded-state.js';

export interface CommandRun<C, E extends DomainEvent, S> {
  readonly decider: Decider<C, E, S>;
  readonly stream: string;
  /** Builds the domain command; `now` is the instant the command is decided at. */
  readonly command: (now: string) => C;
  readonly commandType: string;
  readonly actor: ActingUser;
  readonly headers: CommandHeaders;
  readonly correlationId?: string;
  /** The stream as the handler loaded it to look up facts: the first attempt decides on it without reading the stream again. */
  readonly loaded?: LoadedState<S>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a command for a controller: stamps metadata from the request context and retries a
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

  async run<C, E extends DomainEvent, S>(run: CommandRun<C, E, S>): Promise<AppendResult> {
    const commandId = uuidV7(this.clock.nowMs());
    // Real elapsed time, not business time: a test's manual clock must not stretch the budget.
    const started = performance.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await executeDeciderCommand({
          store: this.store,
          decider: run.decider,
          stream: run.stream,
          command: run.command(shanghaiIso(this.clock.nowMs())),
          metadata: { commandId, correlationId: run.correlationId ?? commandId, causationId: null, actor: run.actor, commandType: run.commandType },
          idempotency: run.headers.idempotency,
          expectedRevision: run.headers.expectedRevision,
          loader: this.loader,
          // A retry after a conflict loads the stream again: the handler's state is behind it.
          ...(attempt === 1 && run.loaded !== undefined ? { loaded: run.loaded } : {}),
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
