import type { ProjectionDefinition } from '../../projections/kernel/projection.js';
import type { EventStore, LogSubscription } from '../event-store/event-store.port.js';
import type { ViewStore } from '../view-store/view-store.port.js';
import { applyBatch } from './batch-applier.js';
import { checkpointName, physicalCollection } from './generations.js';

export type WorkerState = 'starting' | 'running' | 'failed' | 'stopped';

/**
 * Feeds one generation of one projection from the log: reads from its checkpoint in batches and
 * commits each batch's view changes with the new checkpoint in one transaction, then tails live.
 * A failing batch writes nothing; the worker retries it with backoff and reports the failure.
 */
export class ProjectionWorker {
  state: WorkerState = 'starting';
  checkpoint = 0;
  lastError: string | null = null;
  private subscription: LogSubscription | null = null;
  private stopped = false;
  private done: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private cancelBackoff: (() => void) | null = null;

  constructor(
    readonly projection: ProjectionDefinition,
    readonly generation: number,
    private readonly events: EventStore,
    private readonly views: ViewStore,
    private readonly options: { batchSize: number; retryMs: number; log: (message: string) => void },
  ) {}

  get checkpointName(): string {
    return checkpointName(this.projection.name, this.generation);
  }

  async start(): Promise<void> {
    for (const collection of this.projection.collections)
      await this.views.ensureCollection({ name: physicalCollection(collection.name, this.generation), indexes: collection.indexes });
    this.checkpoint = await this.views.readCheckpoint(this.checkpointName);
    this.done = this.run();
  }

  /** Called after every committed batch (the runner uses it for swaps and read-your-writes). */
  onProgress(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async run(): Promise<void> {
    let retryMs = this.options.retryMs;
    while (!this.stopped) {
      try {
        this.subscription = this.events.subscribe(this.checkpoint, { batchSize: this.options.batchSize });
        this.state = 'running';
        for await (const batch of this.subscription) {
          if (this.stopped) break;
          const changes = await applyBatch(this.projection, this.generation, this.views, batch);
          const position = batch[batch.length - 1]!.position;
          await this.views.commit({ changes, checkpoint: { name: this.checkpointName, position } });
          this.checkpoint = position;
          this.lastError = null;
          retryMs = this.options.retryMs;
          this.listeners.forEach((listener) => listener());
          // The embedded stores answer synchronously: yield so HTTP requests and appends are not
          // starved while a long catch-up or rebuild runs.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } catch (error) {
        this.subscription?.close();
        if (this.stopped) break;
        this.state = 'failed';
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.log(`projection ${this.checkpointName} failed after position ${this.checkpoint}: ${this.lastError}; retrying in ${retryMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, retryMs);
          this.cancelBackoff = () => { clearTimeout(timer); resolve(); };
        });
        this.cancelBackoff = null;
        retryMs = Math.min(retryMs * 2, 30_000);
      }
    }
    this.state = 'stopped';
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.subscription?.close();
    this.cancelBackoff?.();
    await this.done;
  }
}
