import { NO_STREAM, jsonEvent } from '@eventstore/db-client';
import type { JsonObject } from '../../shared/json.js';
import { isStreamNotFound, isWrongExpectedVersion, toPortError } from './mapping/errors.js';
import { appendOptions, timedRead, timedWrite, type ReadContext } from './esdb-reads.js';

/** Where an append with a key landed: enough to serve the first result again. */
export interface CompletedKey {
  readonly fingerprint: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  /** Revisions of the events written (firstRevision > revision when nothing was written). */
  readonly firstRevision: number;
}

/** What a reservation promises: who holds the key, and the stream revision its append is sent at. */
export interface Reservation {
  readonly fingerprint: string;
  readonly stream: string;
  /** The target stream's revision read before the append: every attempt for this key is sent at it (null: a record of an older version). */
  readonly expectedRevision: number | null;
}

export type KeyState =
  | { readonly state: 'free'; readonly keyRevision: number }
  /** `uncertain`: its append was sent and no answer came; the holder gave up, so a retry recovers at once. */
  | ({ readonly state: 'reserved'; readonly keyRevision: number; readonly uncertain: boolean } & Reservation)
  | ({ readonly state: 'completed'; readonly keyRevision: number } & CompletedKey);

const RESERVED = 'IdempotencyKeyReserved';
const UNCERTAIN = 'IdempotencyKeyUncertain';
const COMPLETED = 'IdempotencyKeyCompleted';
const RELEASED = 'IdempotencyKeyReleased';

/**
 * One stream per idempotency key, holding its records in order: Reserved (written with the key
 * stream's expected revision, so exactly one request owns a key at a time, and naming the stream
 * revision its append is sent at), then Completed (where the events landed), Uncertain (the append
 * may or may not have landed: never released) or Released (the server refused the append: the key
 * is free again). Every write takes the key stream's last revision, so a stale holder loses.
 */
export class IdempotencyLedger {
  constructor(private readonly ctx: ReadContext) {}

  async state(key: string): Promise<KeyState> {
    try {
      const read = this.ctx.client.readStream(this.ctx.names.idempotency(key), { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
      for await (const resolved of timedRead(this.ctx, read, 'a read of an idempotency key')) {
        const record = resolved.event;
        if (!record) break;
        const keyRevision = Number(record.revision);
        const data = record.data as Record<string, unknown>;
        if (record.type === COMPLETED) return { state: 'completed', keyRevision, ...(data as unknown as CompletedKey) };
        if (record.type === RESERVED || record.type === UNCERTAIN) {
          const expectedRevision = typeof data.expectedRevision === 'number' ? data.expectedRevision : null;
          return { state: 'reserved', keyRevision, uncertain: record.type === UNCERTAIN, fingerprint: String(data.fingerprint), stream: String(data.stream), expectedRevision };
        }
        return { state: 'free', keyRevision };
      }
    } catch (error) {
      if (!isStreamNotFound(error)) throw toPortError(error, { target: this.ctx.target });
    }
    return { state: 'free', keyRevision: -1 };
  }

  /** The key's new revision when this request now holds it; null when another request changed it first. */
  reserve(key: string, reservation: Reservation, keyRevision: number): Promise<number | null> {
    return this.write(key, RESERVED, { key, ...reservation }, keyRevision);
  }

  /** After an append whose outcome is unknown: the key stays taken, and the next retry recovers without waiting. */
  markUncertain(key: string, reservation: Reservation, keyRevision: number): Promise<number | null> {
    return this.write(key, UNCERTAIN, { key, ...reservation }, keyRevision);
  }

  complete(key: string, completed: CompletedKey, keyRevision: number): Promise<number | null> {
    return this.write(key, COMPLETED, { key, ...completed }, keyRevision);
  }

  /** Only after the server refused the append: nothing of this key was written. */
  release(key: string, keyRevision: number): Promise<number | null> {
    return this.write(key, RELEASED, { key }, keyRevision);
  }

  private async write(key: string, type: string, data: JsonObject, keyRevision: number): Promise<number | null> {
    try {
      await timedWrite(this.ctx, this.ctx.client.appendToStream(this.ctx.names.idempotency(key), jsonEvent({ type, data }),
        appendOptions(this.ctx, keyRevision < 0 ? NO_STREAM : BigInt(keyRevision))), 'a write of an idempotency key');
      return keyRevision + 1;
    } catch (error) {
      if (isWrongExpectedVersion(error)) return null;
      throw toPortError(error, { target: this.ctx.target });
    }
  }
}
