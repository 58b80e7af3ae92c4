import { ACCESS_EVENT_CATALOGUE } from '../../domain/access/events.js';
import { AGENCY_EVENT_CATALOGUE } from '../../domain/agency/events.js';
import { DEPARTMENT_EVENT_CATALOGUE } from '../../domain/department/events.js';
import type { EventCatalogue, EventUpcaster } from '../../domain/kernel/event-catalogue.js';
import { SUBJECT_EVENT_CATALOGUE } from '../../domain/subject/events.js';
import { SUBJECT_UPCASTERS } from '../../domain/subject/upcasters.js';
import type { JsonObject } from '../shared/json.js';
import { EventSchemaRegistry } from './schema-registry.js';

export const DOMAIN_EVENT_CATALOGUES: Readonly<Record<string, EventCatalogue>> = {
  subject: SUBJECT_EVENT_CATALOGUE,
  agency: AGENCY_EVENT_CATALOGUE,
  department: DEPARTMENT_EVENT_CATALOGUE,
  access: ACCESS_EVENT_CATALOGUE,
};

/** Every step from an older stored shape to the next, written in domain/ as pure functions. */
export const DOMAIN_UPCASTERS: readonly EventUpcaster[] = [...SUBJECT_UPCASTERS];

/**
 * Every event type the domain writes, at its current schema version, with the upcasters of older
 * ones. A type whose chain of steps to its current version has a gap refuses to start (never a
 * read that fails later on an old event).
 */
export function domainEventSchemas(): EventSchemaRegistry {
  const registry = new EventSchemaRegistry();
  for (const catalogue of Object.values(DOMAIN_EVENT_CATALOGUES))
    for (const spec of catalogue) registry.register(spec.type, spec.schemaVersion);
  // The domain's JSON types are readonly; the store's are not: the same JSON either way.
  for (const step of DOMAIN_UPCASTERS) registry.registerUpcaster(step.type, step.fromVersion, (data) => step.upcast(data) as JsonObject, step.storedFields);
  return registry.requireComplete();
}

export const EVENT_SCHEMAS = Symbol('EventSchemaRegistry');
