import { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';

/** The one event type store-level tests append (`ThingHappened`), registered with any shape. */
export function thingSchemas(): EventSchemaRegistry {
  return new EventSchemaRegistry().register('ThingHappened');
}
