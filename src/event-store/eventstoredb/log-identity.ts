import { jsonEvent, NO_STREAM, type EventStoreDBClient } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { isStreamNotFound, isWrongExpectedVersion } from './mapping/errors.js';
import type { StreamNames } from './mapping/stream-names.js';

/**
 * The log's identity on EventStoreDB (issue 14 item 5): the id of the first event of a well-known
 * stream (`<namespace>log-identity`, outside our categories, so never read as ours), written once
 * by whichever instance asks first (expected revision: no stream; a loser reads the winner's). A
 * reset volume or another server has another id, so views built from it are recognised.
 */
export async function esdbLogIdentity(client: EventStoreDBClient, names: StreamNames): Promise<string> {
  const stream = `${names.namespace}log-identity`;
  const first = async (): Promise<string | null> => {
    try {
      for await (const resolved of client.readStream(stream, { maxCount: 1 })) return resolved.event?.id ?? null;
    } catch (error) {
      if (isStreamNotFound(error)) return null;
      throw error;
    }
    return null;
  };
  const existing = await first();
  if (existing) return existing;
  try {
    await client.appendToStream(stream, jsonEvent({ id: randomUUID(), type: 'LogIdentified', data: { note: 'the identity of this log: views record it (issue 14)' } }), { expectedRevision: NO_STREAM });
  } catch (error) {
    if (!isWrongExpectedVersion(error)) throw error;
  }
  const written = await first();
  if (!written) throw new Error(`the log identity stream ${stream} could not be read back`);
  return written;
}
