import {
  AccessDeniedError, CancelledError, DeadlineExceededError, InvalidArgumentError, MaxAppendSizeExceededError, NotLeaderError,
  RequiredMetadataPropertyMissingError, StreamDeletedError, StreamNotFoundError, TimeoutError, UnavailableError, WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { ExpectedRevision } from '../../event-store.port.js';
import { EventStoreError, EventStoreUnavailable, InvalidAppend, WrongExpectedRevision } from '../../errors.js';
import { fromEsdbCurrentRevision } from './expected-revision.js';

/** gRPC status codes the client reports for a server that cannot be reached in time. */
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;

export class EventStoreAccessDenied extends EventStoreError {
  constructor(target: string) {
    super('EVENT_STORE_ACCESS_DENIED', `EventStoreDB at ${target} refused the credentials in EVENTSTORE_URL (reading $all needs a user in $ops or $admins)`);
  }
}

/** The stream was deleted (or tombstoned) on the server: no append to it can ever succeed. */
export class EventStoreStreamDeleted extends EventStoreError {
  constructor(readonly stream: string) {
    super('EVENT_STREAM_DELETED', `stream ${stream} was deleted in EventStoreDB: nothing was written, and no append to it can succeed`, { stream });
  }
}

/** Host list of a connection string, without the user and password it may carry. */
export function describeTarget(url: string): string {
  const match = /^[a-z+]+:\/\/(?:[^@/]*@)?([^/?]+)/i.exec(url);
  return match ? match[1]! : 'the configured server';
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof StreamNotFoundError;
}

export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionError {
  return error instanceof WrongExpectedVersionError;
}

/**
 * A dropped or unreachable server: worth a retry with backoff (never a logic error). CancelledError
 * is what client 6.2 makes of gRPC CANCELLED from the server (it shuts down, 24.4+; the client's own
 * cancel is told apart in convertToCommandError and never reaches us as one): a restart, not a bug.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof EventStoreUnavailable) return true;
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof TimeoutError || error instanceof NotLeaderError) return true;
  if (error instanceof CancelledError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === GRPC_UNAVAILABLE || code === GRPC_DEADLINE_EXCEEDED;
}

/**
 * The server refused an append for good and wrote nothing: resending changes nothing, so an
 * idempotency key held for it is released (issue 14, item 3). Client 6.2 builds these from the
 * batch-append reply's error details (appendToStream/unpackError.js) or the `exception` trailer.
 */
export function isDefiniteRefusal(error: unknown): boolean {
  return error instanceof StreamDeletedError || error instanceof AccessDeniedError || error instanceof MaxAppendSizeExceededError
    || error instanceof RequiredMetadataPropertyMissingError || error instanceof InvalidArgumentError;
}

/**
 * The client's errors as the port's typed ones: a stale expected revision carries the actual
 * revision; an unreachable or slow server is EventStoreUnavailable naming the host and what to
 * check. Anything else is passed on unchanged (it is a bug to see, not to hide).
 */
export function toPortError(error: unknown, context: { target: string; stream?: string; expected?: ExpectedRevision }): unknown {
  if (error instanceof EventStoreError) return error;
  if (error instanceof WrongExpectedVersionError)
    return new WrongExpectedRevision(context.stream ?? error.streamName, context.expected ?? 'any', fromEsdbCurrentRevision(error.actualVersion));
  if (error instanceof AccessDeniedError) return new EventStoreAccessDenied(context.target);
  if (error instanceof StreamDeletedError) return new EventStoreStreamDeleted(context.stream ?? error.streamName ?? 'the stream');
  if (error instanceof MaxAppendSizeExceededError)
    return new InvalidAppend('events', 'MAX_APPEND_SIZE', `the server refused the append as larger than its maximum append size${error.maxAppendSize ? ` (${error.maxAppendSize} bytes)` : ''}: nothing was written`);
  if (isTransient(error)) {
    const slow = error instanceof DeadlineExceededError || error instanceof TimeoutError || (error as { code?: unknown }).code === GRPC_DEADLINE_EXCEEDED;
    const what = slow ? 'did not answer before the deadline' : 'is unavailable';
    const first = error instanceof Error ? error.message.split('\n')[0]!.replace(/[.\s]*Resolution note:\s*$/, '') : '';
    const detail = first ? ` (${first})` : '';
    return new EventStoreUnavailable(`EventStoreDB at ${context.target} ${what}${detail}: check EVENTSTORE_URL and that the server is running`, error);
  }
  return error;
}
