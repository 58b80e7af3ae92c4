import type { Clock } from '../shared/clock.js';
import type { Lease, ViewStore } from '../view-store/view-store.port.js';

export interface LeaseOptions {
  /** This instance (INSTANCE_ID, default host:pid). */
  readonly holder: string;
  /** A lease not renewed within this long may be taken by another instance (LEASE_TTL_MS). */
  readonly ttlMs: number;
  /** How often held leases are renewed and free ones tried (LEASE_RENEW_MS, well under the TTL). */
  readonly renewMs: number;
  /** Lease times (injected: tests move it). */
  readonly clock: Clock;
  /** Take leases over at once (only where no other instance can exist: see LeaseRequest.takeOver). */
  readonly takeOver?: boolean;
}

export interface LeaseHandlers {
  /** This instance now holds `name` (a new epoch): start the work. */
  acquired(name: string, lease: Lease): Promise<void>;
  /** It no longer does (renewal refused, or a fenced write refused): stop the work; it is tried again at later ticks. */
  lost(name: string): Promise<void>;
  /** Whether this instance should try for a free lease now (false: leave it to others); every lease when omitted. */
  wants?(name: string): boolean;
  readonly log: (message: string) => void;
}

/**
 * Keeps this instance's leases (issue 14): at every tick renews those it holds and tries the others.
 * Which instance does a piece of work is decided here, never by who started first; a holder that
 * stalls past the TTL finds its lease taken, and its late writes are refused by their fence.
 */
export class LeaseKeeper {
  private readonly held = new Map<string, Lease>();
  private ticking: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly views: ViewStore,
    private readonly names: readonly string[],
    private readonly options: LeaseOptions,
    private readonly handlers: LeaseHandlers,
  ) {}

  /** The lease held on `name`, if this instance holds it. */
  lease(name: string): Lease | null {
    return this.held.get(name) ?? null;
  }

  get holder(): string {
    return this.options.holder;
  }

  /** Renews what is held and tries what is not, one tick at a time; its owner calls it every renewMs (tests step it). */
  tick(): Promise<void> {
    this.ticking ??= this.renewAndTry().finally(() => (this.ticking = null));
    return this.ticking;
  }

  /** A fenced write was refused: the lease is gone whatever its renewal said. */
  async lose(name: string): Promise<void> {
    if (!this.held.delete(name)) return;
    this.handlers.log(`lease ${name}: lost by ${this.options.holder}; its work here stops (retried at later ticks)`);
    await this.handlers.lost(name);
  }

  /** Lets one held lease go (its work was declined here), so another instance may take it at once. */
  async release(name: string): Promise<void> {
    const lease = this.held.get(name);
    if (!lease) return;
    this.held.delete(name);
    await this.views.releaseLease(lease);
  }

  /** Stops ticking and lets every held lease go, so another instance takes over at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.ticking;
    for (const lease of this.held.values()) await this.views.releaseLease(lease).catch(() => undefined);
    this.held.clear();
  }

  private async renewAndTry(): Promise<void> {
    for (const name of this.names) {
      if (this.stopped) return;
      try {
        await this.renewOrTry(name);
      } catch (error) {
        this.handlers.log(`lease ${name}: ${String(error)}`);
      }
    }
  }

  private async renewOrTry(name: string): Promise<void> {
    const { holder, ttlMs, clock, takeOver } = this.options;
    const current = this.held.get(name);
    if (current) {
      const renewed = await this.views.renewLease(current, ttlMs, clock.nowMs());
      if (renewed) this.held.set(name, renewed);
      else await this.lose(name);
      return;
    }
    if (this.handlers.wants && !this.handlers.wants(name)) return;
    const lease = await this.views.acquireLease({ name, holder, ttlMs, nowMs: clock.nowMs(), takeOver });
    if (!lease) return;
    // Stopped while asking: let it go at once rather than leave others to wait out its TTL.
    if (this.stopped) return this.views.releaseLease(lease);
    this.held.set(name, lease);
    this.handlers.log(`lease ${name}: acquired by ${holder} (epoch ${lease.epoch})`);
    await this.handlers.acquired(name, lease);
  }
}
