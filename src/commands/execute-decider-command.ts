import type { Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import type { AppendResult, CommandMetadata, EventStore, IdempotencyRequest } from '../event-store/event-store.port.js';
import { IdempotencyConflict, WrongExpectedRevision } from '../event-store/errors.js';
import type { JsonObject } from '../shared/json.js';
import { AggregateLoader } from './aggregate-loader.js';
import type { LoadedState } from './loaded-state.js';

export interface DeciderCommandRequest<C, E extends DomainEvent, S> {
  readonly store: EventStore;
  readonly decider: Decider<C, E, S>;
  readonly stream: string;
  readonly command: C;
  readonly metadata: CommandMetadata;
  readonly idempotency?: IdempotencyRequest;
  /** Optimistic concurrency from the client (If-Match); otherwise the revision of the state decided on. */
  readonly expectedRevision?: number;
  /** The app's loader (cache, snapshots); a plain one on `store` when omitted (CLI, seeding). */
  readonly loader?: AggregateLoader;
  /** The stream as the caller already loaded it (to look up facts): decided on without reading it again. */
  readonly loaded?: LoadedState<S>;
}

/**
 * The one command path: load the stream (or take the state the caller loaded), decide, append with
 * the expected revision, and fold what was appended onto the cached state. A retried idempotency key
 * answers from the log without deciding again; a refusal appends nothing and caches nothing new.
 */
export async function executeDeciderCommand<C, E extends DomainEvent, S>(request: DeciderCommandRequest<C, E, S>): Promise<AppendResult> {
  const { store, decider, stream } = request;
  if (request.idempotency) {
    const earlier = await store.lookupIdempotencyKey(request.idempotency.key);
    if (earlier) {
      if (earlier.fingerprint !== request.idempotency.fingerprint) throw new IdempotencyConflict(request.idempotency.key);
      return earlier.result;
    }
  }
  const loader = request.loader ?? new AggregateLoader(store);
  const loaded = request.loaded ?? (await loader.load(decider, stream));
  // A pinned revision other than the one decided on would append to a state nobody decided on.
  if (request.expectedRevision !== undefined && request.expectedRevision !== loaded.revision)
    throw new WrongExpectedRevision(stream, request.expectedRevision, loaded.revision);
  const events = decider.decide(request.command, loaded.state);
  const result = await store.append({
    stream,
    events: events.map((event) => ({ type: event.type, data: event.data as unknown as JsonObject })),
    expected: loaded.revision === -1 ? 'no_stream' : loaded.revision,
    metadata: request.metadata,
    idempotency: request.idempotency,
  });
  loader.advance(decider, stream, loaded, result);
  return result;
}
