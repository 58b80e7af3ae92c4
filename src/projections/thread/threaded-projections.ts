import type { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../config/app-config.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { startThread } from '../../shared/threads/start-thread.js';
import type { ViewStore } from '../../view-store/view-store.port.js';
import { physicalCollection } from '../generations.js';
import { waitForStore } from '../stored-progress.js';
import { ProjectionHost, statusesOf, type ProjectionStatus, type SlotSnapshot } from '../projection-host.js';
import type { FromThread, ThreadData, ToThread } from './messages.js';

const STOP_TIMEOUT_MS = 10_000;
const RESTART_MAX_MS = 30_000;

/**
 * The projections on a worker thread of their own: rebuilds and catch-up batches never hold up the
 * HTTP thread's event loop. This side mirrors where each projection stands (from the thread's
 * progress messages), so status, waitFor and collectionFor answer without asking the thread.
 */
export class ThreadedProjections extends ProjectionHost {
  private worker: Worker | null = null;
  private slots: readonly SlotSnapshot[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private stopping = false;
  private restartMs = 1000;
  private offAppended: (() => void) | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly events: EventStore,
    private readonly log: (message: string) => void,
    /** This thread's connection to the views: read-your-writes waits on their checkpoints (issue 14). */
    private readonly views: ViewStore | null = null,
  ) {
    super();
  }

  async start(): Promise<void> {
    // Appends made on this thread wake the projection thread at once (it also polls, for other processes).
    this.offAppended = this.events.onAppended?.(() => this.send({ type: 'appended' })) ?? null;
    await this.spawn();
  }

  private spawn(): Promise<void> {
    const data: ThreadData = { config: this.config };
    const worker = startThread(import.meta.url, './projection-thread', data);
    this.worker = worker;
    return new Promise((resolve, reject) => {
      let started = false;
      worker.on('message', (message: FromThread) => {
        if (message.type === 'started') {
          started = true;
          this.restartMs = 1000;
          resolve();
        }
        this.receive(message);
      });
      worker.on('error', (error) => {
        this.log(`projection thread failed: ${error.stack ?? String(error)}`);
        if (!started) reject(error);
      });
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = null;
        if (!started) reject(new Error(`projection thread exited with code ${code} before it started`));
        else if (!this.stopping) this.restartLater(code);
      });
    });
  }

  /** A crashed thread is marked failed on /health/ready and started again with a growing backoff. */
  private restartLater(code: number): void {
    this.slots = this.slots.map((slot) => ({ ...slot, state: 'failed', lastError: `projection thread exited (code ${code})` }));
    this.rejectPending(new Error(`projection thread exited (code ${code})`));
    const delay = this.restartMs;
    this.restartMs = Math.min(delay * 2, RESTART_MAX_MS);
    this.log(`projection thread exited with code ${code}; restarting in ${delay} ms`);
    setTimeout(() => {
      if (!this.stopping) this.spawn().catch((error: unknown) => {
        this.log(`projection thread restart failed: ${String(error)}`);
        this.restartLater(-1);
      });
    }, delay).unref();
  }

  private receive(message: FromThread): void {
    switch (message.type) {
      case 'started':
      case 'progress':
        this.slots = message.slots;
        this.listeners.forEach((listener) => listener());
        return;
      case 'log':
        this.log(message.message);
        return;
      case 'done': {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error === null) waiting?.resolve();
        else waiting?.reject(new Error(message.error));
        return;
      }
      case 'stopped':
        return;
    }
  }

  private send(message: ToThread): void {
    this.worker?.postMessage(message);
  }

  async status(): Promise<ProjectionStatus[]> {
    if (this.events.countAfter) {
      const count = this.events.countAfter.bind(this.events);
      return statusesOf(this.slots, (checkpoint) => count(checkpoint, this.config.readyMaxLag + 1));
    }
    const head = await this.events.headPosition();
    return statusesOf(this.slots, async (checkpoint) => head - checkpoint);
  }

  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    // A frozen generation (old version, rebuild under way) counts only up to where it stopped.
    const caughtUp = () => this.slots.length > 0 && this.slots.every((slot) => slot.checkpoint >= position);
    if (caughtUp()) return true;
    // Projections run by another instance, or progress not yet mirrored: the store's checkpoints decide.
    if (this.views && this.slots.length > 0) {
      const wake = (listener: () => void) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      };
      return waitForStore(this.views, this.slots.map((slot) => slot.name), position, timeoutMs, wake);
    }
    return new Promise((resolve) => {
      const listener = () => {
        if (caughtUp()) finish(true);
      };
      const timer = setTimeout(() => finish(caughtUp()), timeoutMs);
      const finish = (result: boolean) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(result);
      };
      this.listeners.add(listener);
    });
  }

  collectionFor(projection: string, collection: string): string {
    const slot = this.slots.find((s) => s.name === projection);
    if (!slot) throw new Error(`unknown projection ${projection}`);
    return physicalCollection(collection, slot.generation);
  }

  rebuild(...names: readonly string[]): Promise<void> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'rebuild', id, names });
    });
  }

  private rejectPending(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.rejectPending(new Error('projections stopped'));
    this.offAppended?.();
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    this.send({ type: 'stop' });
    const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
