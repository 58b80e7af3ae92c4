import { createHash } from 'node:crypto';

/** Our fixed namespace for name-based event ids (a v4 uuid chosen once; never change it). */
export const EVENT_ID_NAMESPACE = '6f1d2c1e-8b1a-4c55-9a3e-0c5b7d9e2f41';

/**
 * RFC 9562 version-5 uuid (SHA-1 of namespace + name). An append with an idempotency key gives
 * its i-th event the id `uuidV5(key#i)`: a retry sends the same ids, so EventStoreDB's own
 * idempotent-write check drops a duplicate even where our key record is not yet written.
 */
export function uuidV5(name: string, namespace: string = EVENT_ID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new TypeError(`namespace ${namespace} is not a uuid`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function idempotentEventId(key: string, index: number): string {
  return uuidV5(`${key}#${index}`);
}
