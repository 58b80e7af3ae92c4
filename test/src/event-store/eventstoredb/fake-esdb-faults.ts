import {
  AccessDeniedError, CancelledError, DeadlineExceededError, MaxAppendSizeExceededError, StreamDeletedError, UnknownError, UnavailableError,
} from '@eventstore/db-client';
import { toEsdbMetadata } from '../../../../src/event-store/eventstoredb/mapping/metadata.js';

/** Another instance's event: well-formed metadata of its own chain. */
export const FOREIGN_METADATA = toEsdbMetadata({
  commandId: 'cmd-other', correlationId: 'corr-other', causationId: null, actor: { kind: 'system', id: 'other-instance', department: null },
  idempotencyKey: null, recordedAt: '2026-03-02T09:00:00.000+08:00', prevHash: '0'.repeat(64), hash: 'f'.repeat(64),
}, 1);

/**
 * How an append fails, as client 6.2.1 reports each case (dist/streams/appendToStream/*.js,
 * dist/utils/CommandError.js): `unavailable` (UNAVAILABLE), `cancelled` (CANCELLED from a server
 * shutting down), `server-timeout` (the batch-append reply's Timeout → DeadlineExceededError),
 * `batch-stream` (the shared batch-append stream failed: every pending append rejected, UnknownError),
 * `hang` (no answer at all: our deadline fires), and the definite refusals.
 */
export type FaultKind = 'unavailable' | 'cancelled' | 'server-timeout' | 'batch-stream' | 'hang' | 'stream-deleted' | 'access-denied' | 'max-append-size';

export interface AppendFault {
  readonly stream: string;
  readonly kind: FaultKind;
  /** `before`: the events land, then the answer fails; `never`: nothing lands; `later`: they land just before the next append to the stream arrives. */
  readonly land: 'before' | 'never' | 'later';
  /** After this fault every read fails too (the server went away): until `readsDown` is set false. */
  readonly thenReadsFail?: boolean;
  /** Another instance's event lands at the expected revision first (ours then can never land there). */
  readonly foreignFirst?: boolean;
}

export function faultError(kind: FaultKind, stream: string): Error {
  switch (kind) {
    case 'unavailable': return new UnavailableError(undefined, '14 UNAVAILABLE: connection dropped');
    case 'cancelled': return new CancelledError(undefined, '1 CANCELLED: the server is shutting down');
    case 'server-timeout': return new DeadlineExceededError();
    case 'batch-stream': return new UnknownError(undefined, 'the batch-append stream failed');
    case 'stream-deleted': return StreamDeletedError.fromStreamName(stream);
    case 'access-denied': return new AccessDeniedError();
    case 'max-append-size': return MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576);
    case 'hang': throw new Error('a hang has no error');
  }
}
