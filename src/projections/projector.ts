import type { DocKey, ProjectionDefinition, ViewDoc } from '../../projections/kernel/projection.js';
import type { StoredEvent } from '../event-store/event-store.port.js';
import type { Fence, ViewChange, ViewCheckpoint, ViewStore } from '../view-store/view-store.port.js';
import { docKeyOf, evolveBatch, loadFromViews } from './batch-applier.js';
import { DocCache } from './doc-cache.js';
import { checkpointName, physicalCollection } from './generations.js';

export type ProjectorState = 'starting' | 'running' | 'failed' | 'stopped';

/** A batch evolved by one projector, ready to commit; `accept` once the commit is durable. */
export interface PreparedBatch {
  readonly projector: Projector;
  readonly changes: readonly ViewChange[];
  readonly checkpoint: ViewCheckpoint;
  accept(): void;
}

/**
 * One generation of one projection: its checkpoint, its state and the documents it last wrote.
 * It does not read the log itself: a LogPump reads each batch once for all its projectors and
 * commits their changes and checkpoints together.
 */
export class Projector {
  state: ProjectorState = 'starting';
  checkpoint = 0;
  lastError: string | null = null;
  /** True while the indexes of a build from position 0 are not built yet. */
  indexesPending = false;
  /** Set once its generation is swapped out: no pump feeds it any more. */
  retired = false;
  /** Backoff before the next attempt after a failure (doubles, reset by a success). */
  retryMs: number;
  private readonly cache: DocCache;
  private readonly handled: ReadonlySet<string>;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly projection: ProjectionDefinition,
    readonly generation: number,
    private readonly views: ViewStore,
    private readonly options: { cacheSize: number; retryMs: number },
    /** The lease this instance runs the projection under (issue 14): every checkpoint it writes carries it. */
    readonly fence: Fence | null = null,
  ) {
    this.cache = new DocCache(options.cacheSize);
    this.handled = new Set(projection.handles);
    this.retryMs = options.retryMs;
  }

  get checkpointName(): string {
    return checkpointName(this.projection.name, this.generation);
  }

  /**
   * Creates the generation's collections and reads where it stopped. Built from position 0, its
   * indexes wait until it has caught up (`buildIndexes`): a rebuild then writes several times faster.
   */
  async open(): Promise<void> {
    this.checkpoint = await this.views.readCheckpoint(this.checkpointName);
    this.indexesPending = this.checkpoint === 0;
    for (const collection of this.projection.collections)
      await this.views.ensureCollection({ name: physicalCollection(collection.name, this.generation), indexes: collection.indexes, deferIndexes: this.indexesPending });
  }

  /** Builds the indexes left out while catching up from position 0 (once). */
  async buildIndexes(): Promise<void> {
    if (!this.indexesPending) return;
    for (const collection of this.projection.collections) await this.views.buildIndexes(physicalCollection(collection.name, this.generation));
    this.indexesPending = false;
  }

  /** Called after every committed batch (the runner uses it for swaps and read-your-writes). */
  onProgress(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Evolves the batch's events after this projector's checkpoint; throws (caching nothing) if evolve does. */
  async prepare(batch: readonly StoredEvent[]): Promise<PreparedBatch> {
    const end = Math.max(this.checkpoint, batch[batch.length - 1]!.position);
    const { changes, written } = await evolveBatch(this.projection, this.generation, batch, (keys) => this.load(keys), this.handled, this.checkpoint);
    return {
      projector: this,
      changes,
      checkpoint: this.fence ? { name: this.checkpointName, position: end, fence: this.fence } : { name: this.checkpointName, position: end },
      accept: () => {
        for (const [key, doc] of written) this.cache.set(key, doc);
        this.checkpoint = end;
        this.state = 'running';
        this.lastError = null;
        this.retryMs = this.options.retryMs;
        this.listeners.forEach((listener) => listener());
      },
    };
  }

  retire(): void {
    this.retired = true;
    this.state = 'stopped';
    this.cache.clear();
  }

  /** A commit failed or a batch was abandoned: what the cache holds may not be in the store. */
  forget(): void {
    this.cache.clear();
  }

  failed(error: unknown): void {
    this.state = 'failed';
    this.lastError = error instanceof Error ? error.message : String(error);
    this.cache.clear();
  }

  private async load(keys: readonly DocKey[]): Promise<Map<string, ViewDoc | null>> {
    const docs = new Map<string, ViewDoc | null>();
    const missing: DocKey[] = [];
    for (const key of keys) {
      const k = docKeyOf(key);
      if (docs.has(k)) continue;
      const cached = this.cache.get(k);
      if (cached === undefined) missing.push(key);
      else docs.set(k, cached);
    }
    if (missing.length > 0) for (const [k, doc] of await loadFromViews(this.views, this.generation, missing)) docs.set(k, doc);
    return docs;
  }
}
