import {
  AccessDeniedError, DeadlineExceededError, NotLeaderError, StreamNotFoundError, TimeoutError, UnavailableError, WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { ExpectedRevision } from '../../event-store.port.js';
import { EventStoreError, EventStoreUnavailable, WrongExpectedRevision } from '../../errors.js';
import { fromEsdbCurrentRevision } from './expected-revision.js';

/** gRPC status codes the client reports for a server that cannot be reached in time. */
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;

export class EventStoreAccessDenied extends EventStoreError {
  constructor(target: string) {
    super('EVENT_STORE_ACCESS_DENIED', `EventStoreDB at ${target} refused the credentials in EVENTSTORE_URL (reading $all needs a user in $ops or $admins)`);
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

/** A dropped or unreachable server: worth a retry with backoff (never a logic error). */
export function isTransient(error: unknown): boolean {
  if (error instanceof EventStoreUnavailable) return true;
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof TimeoutError || error instanceof NotLeaderError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === GRPC_UNAVAILABLE || code === GRPC_DEADLINE_EXCEEDED;
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
  if (isTransient(error)) {
    const slow = error instanceof DeadlineExceededError || error instanceof TimeoutError || (error as { code?: unknown }).code === GRPC_DEADLINE_EXCEEDED;
    const what = slow ? 'did not answer before the deadline' : 'is unavailable';
    const first = error instanceof Error ? error.message.split('\n')[0]!.replace(/[.\s]*Resolution note:\s*$/, '') : '';
    const detail = first ? ` (${first})` : '';
    return new EventStoreUnavailable(`EventStoreDB at ${context.target} ${what}${detail}: check EVENTSTORE_URL and that the server is running`, error);
  }
  return error;
}
