import { START, type Position, type ReadPosition } from '@eventstore/db-client';
import { EventStoreError } from '../../errors.js';

/**
 * Our global position ↔ the $all position {commit, prepare}.
 *
 * Decision: our `position` is the event's $all commit position. Every event the gRPC client writes
 * is an implicitly committed prepare, so the server reports it at {commit: p, prepare: p} with p
 * unique per event and increasing along $all (even inside one multi-event append). One number is
 * therefore the whole checkpoint: resuming after `n` means reading $all from {commit: n, prepare: n}
 * and keeping what lies beyond it. Positions are byte offsets in the server's log: increasing, never
 * gap-free. A position with commit ≠ prepare only comes from legacy explicit transactions (TCP
 * clients), which this adapter never writes: it is refused rather than silently mis-checkpointed.
 */
export class UnsupportedEsdbPosition extends EventStoreError {
  constructor(readonly commit: bigint, readonly prepare: bigint) {
    super('ESDB_POSITION_UNSUPPORTED', `$all position ${commit}/${prepare} cannot be one checkpoint number (commit ≠ prepare or beyond 2^53)`,
      { commit: String(commit), prepare: String(prepare) });
  }
}

export function toOurPosition(position: Position): number {
  const { commit, prepare } = position;
  if (commit !== prepare || commit < 0n || commit > BigInt(Number.MAX_SAFE_INTEGER)) throw new UnsupportedEsdbPosition(commit, prepare);
  return Number(commit);
}

/** The $all position to start from to see the events after our `after` (0: the start of the log). */
export function readPositionAfter(after: number): ReadPosition {
  if (after === 0) return START;
  return { commit: BigInt(after), prepare: BigInt(after) };
}

/** Reads from a position may include the event at it: keep only what lies strictly after. */
export function isAfter(position: number, after: number): boolean {
  return position > after;
}
