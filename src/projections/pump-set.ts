import type { EventStore } from '../event-store/event-store.port.js';
import { LeaseLost } from '../view-store/errors.js';
import type { ViewStore } from '../view-store/view-store.port.js';
import { LogPump } from './log-pump.js';
import type { Projector } from './projector.js';

export interface PumpSetOptions {
  readonly batchSize: number;
  readonly retryMs: number;
  readonly log: (message: string) => void;
  /** A fenced write of this projector was refused (issue 14): it is not retried here, its lease is gone. */
  readonly onLeaseLost?: (projector: Projector) => void;
}

/**
 * Who reads the log for which projector. Projectors in step share the live pump (one read, one
 * commit per batch for all of them); projectors behind it — a rebuild from position 0, a new
 * projection, a retry after a failure — share a catch-up pump that hands them over to the live
 * pump once it has reached it, so the live views never wait for a rebuild.
 */
export class PumpSet {
  private live: LogPump | null = null;
  private readonly catchUps = new Set<LogPump>();
  private stopping = false;

  constructor(
    private readonly events: EventStore,
    private readonly views: ViewStore,
    private readonly options: PumpSetOptions,
  ) {}

  /** Those at the furthest checkpoint (or `position`, when none is given any) form the live pump; the others catch up together. */
  start(projectors: readonly Projector[], position?: number): void {
    const front = position ?? Math.max(0, ...projectors.map((p) => p.checkpoint));
    this.live = this.pump('live', front, projectors.filter((p) => p.checkpoint === front));
    this.live.start();
    const behind = projectors.filter((p) => p.checkpoint < front);
    if (behind.length > 0) this.catchUp(behind);
  }

  /** Projectors behind the live pump read on their own (after `delayMs`) until they reach it. */
  catchUp(projectors: readonly Projector[], delayMs = 0): void {
    if (this.stopping) return;
    const pump = this.pump('catch-up', Math.min(...projectors.map((p) => p.checkpoint)), projectors, delayMs);
    this.catchUps.add(pump);
    pump.start();
  }

  /** Takes a projector out of whichever pump feeds it, once that pump's current batch is done. */
  async retire(projector: Projector): Promise<void> {
    projector.retire();
    for (const pump of this.pumps()) if (pump.projectors.includes(projector)) await pump.remove(projector);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    while (this.pumps().length > 0) {
      const pumps = this.pumps();
      this.live = null;
      this.catchUps.clear();
      for (const pump of pumps) await pump.stop();
    }
  }

  private pumps(): LogPump[] {
    return [...(this.live ? [this.live] : []), ...this.catchUps];
  }

  private pump(label: string, position: number, members: readonly Projector[], startDelayMs = 0): LogPump {
    const pump = new LogPump(label, this.events, this.views, position, {
      ...this.options,
      startDelayMs,
      onEject: (projector, error) => {
        if (error instanceof LeaseLost) this.options.onLeaseLost?.(projector);
        else this.retryLater(projector);
      },
      afterBatch: label === 'live' ? undefined : (self) => this.handOver(self),
    });
    members.forEach((member) => pump.add(member));
    return pump;
  }

  /** A catch-up pump that has reached the live pump gives it its members and stops. */
  private handOver(pump: LogPump): boolean {
    const done = pump.projectors.length === 0 || (this.live !== null && pump.position >= this.live.position);
    if (!done) return false;
    for (const member of pump.detachAll()) this.live?.add(member);
    this.catchUps.delete(pump);
    return true;
  }

  /** A projector whose evolve threw is retried on its own with a growing backoff; the others go on. */
  private retryLater(projector: Projector): void {
    if (projector.retired) return;
    const delay = projector.retryMs;
    projector.retryMs = Math.min(delay * 2, 30_000);
    this.options.log(`projection ${projector.checkpointName}: retrying in ${delay} ms`);
    this.catchUp([projector], delay);
  }
}
