import { parseInstantMs } from '../shared/clock.js';
import { ACTOR_KINDS, type AppendRequest, type ExpectedRevision, type ReadStreamOptions } from './event-store.port.js';
import { InvalidAppend } from './errors.js';
import type { EventSchemaRegistry } from './schema-registry.js';

/** `category-id`: a lower-case category, then an id of safe characters. Never personal data in clear. */
const STREAM_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const EVENT_TYPE = /^[A-Z][A-Za-z0-9]{2,79}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOKEN = /^[A-Za-z0-9._:@/+=-]{1,200}$/;

export function checkStreamName(stream: string): void {
  if (typeof stream !== 'string' || stream.length > 200 || !STREAM_NAME.test(stream))
    throw new InvalidAppend('stream', 'STREAM_NAME', `"${String(stream).slice(0, 80)}" is not a stream name of the form category-id`);
}

function checkExpected(expected: ExpectedRevision): void {
  if (typeof expected === 'number' ? !Number.isInteger(expected) || expected < -1 : !['no_stream', 'stream_exists', 'any'].includes(expected))
    throw new InvalidAppend('expected', 'EXPECTED_REVISION', `${String(expected)} is not a revision, no_stream, stream_exists or any`);
}

function checkToken(field: string, value: unknown, optional = false): void {
  if (optional && (value === null || value === undefined)) return;
  if (typeof value !== 'string' || !TOKEN.test(value)) throw new InvalidAppend(field, 'METADATA_TOKEN', 'must be 1–200 characters of [A-Za-z0-9._:@/+=-]');
}

/** Everything that can be checked before the write transaction: a bad request writes nothing. */
export function checkAppendRequest(request: AppendRequest, schemas: EventSchemaRegistry): void {
  checkStreamName(request.stream);
  checkExpected(request.expected);
  const { metadata } = request;
  if (!metadata || typeof metadata !== 'object') throw new InvalidAppend('metadata', 'METADATA_REQUIRED', 'is required');
  checkToken('metadata.commandId', metadata.commandId);
  checkToken('metadata.correlationId', metadata.correlationId);
  checkToken('metadata.causationId', metadata.causationId, true);
  checkToken('metadata.commandType', metadata.commandType, true);
  if (!metadata.actor || !ACTOR_KINDS.includes(metadata.actor.kind))
    throw new InvalidAppend('metadata.actor.kind', 'ACTOR_KIND', `must be one of ${ACTOR_KINDS.join(', ')}`);
  checkToken('metadata.actor.id', metadata.actor.id);
  checkToken('metadata.actor.department', metadata.actor.department, true);
  checkToken('metadata.actor.user', metadata.actor.user, true);
  if (request.idempotency) {
    checkToken('idempotency.key', request.idempotency.key);
    checkToken('idempotency.fingerprint', request.idempotency.fingerprint);
  }
  if (!Array.isArray(request.events)) throw new InvalidAppend('events', 'EVENTS_ARRAY', 'must be an array');
  request.events.forEach((event, index) => {
    if (!EVENT_TYPE.test(event?.type ?? '')) throw new InvalidAppend(`events[${index}].type`, 'EVENT_TYPE', 'must be a PascalCase event type name');
    const current = schemas.currentVersion(event.type);
    if (event.schemaVersion !== undefined && event.schemaVersion !== current)
      throw new InvalidAppend(`events[${index}].schemaVersion`, 'SCHEMA_VERSION', `new ${event.type} events are written at v${current}`);
    if (event.eventId !== undefined && !UUID.test(event.eventId))
      throw new InvalidAppend(`events[${index}].eventId`, 'EVENT_ID_UUID', 'must be a uuid');
    if (!event.data || typeof event.data !== 'object' || Array.isArray(event.data))
      throw new InvalidAppend(`events[${index}].data`, 'EVENT_DATA', 'must be a JSON object');
  });
}

/** Read positions, revisions and limits are whole numbers at or above a minimum. */
export function checkReadRange(field: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) throw new InvalidAppend(field, 'READ_RANGE', `must be an integer ≥ ${min}`);
}

/** A stream read's bounds, checked the same way by every adapter: revisions from/to and asOf as epoch ms (no bound: the largest). */
export function streamReadBounds(options: ReadStreamOptions): { fromRevision: number; toRevision: number; asOfMs: number } {
  if (options.fromRevision !== undefined) checkReadRange('fromRevision', options.fromRevision, 0);
  if (options.toRevision !== undefined) checkReadRange('toRevision', options.toRevision, 0);
  let asOfMs = Number.MAX_SAFE_INTEGER;
  if (options.asOf !== undefined) {
    const parsed = parseInstantMs(options.asOf);
    if (parsed === null) throw new InvalidAppend('asOf', 'INSTANT', `${options.asOf} is not an ISO instant with an offset`);
    asOfMs = parsed;
  }
  return { fromRevision: options.fromRevision ?? 0, toRevision: options.toRevision ?? Number.MAX_SAFE_INTEGER, asOfMs };
}

export function expectedMatches(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === -1;
  if (expected === 'stream_exists') return actual >= 0;
  return expected === actual;
}
