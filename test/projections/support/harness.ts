/**
 * Runs a projection over events the way the service does: through the real `applyBatch` (the
 * `_position` guard included) against an in-memory view store, one batch per `apply` call.
 */
import type { DomainEvent } from '../../../domain/kernel/event.js';
import type { ProjectedEvent, ProjectionDefinition, ViewDoc } from '../../../projections/kernel/projection.js';
import type { StoredEvent } from '../../../src/event-store/event-store.port.js';
import { applyBatch, POSITION_FIELD } from '../../../src/projections/batch-applier.js';
import type { JsonObject } from '../../../src/shared/json.js';
import type { ViewStore } from '../../../src/view-store/view-store.port.js';

const GENERATION = 1;
const ACTOR = { kind: 'department', id: 'officer-7', department: 'ks-drc' } as const;

/** A stored event of `stream` at a global `position` (the revision is only informative here). */
export function stored(stream: string, position: number, event: DomainEvent, recordedAt = '2026-03-02T10:00:00+08:00', revision = position - 1): StoredEvent {
  return {
    eventId: `ev-${position}`,
    stream,
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data as unknown as JsonObject,
    metadata: {
      commandId: `cmd-${position}`,
      correlationId: `corr-${position}`,
      causationId: null,
      actor: ACTOR,
      commandType: 'TestCommand',
      idempotencyKey: null,
      recordedAt,
      prevHash: '',
      hash: '',
    },
  };
}

/** Events of one stream at positions from `first` on, in order. */
export function streamOf(stream: string, events: readonly DomainEvent[], first = 1): StoredEvent[] {
  return events.map((event, index) => stored(stream, first + index, event));
}

/** The same event as a projection sees it, for calling keysFor/evolve directly. */
export function projected(event: StoredEvent): ProjectedEvent {
  return { ...event, recordedAt: event.metadata.recordedAt, actor: event.metadata.actor };
}

export class ProjectionHarness {
  private readonly docs = new Map<string, Map<string, JsonObject>>();

  constructor(private readonly projection: ProjectionDefinition) {}

  private readonly views = {
    getMany: async (collection: string, ids: readonly string[]) => {
      const found = new Map<string, JsonObject>();
      for (const id of ids) {
        const doc = this.docs.get(collection)?.get(id);
        if (doc !== undefined) found.set(id, structuredClone(doc));
      }
      return found;
    },
  } as unknown as ViewStore;

  /** Applies one batch and stores the changes, as the runner commits them. */
  async apply(...batch: StoredEvent[]): Promise<this> {
    const changes = await applyBatch(this.projection, GENERATION, this.views, batch);
    for (const change of changes) {
      const collection = this.docs.get(change.collection) ?? new Map<string, JsonObject>();
      if (change.doc === null) collection.delete(change.id);
      else collection.set(change.id, structuredClone(change.doc));
      this.docs.set(change.collection, collection);
    }
    return this;
  }

  /** A document without the runner's `_position` bookkeeping. */
  doc(collection: string, id: string): ViewDoc | null {
    const doc = this.docs.get(`${collection}__g${GENERATION}`)?.get(id);
    if (doc === undefined) return null;
    const { [POSITION_FIELD]: _position, ...rest } = doc;
    return rest;
  }

  /** Every document of a collection, by id, bookkeeping included (to compare before/after a replay). */
  snapshot(): Record<string, Record<string, JsonObject>> {
    const out: Record<string, Record<string, JsonObject>> = {};
    for (const [collection, docs] of this.docs) out[collection] = Object.fromEntries(docs);
    return structuredClone(out);
  }
}
