import type { ProjectionDefinition } from '../../projections/kernel/projection.js';
import type { EventStore } from '../event-store/event-store.port.js';
import type { Fence, Lease, ViewStore } from '../view-store/view-store.port.js';
import { checkpointName, metaKey, physicalCollection, type ProjectionGenerations } from './generations.js';
import { LeaseKeeper, type LeaseOptions } from './lease-keeper.js';
import { checkLogIdentity } from './log-identity-check.js';
import { ProjectionHost, statusesOf, type ProjectionStatus, type SlotSnapshot } from './projection-host.js';
import { Projector } from './projector.js';
import { PumpSet } from './pump-set.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_CACHE_SIZE, DEFAULT_LAG_COUNT_LIMIT, projectionLease, type RunnerOptions } from './runner-options.js';
import { lagMeter, servedCheckpoint, snapshotOf, standbySlot, type Slot } from './runner-slots.js';
import { waitForStore } from './stored-progress.js';
import { sleep } from '../shared/sleep.js';

export type { ProjectionStatus } from './projection-host.js';
export { DEFAULT_BATCH_SIZE, DEFAULT_CACHE_SIZE, DEFAULT_LAG_COUNT_LIMIT, projectionLease, type RunnerOptions } from './runner-options.js';

/**
 * Runs every projection from the event store's ordered log (never from the in-memory EventBus).
 * The projections in step share one read of the log and one commit per batch (PumpSet). A new
 * projection version, or an operator's rebuild, builds a shadow generation from position 0 while
 * reads keep going to the current one; once the shadow has caught up with the head it is swapped
 * in atomically and the old generation is dropped.
 */
export class ProjectionRunner extends ProjectionHost {
  private readonly slots = new Map<string, Slot>();
  private readonly options: Required<Omit<RunnerOptions, 'leases'>>;
  private readonly keeper: LeaseKeeper | null;
  private readonly leaseOptions: LeaseOptions | null;
  /**
   * Whether a newer stored version is left to the instances that run it (rolling deploy, issue 14
   * review): only where other instances may exist. A lone instance (no leases, or leases taken over
   * at once: INSTANCES=exclusive on SQLite) that finds a newer version is a rollback: it rebuilds.
   */
  private readonly yieldsToNewer: boolean;
  private leaseTimer: NodeJS.Timeout | null = null;
  /** Leases taken during start(): their projections are opened together, sharing one read of the log. */
  private startingTakes: string[] | null = null;
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
      // Standby instances learn of a swap at their next lease tick: the old generation outlives two of them.
      retryMs: options.retryMs ?? 1000, dropGraceMs: Math.max(options.dropGraceMs ?? 0, Math.min(2 * (options.leases?.renewMs ?? 0), 60_000)), log: options.log ?? (() => undefined),
      lagCountLimit: options.lagCountLimit ?? DEFAULT_LAG_COUNT_LIMIT,
    };
    const names = projections.map((p) => p.name);
    if (new Set(names).size !== names.length) throw new Error(`projection names must be unique: ${names.join(', ')}`);
    this.pumps = new PumpSet(events, views, { ...this.options, onLeaseLost: (projector) => void this.keeper?.lose(projectionLease(projector.projection.name)) });
    const leases = options.leases;
    this.leaseOptions = leases ?? null;
    this.yieldsToNewer = leases !== undefined && leases.takeOver !== true;
    this.keeper = leases
      ? new LeaseKeeper(views, projections.map((p) => projectionLease(p.name)), leases, {
        acquired: (lease, held) => this.acquired(lease, held),
        lost: (lease) => this.lost(lease),
        wants: (lease) => !this.yieldsTo(this.slotOfLease(lease).served.version, this.slotOfLease(lease).projection),
        log: this.options.log,
      })
      : null;
  }

  async start(): Promise<void> {
    // Issue 14 item 5: views built from another log are refused before anything is applied.
    await checkLogIdentity(this.events, this.views);
    for (const projection of this.projections) this.slots.set(projection.name, await standbySlot(this.views, projection));
    const taken = this.keeper ? await this.firstLeases() : this.projections.map((p) => p.name);
    const starting: Projector[] = [];
    const shadows: Projector[] = [];
    for (const name of taken) {
      const opened = await this.take(this.slot(name).projection);
      if (!opened) {
        await this.decline(name);
        continue;
      }
      starting.push(...opened.starting);
      shadows.push(...opened.shadows);
    }
    // With nothing to run here yet the live pump starts at the head: a projection taken later catches up on its own.
    this.pumps.start(starting, starting.length === 0 ? await this.events.headPosition() : undefined);
    for (const projector of starting) await this.indexWhenCaughtUp(projector);
    for (const shadow of shadows) await this.swapWhenCaughtUp(shadow.projection, shadow);
    if (this.keeper) {
      this.leaseTimer = setInterval(() => void this.tickLeases(), this.leaseOptions!.renewMs);
      this.leaseTimer.unref();
    }
  }

  /** One lease round: renew or try every projection's lease, then read where the others' holders stand. Tests step it. */
  async tickLeases(): Promise<void> {
    if (!this.keeper) return;
    await this.keeper.tick();
    await this.refreshFollowers();
  }

  private async firstLeases(): Promise<string[]> {
    this.startingTakes = [];
    await this.keeper!.tick();
    const taken = this.startingTakes;
    this.startingTakes = null;
    await this.refreshFollowers();
    return taken.map((lease) => this.projections.find((p) => projectionLease(p.name) === lease)!.name);
  }

  /** Where the projections run elsewhere stand, read from the store (their generation may have been swapped there). */
  private async refreshFollowers(): Promise<void> {
    const holders = new Map((await this.views.leases()).map((lease) => [lease.name, lease]));
    const nowMs = this.leaseOptions?.clock.nowMs() ?? 0;
    for (const [name, slot] of this.slots) {
      const lease = holders.get(projectionLease(name));
      slot.holder = lease && lease.expiresAtMs > nowMs ? lease.holder : null;
      if (slot.active) continue;
      const fresh = await standbySlot(this.views, slot.projection);
      if (slot.active) continue;
      slot.served = fresh.served;
      slot.frozenCheckpoint = fresh.frozenCheckpoint;
    }
    this.progressListeners.forEach((listener) => listener());
  }

  private async acquired(lease: string, held: Lease): Promise<void> {
    const name = this.projections.find((p) => projectionLease(p.name) === lease)!.name;
    const slot = this.slot(name);
    slot.fence = { lease, epoch: held.epoch };
    slot.holder = held.holder;
    if (this.startingTakes) {
      this.startingTakes.push(lease);
      return;
    }
    const opened = await this.take(slot.projection);
    if (!opened) return this.decline(name);
    const { starting, shadows } = opened;
    if (starting.length > 0) this.pumps.catchUp(starting);
    for (const shadow of shadows) void this.swapWhenCaughtUp(shadow.projection, shadow);
  }

  /** The lease is gone: this instance stops writing the projection (a batch under way is refused by its fence). */
  private async lost(lease: string): Promise<void> {
    const name = this.projections.find((p) => projectionLease(p.name) === lease)!.name;
    const slot = this.slot(name);
    const running = [slot.active, slot.shadow].filter((p): p is Projector => p !== null);
    slot.active = null;
    slot.shadow = null;
    slot.fence = null;
    for (const projector of new Set(running)) await this.pumps.retire(projector);
    const fresh = await standbySlot(this.views, slot.projection);
    if (slot.active) return;
    slot.served = fresh.served;
    slot.frozenCheckpoint = fresh.frozenCheckpoint;
    this.progressListeners.forEach((listener) => listener());
  }

  /** True when the stored version is newer than this code's and is left to the instances that run it. */
  private yieldsTo(storedVersion: number, projection: ProjectionDefinition): boolean {
    return this.yieldsToNewer && storedVersion > projection.version;
  }

  private slotOfLease(lease: string): Slot {
    return this.slot(this.projections.find((p) => projectionLease(p.name) === lease)!.name);
  }

  /** The lease was taken but the work is a newer version's: let the lease go and stand by (state newer-version-elsewhere). */
  private async decline(name: string): Promise<void> {
    const slot = this.slot(name);
    slot.fence = null;
    slot.holder = null;
    this.options.log(`projection ${name}: the views are v${slot.served.version}, newer than this code's v${slot.projection.version}: not run here (an instance of the newer version runs it)`);
    await this.keeper?.release(projectionLease(name));
  }

  /**
   * Opens a projection to run here, from the store's record of it: a first build, its current
   * generation, or (the code has a new version) a shadow build while the stored one stays frozen.
   * null: the stored version is newer than this code's (another instance runs it: rolling deploy);
   * nothing is opened, and never rebuilt back to the older version.
   */
  private async take(projection: ProjectionDefinition): Promise<{ starting: Projector[]; shadows: Projector[] } | null> {
    const slot = this.slot(projection.name);
    const stored = (await this.views.readMeta(metaKey(projection.name))) as ProjectionGenerations | null;
    if (stored && this.yieldsTo(stored.version, projection)) {
      slot.served = stored;
      slot.frozenCheckpoint = await this.views.readCheckpoint(checkpointName(projection.name, stored.generation));
      return null;
    }
    const fences = slot.fence ? [slot.fence] : [];
    if (!stored) {
      await this.views.commit({ changes: [], meta: { [metaKey(projection.name)]: { version: projection.version, generation: 1 } }, fences });
      const active = await this.open(projection, 1, slot.fence);
      Object.assign(slot, { active, served: { version: projection.version, generation: 1 }, frozenCheckpoint: 0, shadow: null });
      return { starting: [active], shadows: [] };
    }
    if (stored.version === projection.version) {
      const active = await this.open(projection, stored.generation, slot.fence);
      Object.assign(slot, { active, served: stored, frozenCheckpoint: 0, shadow: null });
      return { starting: [active], shadows: [] };
    }
    // The code no longer knows the stored version: its views stay frozen and answer until the new build swaps in.
    this.options.log(`projection ${projection.name}: v${stored.version} → v${projection.version}, rebuilding in the background`);
    const frozenCheckpoint = await this.views.readCheckpoint(checkpointName(projection.name, stored.generation));
    const shadow = await this.openShadow(projection, stored.generation + 1, slot.fence);
    Object.assign(slot, { active: shadow, served: stored, frozenCheckpoint, shadow });
    return { starting: [shadow], shadows: [shadow] };
  }

  /** Operator rebuild: fresh generations from position 0, read together; the current ones keep serving and updating. */
  async rebuild(...names: readonly string[]): Promise<void> {
    // Claimed before any await: two rebuild calls for one projection must not build two shadows.
    // Only where this instance runs the projection (holds its lease): the holder rebuilds.
    const claimed = names.filter((name) => this.slot(name).active !== null && !this.slot(name).shadow && !this.opening.has(name));
    for (const name of names.filter((n) => this.slot(n).active === null))
      this.options.log(`projection ${name}: not rebuilt here, ${this.slot(name).holder ?? 'another instance'} runs it (ask that instance)`);
    claimed.forEach((name) => this.opening.add(name));
    const shadows: Projector[] = [];
    try {
      for (const name of claimed) {
        const slot = this.slot(name);
        slot.shadow = await this.openShadow(slot.projection, Math.max(slot.served.generation, slot.active!.generation) + 1, slot.fence);
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
    return statusesOf(this.snapshot(), await lagMeter(this.events, this.options.lagCountLimit));
  }

  /** Where every projection stands, as plain data. */
  snapshot(): SlotSnapshot[] {
    return [...this.slots.entries()].map(([name, slot]) => snapshotOf(name, slot));
  }

  /** Called after every committed batch of any projection, and after each swap. */
  onProgress(listener: () => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    // A frozen generation (old version, rebuild under way) counts only up to where it stopped.
    const caughtUp = () => [...this.slots.values()].every((slot) => servedCheckpoint(slot) >= position);
    if (caughtUp()) return true;
    // Projections run by other instances: their progress is in the view store, not here (issue 14).
    if (this.keeper) return waitForStore(this.views, this.projections.map((p) => p.name), position, timeoutMs, (listener) => this.onProgress(listener));
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
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    this.leaseTimer = null;
    await this.pumps.stop();
    // Released only once nothing more is written: another instance takes over at once.
    await this.keeper?.stop();
  }

  private slot(name: string): Slot {
    const slot = this.slots.get(name);
    if (!slot) throw new Error(`unknown projection ${name}`);
    return slot;
  }

  private async open(projection: ProjectionDefinition, generation: number, fence: Fence | null): Promise<Projector> {
    const projector = new Projector(projection, generation, this.views, { cacheSize: this.options.cacheSize, retryMs: this.options.retryMs }, fence);
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
      const lag = await (await lagMeter(this.events, this.options.lagCountLimit))(projector.checkpoint);
      if (lag <= this.options.batchSize) await projector.buildIndexes();
    } catch (error) {
      this.options.log(`projection ${projector.checkpointName}: building indexes failed: ${String(error)}`);
    } finally {
      this.indexing.delete(projector);
    }
  }

  /** Refuses (LeaseLost) unless the lease still has this epoch: an empty commit carrying the fence. */
  private async stillHolding(fence: Fence | null): Promise<void> {
    if (fence) await this.views.commit({ changes: [], fences: [fence] });
  }

  private async openShadow(projection: ProjectionDefinition, generation: number, fence: Fence | null): Promise<Projector> {
    // A leftover of an interrupted build is started over from nothing — by the lease's holder only:
    // a drop is not part of a fenced commit, so the fence is checked right before it (issue 14).
    await this.stillHolding(fence);
    for (const collection of projection.collections) await this.views.dropCollection(physicalCollection(collection.name, generation));
    await this.views.commit({ changes: [], checkpoint: { name: checkpointName(projection.name, generation), position: 0 }, fences: fence ? [fence] : [] });
    const shadow = await this.open(projection, generation, fence);
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
    await this.views.commit({ changes: [], meta: { [metaKey(projection.name)]: { version: projection.version, generation: shadow.generation } }, fences: shadow.fence ? [shadow.fence] : [] });
    slot.active = shadow;
    slot.served = { version: projection.version, generation: shadow.generation };
    slot.shadow = null;
    if (old.active && old.active !== shadow) await this.pumps.retire(old.active);
    // Readers learn of the new generation first (the HTTP thread from this progress): the old one
    // is dropped only after a grace period, so a read already on its way never meets a dropped table.
    this.progressListeners.forEach((listener) => listener());
    if (this.options.dropGraceMs > 0) await sleep(this.options.dropGraceMs);
    await this.stillHolding(shadow.fence);
    for (const collection of projection.collections) await this.views.dropCollection(physicalCollection(collection.name, old.served.generation));
    this.options.log(`projection ${projection.name}: generation ${shadow.generation} (v${projection.version}) swapped in`);
  }
}
