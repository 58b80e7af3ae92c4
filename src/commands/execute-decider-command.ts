import type { Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import type { AppendResult, CommandMetadata, EventStore, IdempotencyRequest } from '../event-store/event-store.port.js';
import { IdempotencyConflict } from '../event-store/errors.js';
import type { JsonObject } from '../shared/json.js';

export interface DeciderCommandRequest<C, E extends DomainEvent, S> {
  readonly store: EventStore;
  readonly decider: Decider<C, E, S>;
  readonly stream: string;
  readonly command: C;
  readonly metadata: CommandMetadata;
  readonly idempotency?: IdempotencyRequest;
  /** Optimistic concurrency from the client (If-Match); otherwise the revision just read. */
  readonly expectedRevision?: number;
}

/**
 * The one command path: read the stream, fold it, decide, append with the expected revision. A
 * retried idempotency key answers from the log without deciding again; a refusal appends nothing.
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
  const history = await store.readStream(stream);
  let state = decider.initialState;
  for (const stored of history) state = decider.evolve(state, { type: stored.type, data: stored.data } as unknown as E);
  const events = decider.decide(request.command, state);
  const revision = history.length - 1;
  return store.append({
    stream,
    events: events.map((event) => ({ type: event.type, data: event.data as unknown as JsonObject })),
    expected: request.expectedRevision ?? (revision === -1 ? 'no_stream' : revision),
    metadata: request.metadata,
    idempotency: request.idempotency,
  });
}
