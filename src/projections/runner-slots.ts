import type { ProjectionDefinition } from '../../projections/kernel/projection.js';
import type { EventStore } from '../event-store/event-store.port.js';
import type { Fence, ViewStore } from '../view-store/view-store.port.js';
import { checkpointName, metaKey, type ProjectionGenerations } from './generations.js';
import type { SlotSnapshot } from './projection-host.js';
import type { Projector } from './projector.js';

/** One projection as the runner holds it: what serves reads, what runs here (if anything), who holds its lease. */
export interface Slot {
  readonly projection: ProjectionDefinition;
  /** null while this instance does not hold the projection's lease (another instance runs it). */
  active: Projector | null;
  /** The generation serving reads when it is not (yet) the active projector's: a frozen older version. */
  served: { version: number; generation: number };
  /** The checkpoint of a frozen served generation (it no longer moves). */
  frozenCheckpoint: number;
  shadow: Projector | null;
  /** The lease's fence while this instance holds it. */
  fence: Fence | null;
  /** Who holds the lease, as last seen (null: nobody, or no leases). */
  holder: string | null;
}

/** A slot this instance does not run: it serves the generation the store names, at the checkpoint the store holds. */
export async function standbySlot(views: ViewStore, projection: ProjectionDefinition): Promise<Slot> {
  const stored = (await views.readMeta(metaKey(projection.name))) as ProjectionGenerations | null;
  const served = stored ?? { version: projection.version, generation: 1 };
  const frozenCheckpoint = await views.readCheckpoint(checkpointName(projection.name, served.generation));
  return { projection, active: null, served, frozenCheckpoint, shadow: null, fence: null, holder: null };
}

/** The checkpoint of the generation answering reads (a frozen or standby one counts where the store has it). */
export function servedCheckpoint(slot: Slot): number {
  return slot.active && slot.served.generation === slot.active.generation ? slot.active.checkpoint : slot.frozenCheckpoint;
}

export function snapshotOf(name: string, slot: Slot): SlotSnapshot {
  const serving = slot.active && slot.served.generation === slot.active.generation ? slot.active : null;
  return {
    name,
    version: slot.served.version,
    generation: slot.served.generation,
    checkpoint: servedCheckpoint(slot),
    // standby: another instance holds the lease and runs it; the checkpoint is the store's.
    // indexing: a build from zero answers without its indexes until they exist (every query would scan).
    // newer-version-elsewhere: the store serves a newer version than this code's; left to its instances.
    state: serving ? (serving.state === 'running' && serving.indexesPending ? 'indexing' : serving.state)
      : slot.active ? 'rebuilding' : slot.served.version > slot.projection.version ? 'newer-version-elsewhere' : 'standby',
    holder: slot.holder,
    here: slot.active !== null,
    lastError: serving?.lastError ?? slot.shadow?.lastError ?? null,
    rebuild: slot.shadow && { generation: slot.shadow.generation, checkpoint: slot.shadow.checkpoint },
  };
}

/**
 * Lag in events behind the log: head − checkpoint where positions are dense (SQLite), else the
 * store's bounded count (EventStoreDB, whose positions are byte offsets); each checkpoint counted once.
 */
export async function lagMeter(events: EventStore, lagCountLimit: number): Promise<(checkpoint: number) => Promise<number>> {
  const count = events.countAfter?.bind(events);
  if (!count) {
    const head = await events.headPosition();
    return async (checkpoint) => head - checkpoint;
  }
  const counted = new Map<number, Promise<number>>();
  return (checkpoint) => {
    if (!counted.has(checkpoint)) counted.set(checkpoint, count(checkpoint, lagCountLimit));
    return counted.get(checkpoint)!;
  };
}
