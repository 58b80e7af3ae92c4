import type { ProjectionDefinition } from '../../projections/kernel/projection.js';
import type { EventStore } from '../event-store/event-store.port.js';
import type { ViewStore } from '../view-store/view-store.port.js';
import { checkpointName, metaKey, physicalCollection, type ProjectionGenerations } from './generations.js';
import { ProjectionHost, statusesOf, type ProjectionStatus, type SlotSnapshot } from './projection-host.js';
import { Projector } from './projector.js';
import { PumpSet } from './pump-set.js';
import { sleep } from '../shared/sleep.js';

export type { ProjectionStatus } from './projection-host.js';

export interface RunnerOptions {
  /** Most events read, evolved and committed as one batch. */
  readonly batchSize?: number;
  /** Most documents each projection keeps in memory between batches (least recently used go first). */
  readonly cacheSize?: number;
  readonly retryMs?: number;
  /** After a swap, how long the old generation stays before it is dropped (readers on another thread switch meanwhile). */
  readonly dropGraceMs?: number;
  readonly log?: (message: string) => void;
  /**
   * On engines that count lag (EventStore.countAfter), counting stops here: a larger lag reads as
   * this number. Keep it above READY_MAX_LAG (readiness compares the two).
   */
  readonly lagCountLimit?: number;
}

/** Events per batch: large enough that a commit's fixed cost is shared, small enough to keep HTTP answering between batches. */
export const DEFAULT_BATCH_SIZE = 2000;
/** Documents per projection kept between batches. */
export const DEFAULT_CACHE_SIZE = 20_000;

/** Default lagCountLimit: well above READY_MAX_LAG's default (1000), small enough to count on each readiness probe. */
export const DEFAULT_LAG_COUNT_LIMIT = 10_001;

interface Slot {
  active: Projector;
  /** The generation serving reads when it is not (yet) the active projector's: a frozen older version. */
  served: { version: number; generation: number };
  /** The checkpoint of a frozen served generation (it no longer moves). */
  frozenCheckpoint: number;
  shadow: Projector | null;
}

/**
 * Runs every projection from the event store's ordered log (never from the in-memory EventBus).
 * The projections in step share one read of the log and one commit per batch (PumpSet). A new
 * projection version, or an operator's rebuild, builds a shadow generation from position 0 while
 * reads keep going to the current one; once the shadow has caught up with the head it is swapped
 * in atomically and the old generation is dropped.
 */
export class ProjectionRunner extends ProjectionHost {
  private readonly slots = new Map<string, Slot>();
  private readonly options: Required<RunnerOptions>;
  private readonly swapping = new Set<Projector>();
  private readonly indexing = new Set<Projector>();
  private readonly opening = new Set<string>();
  private readonly progressListeners = new Set<() => void>();
  private readonly pumps: PumpSet;

  constructor(
    private readonly events: EventStore,
    private readonly views: ViewStore,
    private readonly projections: readonly ProjectionDefinition[],
    options: RunnerOptions = {},
  ) {
    super();
    this.options = {
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, cacheSize: options.cacheSize ?? DEFAULT_CACHE_SIZE,
      retryMs: options.retryMs ?? 1000, dropGraceMs: options.dropGraceMs ?? 0, log: options.log ?? (() => undefined),
      lagCountLimit: options.lagCountLimit ?? DEFAULT_LAG_COUNT_LIMIT,
    };
    const names = projections.map((p) => p.name);
    if (new Set(names).size !== names.length) throw new Error(`projection names must be unique: ${names.join(', ')}`);
    this.pumps = new PumpSet(events, views, this.options);
  }

  async start(): Promise<void> {
    const starting: Projector[] = [];
    const shadows: Projector[] = [];
    for (const projection of this.projections) {
      const stored = (await this.views.readMeta(metaKey(projection.name))) as ProjectionGenerations | null;
      if (!stored) {
        await this.views.commit({ changes: [], meta: { [metaKey(projection.name)]: { version: projection.version, generation: 1 } } });
        const active = await this.open(projection, 1);
        this.slots.set(projection.name, { active, served: { version: projection.version, generation: 1 }, frozenCheckpoint: 0, shadow: null });
        starting.push(active);
      } else if (stored.version === projection.version) {
        const active = await this.open(projection, stored.generation);
        this.slots.set(projection.name, { active, served: stored, frozenCheckpoint: 0, shadow: null });
        starting.push(active);
      } else {
        // The code no longer knows the stored version: its views stay frozen and answer until the new build swaps in.
        this.options.log(`projection ${projection.name}: v${stored.version} → v${projection.version}, rebuilding in the background`);
        const frozenCheckpoint = await this.views.readCheckpoint(checkpointName(projection.name, stored.generation));
        const shadow = await this.openShadow(projection, stored.generation + 1);
        this.slots.set(projection.name, { active: shadow, served: stored, frozenCheckpoint, shadow });
        starting.push(shadow);
        shadows.push(shadow);
      }
    }
    this.pumps.start(starting);
    for (const projector of starting) await this.indexWhenCaughtUp(projector);
    for (const shadow of shadows) await this.swapWhenCaughtUp(shadow.projection, shadow);
  }

  /** Operator rebuild: fresh generations from position 0, read together; the current ones keep serving and updating. */
  async rebuild(...names: readonly string[]): Promise<void> {
    // Claimed before any await: two rebuild calls for one projection must not build two shadows.
    const claimed = names.filter((name) => !this.slot(name).shadow && !this.opening.has(name));
    claimed.forEach((name) => this.opening.add(name));
    const shadows: Projector[] = [];
    try {
      for (const name of claimed) {
        const slot = this.slot(name);
        slot.shadow = await this.openShadow(slot.active.projection, Math.max(slot.served.generation, slot.active.generation) + 1);
        shadows.push(slot.shadow);
      }
    } finally {
      claimed.forEach((name) => this.opening.delete(name));
    }
    if (shadows.length === 0) return;
    this.pumps.catchUp(shadows);
    for (const shadow of shadows) await this.swapWhenCaughtUp(shadow.projection, shadow);
  }

  collectionFor(projection: string, collection: string): string {
    return physicalCollection(collection, this.slot(projection).served.generation);
  }

  async status(): Promise<ProjectionStatus[]> {
    return statusesOf(this.snapshot(), await this.lagMeter());
  }

  /** Where every projection stands, as plain data. */
  snapshot(): SlotSnapshot[] {
    return [...this.slots.entries()].map(([name, slot]) => {
      const serving = slot.served.generation === slot.active.generation ? slot.active : null;
      return {
        name,
        version: slot.served.version,
        generation: slot.served.generation,
        checkpoint: serving ? serving.checkpoint : slot.frozenCheckpoint,
        // A build from zero answers without its indexes until they exist: every query would scan.
        state: serving ? (serving.state === 'running' && serving.indexesPending ? 'indexing' : serving.state) : 'rebuilding',
        lastError: serving?.lastError ?? slot.shadow?.lastError ?? null,
        rebuild: slot.shadow && { generation: slot.shadow.generation, checkpoint: slot.shadow.checkpoint },
      };
    });
  }

  /** Called after every committed batch of any projection, and after each swap. */
  onProgress(listener: () => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  /**
   * Lag in events behind the log: head − checkpoint where positions are dense (SQLite), else the
   * store's bounded count (EventStoreDB, whose positions are byte offsets); each checkpoint counted once.
   */
  private async lagMeter(): Promise<(checkpoint: number) => Promise<number>> {
    const count = this.events.countAfter?.bind(this.events);
    if (!count) {
      const head = await this.events.headPosition();
      return async (checkpoint) => head - checkpoint;
    }
    const counted = new Map<number, Promise<number>>();
    return (checkpoint) => {
      if (!counted.has(checkpoint)) counted.set(checkpoint, count(checkpoint, this.options.lagCountLimit));
      return counted.get(checkpoint)!;
    };
  }

  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    // A frozen generation (old version, rebuild under way) counts only up to where it stopped.
    const caughtUp = () => [...this.slots.values()].every((slot) =>
      (slot.served.generation === slot.active.generation ? slot.active.checkpoint : slot.frozenCheckpoint) >= position);
    if (caughtUp()) return true;
    return new Promise((resolve) => {
      const unsubscribe = this.onProgress(() => {
        if (caughtUp()) finish(true);
      });
      const timer = setTimeout(() => finish(caughtUp()), timeoutMs);
      const finish = (result: boolean) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(result);
      };
    });
  }

  async stop(): Promise<void> {
    await this.pumps.stop();
  }

  private slot(name: string): Slot {
    const slot = this.slots.get(name);
    if (!slot) throw new Error(`unknown projection ${name}`);
    return slot;
  }

  private async open(projection: ProjectionDefinition, generation: number): Promise<Projector> {
    const projector = new Projector(projection, generation, this.views, { cacheSize: this.options.cacheSize, retryMs: this.options.retryMs });
    await projector.open();
    projector.onProgress(() => this.progressListeners.forEach((listener) => listener()));
    if (projector.indexesPending) projector.onProgress(() => void this.indexWhenCaughtUp(projector));
    return projector;
  }

  /** A build from position 0 gets its indexes once it has reached the head (a shadow: before it is swapped in). */
  private async indexWhenCaughtUp(projector: Projector): Promise<void> {
    if (!projector.indexesPending || this.indexing.has(projector)) return;
    this.indexing.add(projector);
    try {
      // Within a batch of the head, not at it: under steady appends the head is always a little ahead.
      const lag = await (await this.lagMeter())(projector.checkpoint);
      if (lag <= this.options.batchSize) await projector.buildIndexes();
    } catch (error) {
      this.options.log(`projection ${projector.checkpointName}: building indexes failed: ${String(error)}`);
    } finally {
      this.indexing.delete(projector);
    }
  }

  private async openShadow(projection: ProjectionDefinition, generation: number): Promise<Projector> {
    // A leftover of an interrupted build is started over from nothing.
    for (const collection of projection.collections) await this.views.dropCollection(physicalCollection(collection.name, generation));
    await this.views.commit({ changes: [], checkpoint: { name: checkpointName(projection.name, generation), position: 0 } });
    const shadow = await this.open(projection, generation);
    shadow.onProgress(() => void this.swapWhenCaughtUp(projection, shadow));
    return shadow;
  }

  /** Swaps the shadow in once it has applied everything up to the head (checked after each batch). */
  private async swapWhenCaughtUp(projection: ProjectionDefinition, shadow: Projector): Promise<void> {
    const slot = this.slots.get(projection.name);
    if (!slot || slot.shadow !== shadow || this.swapping.has(shadow)) return;
    // Claimed before any await: two batches finishing close together must not both swap.
    this.swapping.add(shadow);
    try {
      if (shadow.checkpoint < (await this.events.headPosition())) return;
      if (slot.shadow !== shadow) return;
      await this.swapIn(projection, shadow);
    } catch (error) {
      this.options.log(`projection ${projection.name}: swap failed: ${String(error)}`);
    } finally {
      this.swapping.delete(shadow);
    }
  }

  private async swapIn(projection: ProjectionDefinition, shadow: Projector): Promise<void> {
    const slot = this.slot(projection.name);
    const old = { served: slot.served, active: slot.active };
    await shadow.buildIndexes();
    await this.views.commit({ changes: [], meta: { [metaKey(projection.name)]: { version: projection.version, generation: shadow.generation } } });
    slot.active = shadow;
    slot.served = { version: projection.version, generation: shadow.generation };
    slot.shadow = null;
    if (old.active !== shadow) await this.pumps.retire(old.active);
    // Readers learn of the new generation first (the HTTP thread from this progress): the old one
    // is dropped only after a grace period, so a read already on its way never meets a dropped table.
    this.progressListeners.forEach((listener) => listener());
    if (this.options.dropGraceMs > 0) await sleep(this.options.dropGraceMs);
    for (const collection of projection.collections) await this.views.dropCollection(physicalCollection(collection.name, old.served.generation));
    this.options.log(`projection ${projection.name}: generation ${shadow.generation} (v${projection.version}) swapped in`);
  }
}
