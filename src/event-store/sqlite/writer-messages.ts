import type { AppendRequest, AppendResult } from '../event-store.port.js';
import { EventStoreError, IdempotencyConflict, InvalidAppend, WrongExpectedRevision } from '../errors.js';

export interface WriterThreadData {
  readonly file: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly maxBatch: number;
  /** Keep the Merkle tree (sqlite-event-store.ts: false only for the benchmark's baseline). */
  readonly merkleTree: boolean;
}

export type ToWriter =
  | { readonly type: 'append'; readonly id: number; readonly request: AppendRequest; readonly nowMs: number }
  | { readonly type: 'close' };

/** A refusal as plain data: typed errors cross the thread boundary and are rebuilt as the same classes. */
export type WriterError =
  | { readonly kind: 'WrongExpectedRevision'; readonly stream: string; readonly expected: AppendRequest['expected']; readonly actual: number }
  | { readonly kind: 'IdempotencyConflict'; readonly key: string }
  | { readonly kind: 'InvalidAppend'; readonly field: string; readonly rule: string; readonly message: string }
  | { readonly kind: 'EventStoreError'; readonly code: string; readonly message: string; readonly details: Record<string, unknown> }
  | { readonly kind: 'Error'; readonly message: string; readonly code: string | null };

export type FromWriter =
  | { readonly type: 'appended'; readonly id: number; readonly result: AppendResult; readonly stats: { transactions: number; appends: number } }
  | { readonly type: 'refused'; readonly id: number; readonly error: WriterError }
  | { readonly type: 'closed' };

export function toWriterError(error: unknown): WriterError {
  if (error instanceof WrongExpectedRevision) return { kind: 'WrongExpectedRevision', stream: error.stream, expected: error.expected, actual: error.actual };
  if (error instanceof IdempotencyConflict) return { kind: 'IdempotencyConflict', key: error.key };
  if (error instanceof InvalidAppend) return { kind: 'InvalidAppend', field: error.field, rule: error.rule, message: error.message.slice(error.field.length + 2) };
  if (error instanceof EventStoreError) return { kind: 'EventStoreError', code: error.code, message: error.message, details: error.details };
  const code = (error as { code?: unknown } | null)?.code;
  return { kind: 'Error', message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : null };
}

export function fromWriterError(error: WriterError): Error {
  switch (error.kind) {
    case 'WrongExpectedRevision':
      return new WrongExpectedRevision(error.stream, error.expected, error.actual);
    case 'IdempotencyConflict':
      return new IdempotencyConflict(error.key);
    case 'InvalidAppend':
      return new InvalidAppend(error.field, error.rule, error.message);
    case 'EventStoreError':
      return new EventStoreError(error.code, error.message, error.details);
    case 'Error':
      return Object.assign(new Error(error.message), error.code === null ? {} : { code: error.code });
  }
}
