import { createHash } from 'node:crypto';

/** Our aggregate categories: one stream per subject, agency, department, and the access log. */
export const DEFAULT_STREAM_CATEGORIES: readonly string[] = ['subject', 'agency', 'department', 'access'];

/**
 * Our stream names ↔ EventStoreDB's. An optional namespace prefixes every physical name, so
 * several deployments (or test runs) share one server without seeing each other; hashes are
 * computed over our own names, so a chain verifies whatever the namespace.
 */
export class StreamNames {
  readonly prefixes: readonly string[];

  constructor(readonly namespace = '', categories: readonly string[] = DEFAULT_STREAM_CATEGORIES) {
    if (!/^[A-Za-z0-9._-]*$/.test(namespace)) throw new RangeError(`stream namespace "${namespace}" may hold only [A-Za-z0-9._-]`);
    this.prefixes = categories.map((category) => `${namespace}${category}-`);
  }

  physical(stream: string): string {
    return `${this.namespace}${stream}`;
  }

  /** Our name for a physical stream of ours, or null for anything else on the server. */
  logical(physical: string): string | null {
    if (!this.prefixes.some((prefix) => physical.startsWith(prefix))) return null;
    return physical.slice(this.namespace.length);
  }

  /** The stream holding one idempotency key's record (the key hashed: it may be long or personal). */
  idempotency(key: string): string {
    return `${this.namespace}idempotency-${createHash('sha256').update(key, 'utf8').digest('hex')}`;
  }
}
