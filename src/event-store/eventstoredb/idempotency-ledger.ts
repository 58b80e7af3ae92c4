import { NO_STREAM, jsonEvent } from '@eventstore/db-client';
import type { JsonObject } from '../../shared/json.js';
import { isStreamNotFound, isWrongExpectedVersion, toPortError } from './mapping/errors.js';
import type { ReadContext } from './esdb-reads.js';

/** Where an append with a key landed: enough to serve the first result again. */
export interface CompletedKey {
  readonly fingerprint: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  /** Revisions of the events written (firstRevision > revision when nothing was written). */
  readonly firstRevision: number;
}

export type KeyState =
  | { readonly state: 'free'; readonly keyRevision: number }
  | { readonly state: 'reserved'; readonly keyRevision: number; readonly fingerprint: string; readonly stream: string }
  | ({ readonly state: 'completed'; readonly keyRevision: number } & CompletedKey);

const RESERVED = 'IdempotencyKeyReserved';
const COMPLETED = 'IdempotencyKeyCompleted';
const RELEASED = 'IdempotencyKeyReleased';

/**
 * One stream per idempotency key, holding its records in order: Reserved (written with the key
 * stream's expected revision, so exactly one request owns a key at a time), then Completed (where
 * the events landed) or Released (the append failed: the key is free again).
 */
export class IdempotencyLedger {
  constructor(private readonly ctx: ReadContext) {}

  async state(key: string): Promise<KeyState> {
    try {
      for await (const resolved of this.ctx.client.readStream(this.ctx.names.idempotency(key), { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) {
        const record = resolved.event;
        if (!record) break;
        const keyRevision = Number(record.revision);
        const data = record.data as Record<string, unknown>;
        if (record.type === COMPLETED) return { state: 'completed', keyRevision, ...(data as unknown as CompletedKey) };
        if (record.type === RESERVED) return { state: 'reserved', keyRevision, fingerprint: String(data.fingerprint), stream: String(data.stream) };
        return { state: 'free', keyRevision };
      }
    } catch (error) {
      if (!isStreamNotFound(error)) throw toPortError(error, { target: this.ctx.target });
    }
    return { state: 'free', keyRevision: -1 };
  }

  /** True when this request now owns the key; false when another request changed it first. */
  async reserve(key: string, fingerprint: string, stream: string, free: { keyRevision: number }): Promise<boolean> {
    return this.write(key, RESERVED, { key, fingerprint, stream }, free.keyRevision);
  }

  async complete(key: string, completed: CompletedKey, reservedAt: number): Promise<boolean> {
    return this.write(key, COMPLETED, { key, ...completed }, reservedAt);
  }

  async release(key: string, reservedAt: number): Promise<void> {
    await this.write(key, RELEASED, { key }, reservedAt);
  }

  private async write(key: string, type: string, data: JsonObject, expectedKeyRevision: number): Promise<boolean> {
    try {
      await this.ctx.client.appendToStream(this.ctx.names.idempotency(key), jsonEvent({ type, data }), {
        expectedRevision: expectedKeyRevision < 0 ? NO_STREAM : BigInt(expectedKeyRevision),
      });
      return true;
    } catch (error) {
      if (isWrongExpectedVersion(error)) return false;
      throw toPortError(error, { target: this.ctx.target });
    }
  }
}
