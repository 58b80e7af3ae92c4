import type { JsonObject } from '../shared/json.js';
import type { StoredEvent } from './event-store.port.js';
import { StoredEventMismatch, UnknownEventType } from './errors.js';

/** Turns the data of version `fromVersion` into the shape of `fromVersion + 1`. */
export type Upcaster = (data: JsonObject, event: StoredEvent) => JsonObject;

/**
 * The event types the system knows, their current schema versions and the upcasters that serve
 * an old stored shape in the new one on read, so history is never rewritten.
 */
export class EventSchemaRegistry {
  private readonly current = new Map<string, number>();
  private readonly upcasters = new Map<string, Upcaster>();
  private readonly storedFields = new Map<string, readonly string[]>();

  register(type: string, currentVersion = 1): this {
    this.current.set(type, currentVersion);
    return this;
  }

  /** `storedFields`: the fields every event stored at `fromVersion` carries, checked before the step. */
  registerUpcaster(type: string, fromVersion: number, upcaster: Upcaster, storedFields: readonly string[] = []): this {
    this.upcasters.set(`${type}@${fromVersion}`, upcaster);
    this.storedFields.set(`${type}@${fromVersion}`, storedFields);
    return this;
  }

  /** Every registered type has a step from each older version to its current one; a gap throws, naming it. */
  requireComplete(): this {
    const gaps: string[] = [];
    for (const [type, version] of this.current)
      for (let from = 1; from < version; from++) if (!this.upcasters.has(`${type}@${from}`)) gaps.push(`${type} v${from}→v${from + 1}`);
    for (const key of this.upcasters.keys()) {
      const [type, from] = key.split('@') as [string, string];
      const version = this.current.get(type);
      if (version === undefined || Number(from) >= version) gaps.push(`${key}: an upcaster beyond the current version`);
    }
    if (gaps.length > 0) throw new Error(`event schema registry incomplete: ${gaps.join('; ')}`);
    return this;
  }

  isKnown(type: string): boolean {
    return this.current.has(type);
  }

  currentVersion(type: string): number {
    const version = this.current.get(type);
    if (version === undefined) throw new UnknownEventType(type);
    return version;
  }

  /** Unknown types and missing steps are typed errors, never a silent skip. */
  upcast(event: StoredEvent): StoredEvent {
    const target = this.currentVersion(event.type);
    let current = event;
    while (current.schemaVersion < target) {
      const key = `${current.type}@${current.schemaVersion}`;
      const step = this.upcasters.get(key);
      if (!step) throw new UnknownEventType(current.type, current.schemaVersion);
      const missing = (this.storedFields.get(key) ?? []).filter((field) => !(field in current.data));
      if (missing.length > 0) throw new StoredEventMismatch(current.type, current.schemaVersion, missing, current.position);
      current = { ...current, schemaVersion: current.schemaVersion + 1, data: step(current.data, current) };
    }
    if (current.schemaVersion > target) throw new UnknownEventType(current.type, current.schemaVersion);
    return current;
  }
}
