import type { Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import type { AppendResult, CommandMetadata, EventStore, IdempotencyRequest } from '../event-store/event-store.port.js';
import { IdempotencyConflict, WrongExpectedRevision } from '../event-store/errors.js';
import type { JsonObject } from '../shared/json.js';
import { AggregateLoader } from './aggregate-loader.js';

/** Every domain command names itself: its `type` is the `commandType` recorded in the metadata. */
export interface NamedCommand {
  readonly type: string;
}

/** Builds the domain command from the stream's folded state: the facts a command needs from its own stream are looked up here. */
export type CommandBuilder<C, S> = (state: S) => C | Promise<C>;

export interface DeciderCommandRequest<C extends NamedCommand, E extends DomainEvent, S> {
  readonly store: EventStore;
  readonly decider: Decider<C, E, S>;
  readonly stream: string;
  /** The domain command, or how to build it from the folded state. */
  readonly command: C | CommandBuilder<C, S>;
  /** Recorded with the events; its commandType is always the command's own `type`. */
  readonly metadata: CommandMetadata;
  readonly idempotency?: IdempotencyRequest;
  /** Optimistic concurrency from the client (If-Match); otherwise the revision of the state decided on. */
  readonly expectedRevision?: number;
  /** The app's loader (cache, snapshots); a plain one on `store` when omitted (CLI, seeding). */
  readonly loader?: AggregateLoader;
}

/**
 * One attempt of the command path: load and fold the stream once, build the command from that state,
 * decide, append with the expected revision, and fold what was appended onto the cached state. A
 * retried idempotency key answers from the log before anything is loaded or built; a refusal appends
 * nothing and caches nothing new.
 */
export async function executeDeciderCommand<C extends NamedCommand, E extends DomainEvent, S>(request: DeciderCommandRequest<C, E, S>): Promise<AppendResult> {
  const { store, decider, stream } = request;
  if (request.idempotency) {
    const earlier = await store.lookupIdempotencyKey(request.idempotency.key);
    if (earlier) {
      if (earlier.fingerprint !== request.idempotency.fingerprint) throw new IdempotencyConflict(request.idempotency.key);
      return earlier.result;
    }
  }
  const loader = request.loader ?? new AggregateLoader(store);
  const loaded = await loader.load(decider, stream);
  // Built first: an unknown resource the builder checks (a 404) answers before a stale If-Match (a 409).
  const command = typeof request.command === 'function' ? await request.command(loaded.state) : request.command;
  // A pinned revision other than the one decided on would append to a state nobody decided on.
  if (request.expectedRevision !== undefined && request.expectedRevision !== loaded.revision)
    throw new WrongExpectedRevision(stream, request.expectedRevision, loaded.revision);
  const events = decider.decide(command, loaded.state);
  const result = await store.append({
    stream,
    events: events.map((event) => ({ type: event.type, data: event.data as unknown as JsonObject })),
    expected: loaded.revision === -1 ? 'no_stream' : loaded.revision,
    metadata: { ...request.metadata, commandType: command.type },
    idempotency: request.idempotency,
  });
  loader.advance(decider, stream, loaded, result);
  return result;
}
