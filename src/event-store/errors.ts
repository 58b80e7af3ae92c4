import type { ExpectedRevision } from './event-store.port.js';

/** Base of the store's typed errors; `code` is the API's stable error code. */
export class EventStoreError extends Error {
  constructor(readonly code: string, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
  }
}

export class WrongExpectedRevision extends EventStoreError {
  constructor(readonly stream: string, readonly expected: ExpectedRevision, readonly actual: number) {
    super('WRONG_EXPECTED_REVISION', `stream ${stream} is at revision ${actual}, expected ${String(expected)}`, { stream, expected, actual });
  }
}

export class IdempotencyConflict extends EventStoreError {
  constructor(readonly key: string) {
    super('IDEMPOTENCY_KEY_REUSED', `idempotency key ${key} was already used for a different request`, { key });
  }
}

export class UnknownEventType extends EventStoreError {
  constructor(readonly type: string, readonly schemaVersion?: number) {
    super('UNKNOWN_EVENT_TYPE', schemaVersion === undefined
      ? `event type ${type} is not registered`
      : `event type ${type} v${schemaVersion} has no upcaster to its current version`, { type, schemaVersion });
  }
}

/** A stored event lacks a field its stored schema version always carries: refused on read, never guessed (a 500: the log is damaged). */
export class StoredEventMismatch extends EventStoreError {
  constructor(readonly type: string, readonly schemaVersion: number, readonly missing: readonly string[], readonly position: number) {
    super('STORED_EVENT_MISMATCH', `stored ${type} v${schemaVersion} at position ${position} lacks ${missing.join(', ')}`, { type, schemaVersion, missing, position });
  }
}

export class InvalidAppend extends EventStoreError {
  constructor(readonly field: string, readonly rule: string, message: string) {
    super('INVALID_APPEND', `${field}: ${message}`, { field, rule });
  }
}

export class EventStoreUnavailable extends EventStoreError {
  constructor(message: string, cause?: unknown) {
    super('EVENT_STORE_UNAVAILABLE', message);
    if (cause) this.cause = cause;
  }
}

/** The disk under the store is full, read-only or failing (SQLITE_FULL, SQLITE_IOERR…, ENOSPC…): 503, nothing written. */
export class StorageUnavailable extends EventStoreError {
  constructor(readonly reason: string, cause?: unknown) {
    super('STORAGE_UNAVAILABLE', `the store cannot write (${reason}): nothing was written; retry once the storage is repaired`, { reason });
    if (cause) this.cause = cause;
  }
}

/**
 * An append whose outcome could not be learnt (issue 14): it was sent, the answer was lost, and the
 * server could not be asked whether the events landed. Nothing may have been written, or all of it:
 * a retry WITH THE SAME Idempotency-Key is safe (it finds the events or writes them once); a retry
 * without one may write them twice, so a request sent without a key is told to read before retrying.
 * A 503, never a plain "unavailable".
 */
export class AppendOutcomeUnknown extends EventStoreError {
  constructor(readonly stream: string, reason: string, cause?: unknown, readonly keyed = true) {
    super('APPEND_OUTCOME_UNKNOWN',
      `the append to ${stream} was sent but its outcome is unknown (${reason}): the events may have been written; ${keyed
        ? 'retrying with the same Idempotency-Key is safe'
        : 'the request had no Idempotency-Key: read the stream before retrying (a retry may write them twice); retrying with the same Idempotency-Key is safe only for requests sent with one'}`,
      { stream, retryWithSameIdempotencyKey: keyed });
    if (cause) this.cause = cause;
  }
}
