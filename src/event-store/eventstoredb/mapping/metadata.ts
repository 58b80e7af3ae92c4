import { ACTOR_KINDS, type ActorKind, type StoredMetadata } from '../../event-store.port.js';
import { EventStoreError } from '../../errors.js';

/**
 * Our metadata as written into the ESDB event's metadata JSON: every StoredMetadata field (the
 * hash chain included), the schema version, and ESDB's own `$correlationId`/`$causationId`
 * conventions so the server's projections and UI link the events too.
 */
export interface EsdbEventMetadata extends StoredMetadata {
  readonly schemaVersion: number;
  readonly $correlationId: string;
  readonly $causationId?: string;
}

export class MalformedEsdbEvent extends EventStoreError {
  constructor(readonly where: string, readonly problem: string) {
    super('ESDB_EVENT_MALFORMED', `event ${where} in EventStoreDB has malformed metadata: ${problem}`, { where, problem });
  }
}

export function toEsdbMetadata(metadata: StoredMetadata, schemaVersion: number): EsdbEventMetadata {
  return {
    ...metadata,
    schemaVersion,
    $correlationId: metadata.correlationId,
    ...(metadata.causationId !== null ? { $causationId: metadata.causationId } : {}),
  };
}

/**
 * Rebuilds exactly the metadata that was hashed — the same keys, nothing added — so the chain
 * verifies; anything missing or mistyped is a typed error, never a guess.
 */
export function fromEsdbMetadata(raw: unknown, where: string): { metadata: StoredMetadata; schemaVersion: number } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new MalformedEsdbEvent(where, 'not a JSON object');
  const m = raw as Record<string, unknown>;
  const text = (field: string): string => {
    if (typeof m[field] !== 'string') throw new MalformedEsdbEvent(where, `${field} is not a string`);
    return m[field] as string;
  };
  const textOrNull = (value: unknown, field: string): string | null => {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') throw new MalformedEsdbEvent(where, `${field} is not a string or null`);
    return value;
  };
  const actor = m.actor as Record<string, unknown> | undefined;
  if (!actor || typeof actor !== 'object' || !ACTOR_KINDS.includes(actor.kind as ActorKind) || typeof actor.id !== 'string')
    throw new MalformedEsdbEvent(where, 'actor is not {kind, id, department}');
  const schemaVersion = m.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    throw new MalformedEsdbEvent(where, 'schemaVersion is not a positive integer');
  const metadata: StoredMetadata = {
    commandId: text('commandId'),
    correlationId: text('correlationId'),
    causationId: textOrNull(m.causationId, 'causationId'),
    actor: {
      kind: actor.kind as ActorKind, id: actor.id, department: textOrNull(actor.department, 'actor.department'),
      ...(actor.user !== undefined && actor.user !== null ? { user: textOrNull(actor.user, 'actor.user')! } : {}),
    },
    ...(m.commandType !== undefined ? { commandType: text('commandType') } : {}),
    idempotencyKey: textOrNull(m.idempotencyKey, 'idempotencyKey'),
    recordedAt: text('recordedAt'),
    prevHash: text('prevHash'),
    hash: text('hash'),
  };
  return { metadata, schemaVersion };
}
