import type { JsonObject } from '../shared/json.js';
import type { StoredEvent } from './event-store.port.js';
import { UnknownEventType } from './errors.js';

/** Turns the data of version `fromVersion` into the shape of `fromVersion + 1`. */
export type Upcaster = (data: JsonObject, event: StoredEvent) => JsonObject;

/**
 * The event types the system knows, their current schema versions and the upcasters that serve
 * an old stored shape in the new one on read, so history is never rewritten.
 */
export class EventSchemaRegistry {
  private readonly current = new Map<string, number>();
  private readonly upcasters = new Map<string, Upcaster>();

  register(type: string, currentVersion = 1): this {
    this.current.set(type, currentVersion);
    return this;
  }

  registerUpcaster(type: string, fromVersion: number, upcaster: Upcaster): this {
    this.upcasters.set(`${type}@${fromVersion}`, upcaster);
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
      const step = this.upcasters.get(`${current.type}@${current.schemaVersion}`);
      if (!step) throw new UnknownEventType(current.type, current.schemaVersion);
      current = { ...current, schemaVersion: current.schemaVersion + 1, data: step(current.data, current) };
    }
    if (current.schemaVersion > target) throw new UnknownEventType(current.type, current.schemaVersion);
    return current;
  }
}
