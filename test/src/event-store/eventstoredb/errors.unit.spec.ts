import { describe, it, expect } from '@jest/globals';
import {
  AccessDeniedError, CancelledError, DeadlineExceededError, MaxAppendSizeExceededError, NO_STREAM, StreamDeletedError, StreamNotFoundError, UnavailableError, WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventStoreUnavailable, WrongExpectedRevision } from '../../../../src/event-store/errors.js';
import {
  EventStoreAccessDenied, describeTarget, isStreamNotFound, isTransient, toPortError,
} from '../../../../src/event-store/eventstoredb/mapping/errors.js';

const target = 'db1:2113';

describe('client errors → the port’s typed errors', () => {
  it('turns WrongExpectedVersionError into WrongExpectedRevision carrying the actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'ns.thing-1', expected: 0n, current: 1n });
    const mapped = toPortError(error, { target, stream: 'thing-1', expected: 0 });
    expect(mapped).toBeInstanceOf(WrongExpectedRevision);
    expect(mapped).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', stream: 'thing-1', expected: 0, actual: 1 });
  });

  it('reports a stream the server says does not exist as revision -1', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'thing-1', expected: 3n, current: NO_STREAM });
    expect(toPortError(error, { target, stream: 'thing-1', expected: 3 })).toMatchObject({ actual: -1 });
  });

  it('turns UNAVAILABLE into EventStoreUnavailable naming the host and what to check', () => {
    const mapped = toPortError(new UnavailableError(undefined, '14 UNAVAILABLE: No connection established'), { target }) as EventStoreUnavailable;
    expect(mapped).toBeInstanceOf(EventStoreUnavailable);
    expect(mapped.code).toBe('EVENT_STORE_UNAVAILABLE');
    expect(mapped.message).toContain('db1:2113');
    expect(mapped.message).toContain('EVENTSTORE_URL');
  });

  it('turns a deadline exceeded into EventStoreUnavailable too', () => {
    expect(toPortError(new DeadlineExceededError(undefined, '4 DEADLINE_EXCEEDED'), { target })).toBeInstanceOf(EventStoreUnavailable);
    expect(toPortError(Object.assign(new Error('raw grpc'), { code: 4 }), { target })).toBeInstanceOf(EventStoreUnavailable);
    expect(toPortError(Object.assign(new Error('raw grpc'), { code: 14 }), { target })).toBeInstanceOf(EventStoreUnavailable);
  });

  it('turns CANCELLED from a server shutting down into EventStoreUnavailable (transient: a read is retried, issue 14)', () => {
    expect(toPortError(new CancelledError(undefined, '1 CANCELLED'), { target })).toBeInstanceOf(EventStoreUnavailable);
  });

  it('turns a deleted stream into EVENT_STREAM_DELETED and the server\'s MaxAppendSize refusal into a 400 INVALID_APPEND (issue 14)', () => {
    expect(toPortError(StreamDeletedError.fromStreamName('ns.thing-1'), { target, stream: 'thing-1' })).toMatchObject({ code: 'EVENT_STREAM_DELETED', stream: 'thing-1' });
    expect(toPortError(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), { target })).toMatchObject({ code: 'INVALID_APPEND', field: 'events', rule: 'MAX_APPEND_SIZE' });
  });

  it('turns access denied into EVENT_STORE_ACCESS_DENIED', () => {
    expect(toPortError(new AccessDeniedError(undefined, 'denied'), { target })).toBeInstanceOf(EventStoreAccessDenied);
  });

  it('passes any other error on unchanged (a bug to see, not to hide)', () => {
    const other = new TypeError('boom');
    expect(toPortError(other, { target })).toBe(other);
  });

  it('recognises a missing stream (read as empty) and transient failures (retried with backoff)', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'thing-1'))).toBe(true);
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
    expect(isTransient(new UnavailableError())).toBe(true);
    expect(isTransient(new EventStoreUnavailable('down'))).toBe(true);
    expect(isTransient(new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n }))).toBe(false);
  });

  it('names the hosts of a connection string without its user and password', () => {
    expect(describeTarget('esdb://admin:changeit@db1:2113,db2:2113?tls=true')).toBe('db1:2113,db2:2113');
    expect(describeTarget('esdb://localhost:2113?tls=false')).toBe('localhost:2113');
  });
});
