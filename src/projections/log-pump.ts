import type { EventStore, LogSubscription, StoredEvent } from '../event-store/event-store.port.js';
import type { ViewStore } from '../view-store/view-store.port.js';
import { LeaseLost } from '../view-store/errors.js';
import type { PreparedBatch, Projector } from './projector.js';

export interface PumpOptions {
  readonly batchSize: number;
  readonly retryMs: number;
  readonly log: (message: string) => void;
  /** A projector whose evolve threw: it leaves the pump (the others go on) and is retried on its own. */
  readonly onEject: (projector: Projector, error: unknown) => void;
  /** After each committed batch; returning true stops the pump (its members were handed over). */
  readonly afterBatch?: (pump: LogPump) => boolean;
  /** Wait before the first read (a retry's backoff). */
  readonly startDelayMs?: number;
}

/**
 * One read of the ordered log feeding several projectors: each batch is read and parsed once,
 * evolved by every member, and committed in ONE view-store transaction with every member's
 * checkpoint. A member that joins behind the pump's position is caught up on its own first, so
 * no member ever skips an event; a member ahead skips what it already holds.
 */
export class LogPump {
  private readonly members = new Set<Projector>();
  private readonly joining: Projector[] = [];
  private subscription: LogSubscription | null = null;
  private stopped = false;
  private done: Promise<void> = Promise.resolve();
  private cancelWait: (() => void) | null = null;
  /** The batch being evolved and committed, if any. */
  private applying: Promise<void> = Promise.resolve();

  constructor(
    readonly label: string,
    private readonly events: EventStore,
    private readonly views: ViewStore,
    public position: number,
    private readonly options: PumpOptions,
  ) {}

  get projectors(): readonly Projector[] {
    return [...this.members, ...this.joining];
  }

  /** Joins before the next batch (never in the middle of one). */
  add(projector: Projector): void {
    this.joining.push(projector);
  }

  /** Leaves after the batch under way, if any, so nothing is written for it afterwards. */
  async remove(projector: Projector): Promise<void> {
    this.members.delete(projector);
    const index = this.joining.indexOf(projector);
    if (index >= 0) this.joining.splice(index, 1);
    // A failed batch was the pump's to retry, not the caller's concern.
    await this.applying.catch(() => undefined);
  }

  /** Every member leaves at once (between batches: from `afterBatch`). */
  detachAll(): Projector[] {
    const all = [...this.members, ...this.joining];
    this.members.clear();
    this.joining.length = 0;
    return all;
  }

  start(): void {
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.subscription?.close();
    this.cancelWait?.();
    await this.done;
  }

  private async run(): Promise<void> {
    let retryMs = this.options.retryMs;
    if (this.options.startDelayMs) await this.pause(this.options.startDelayMs);
    while (!this.stopped) {
      try {
        await this.absorbJoiners();
        this.subscription = this.events.subscribe(this.position, { batchSize: this.options.batchSize });
        for (const member of this.members) if (member.state !== 'failed') member.state = 'running';
        for await (const batch of this.subscription) {
          if (this.stopped) break;
          this.applying = this.absorbJoiners().then(() => this.apply(batch));
          await this.applying;
          retryMs = this.options.retryMs;
          if (this.options.afterBatch?.(this)) {
            this.stopped = true;
            break;
          }
          // The embedded stores answer synchronously: yield so HTTP requests and appends are not starved.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } catch (error) {
        this.subscription?.close();
        if (this.stopped) break;
        for (const member of this.members) member.failed(error);
        this.options.log(`projections ${this.label} failed after position ${this.position}: ${String(error)}; retrying in ${retryMs} ms`);
        await this.pause(retryMs);
        retryMs = Math.min(retryMs * 2, 30_000);
      }
    }
    this.subscription?.close();
    for (const member of this.members) if (member.state !== 'failed') member.state = 'stopped';
  }

  /** Evolves the batch in every member and commits all their changes and checkpoints at once. */
  private async apply(batch: readonly StoredEvent[]): Promise<void> {
    const end = batch[batch.length - 1]!.position;
    const prepared: PreparedBatch[] = [];
    for (const member of [...this.members]) {
      if (member.checkpoint >= end || member.retired) continue;
      try {
        prepared.push(await member.prepare(batch));
      } catch (error) {
        this.eject(member, error);
      }
    }
    await this.commitIsolating(prepared.filter((p) => !p.projector.retired));
    this.position = Math.max(this.position, end);
  }

  /**
   * One transaction for every member; if it fails, each member's batch is tried on its own so that
   * one projection's unwritable change (a document the store refuses) ejects that projection only.
   * When every member fails alone too, the store itself is failing: the pump retries the batch.
   */
  private async commitIsolating(prepared: readonly PreparedBatch[]): Promise<void> {
    if (prepared.length === 0) return;
    try {
      await this.commit(prepared);
      return;
    } catch (error) {
      // A refused fence (issue 14) is that projector's alone, even when it is the only one.
      if (prepared.length === 1 && !(error instanceof LeaseLost)) throw error;
    }
    const refused: Array<{ batch: PreparedBatch; error: unknown }> = [];
    for (const batch of prepared) {
      try {
        await this.commit([batch]);
      } catch (error) {
        refused.push({ batch, error });
      }
    }
    if (refused.length === prepared.length && !refused.every(({ error }) => error instanceof LeaseLost)) throw refused[0]!.error;
    for (const { batch, error } of refused) this.eject(batch.projector, error);
  }

  private async commit(prepared: readonly PreparedBatch[]): Promise<void> {
    if (prepared.length === 0) return;
    try {
      await this.views.commit({ changes: prepared.flatMap((p) => p.changes), checkpoints: prepared.map((p) => p.checkpoint) });
    } catch (error) {
      prepared.forEach((p) => p.projector.forget());
      throw error;
    }
    prepared.forEach((p) => p.accept());
  }

  private eject(member: Projector, error: unknown): void {
    this.members.delete(member);
    member.failed(error);
    this.options.log(`projection ${member.checkpointName} failed after position ${member.checkpoint}: ${member.lastError}`);
    this.options.onEject(member, error);
  }

  /** New members behind the pump read what they miss themselves, then share the pump's reads. */
  private async absorbJoiners(): Promise<void> {
    while (this.joining.length > 0) {
      const joiner = this.joining.shift()!;
      try {
        while (joiner.checkpoint < this.position && !joiner.retired) {
          const batch = await this.events.readAll(joiner.checkpoint, this.options.batchSize);
          if (batch.length === 0) break;
          await this.commit([await joiner.prepare(batch)]);
        }
      } catch (error) {
        this.members.add(joiner);
        this.eject(joiner, error);
        continue;
      }
      if (!joiner.retired) this.members.add(joiner);
    }
  }

  private async pause(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.cancelWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.cancelWait = null;
  }
}
