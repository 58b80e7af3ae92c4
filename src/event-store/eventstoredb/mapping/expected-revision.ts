import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision, type CurrentRevision } from '@eventstore/db-client';
import type { ExpectedRevision } from '../../event-store.port.js';

/** The port's expected revision as the client's (numbers become bigints; the three words are the same). */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return expected === -1 ? NO_STREAM : BigInt(expected);
}

/** The client's expected revision as the port's (for error reports). */
export function fromEsdbExpectedRevision(expected: AppendExpectedRevision): ExpectedRevision {
  if (typeof expected === 'bigint') return toSafeRevision(expected);
  return expected;
}

/** A stream's current revision: `no_stream` is -1, as on every adapter. */
export function fromEsdbCurrentRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? -1 : toSafeRevision(current);
}

/**
 * The exact revision the adapter read before computing the hash chain. The adapter always sends
 * this (never `any`), so a concurrent writer makes the append fail instead of forking the chain.
 */
export function exactExpectedRevision(actual: number): AppendExpectedRevision {
  return actual < 0 ? NO_STREAM : BigInt(actual);
}

function toSafeRevision(value: bigint): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`stream revision ${value} is outside the safe integer range`);
  return Number(value);
}
