import { ACCESS_EVENT_CATALOGUE } from '../../domain/access/events.js';
import { AGENCY_EVENT_CATALOGUE } from '../../domain/agency/events.js';
import { DEPARTMENT_EVENT_CATALOGUE } from '../../domain/department/events.js';
import type { EventCatalogue } from '../../domain/kernel/event-catalogue.js';
import { SUBJECT_EVENT_CATALOGUE } from '../../domain/subject/events.js';
import { EventSchemaRegistry } from './schema-registry.js';

export const DOMAIN_EVENT_CATALOGUES: Readonly<Record<string, EventCatalogue>> = {
  subject: SUBJECT_EVENT_CATALOGUE,
  agency: AGENCY_EVENT_CATALOGUE,
  department: DEPARTMENT_EVENT_CATALOGUE,
  access: ACCESS_EVENT_CATALOGUE,
};

/** Every event type the domain writes, at its current schema version, with the upcasters of older ones. */
export function domainEventSchemas(): EventSchemaRegistry {
  const registry = new EventSchemaRegistry();
  for (const catalogue of Object.values(DOMAIN_EVENT_CATALOGUES))
    for (const spec of catalogue) registry.register(spec.type, spec.schemaVersion);
  // Upcasters go here as `registry.registerUpcaster(type, fromVersion, transform)` when a shape changes.
  return registry;
}

export const EVENT_SCHEMAS = Symbol('EventSchemaRegistry');
