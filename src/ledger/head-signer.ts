import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { LEDGER_INTEGRITY, type LedgerIntegrity } from '../event-store/ledger/ledger-integrity.js';
import type { LedgerSigningKey } from '../event-store/ledger/ledger-keys.js';
import type { Ledger } from '../event-store/ledger/ledger.port.js';
import { signTreeHead, type SignedTreeHead } from '../event-store/ledger/tree-head.js';
import { LeaseKeeper } from '../projections/lease-keeper.js';
import { leaseOptionsFor } from '../projections/lease-options.js';
import { CLOCK, shanghaiIso, systemClock, type Clock } from '../shared/clock.js';
import { LeaseLost } from '../view-store/errors.js';
import { VIEW_STORE, type Fence, type ViewStore } from '../view-store/view-store.port.js';
import { recordLedgerProblem } from './record-problem.js';
import { LedgerSignerElsewhere } from './signer-elsewhere.js';
import type { LedgerFollower } from './followed/ledger-follower.js';
import { LEDGER, LEDGER_FOLLOWER, LEDGER_SIGNING_KEY } from './ledger.tokens.js';

/** Issue 14: the periodic signing, the walk and the follower run on one instance, the holder of this lease. */
export const HEAD_SIGNER_LEASE = 'ledger-head-signer';

/** The pause between two walks over the whole log (wall clock: this is the process's own pacing, not business time). */
const WALK_PAUSE_MS = 60_000;

/**
 * Signs tree heads (issue 13): at start-up and then every LEDGER_HEAD_INTERVAL_MS while the log has
 * grown, and on demand. Before each signature it checks the tree against the log and the last
 * signed head, and walks the log re-hashing every event's leaf in the background; a problem stops
 * the signing for good (a head must never vouch for a rewritten log) and is reported by readiness.
 * Over a followed ledger (EventStoreDB) it signs only sizes the follower has reached, catching it up
 * first. Started by ledger-duties.ts; only the holder of the HEAD_SIGNER_LEASE signs periodically
 * and walks (issue 14: several instances on one view store).
 */
@Injectable()
export class HeadSigner implements OnModuleDestroy {
  private readonly logger = new Logger('Ledger');
  private timer: NodeJS.Timeout | null = null;
  private leaseTimer: NodeJS.Timeout | null = null;
  private scanning = false;
  private signing: Promise<unknown> = Promise.resolve();
  private ticking = false;
  /** When the last walk reached the head: walks start again at most every WALK_PAUSE_MS (a 10M-event log is never walked back to back). */
  private lastWalkEndMs = Number.NEGATIVE_INFINITY;
  private keeper: LeaseKeeper | null = null;

  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger | null,
    @Inject(LEDGER_SIGNING_KEY) private readonly key: LedgerSigningKey | null,
    @Inject(LEDGER_INTEGRITY) private readonly integrity: LedgerIntegrity,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_FOLLOWER) private readonly follower: LedgerFollower | null,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
  ) {}

  /**
   * Takes part in the lease, and signs now and then every LEDGER_HEAD_INTERVAL_MS while holding it (ledger-duties.ts starts it).
   * The lease has its own timer, every LEASE_RENEW_MS with LEASE_TTL_MS like a projection's (issue 14):
   * tied to the head interval (1 h at most) the tree would go unfollowed for hours after a kill -9.
   */
  async start(): Promise<void> {
    if (this.ledger === null || this.timer !== null) return;
    const options = leaseOptionsFor(this.config);
    this.keeper = new LeaseKeeper(this.views, [HEAD_SIGNER_LEASE], options, {
      // A new holder checks and signs at once, as at start-up, then on the head interval.
      acquired: async () => this.tick(),
      lost: async () => undefined,
      log: (message) => this.logger.log(message),
    });
    this.leaseTimer = setInterval(() => void this.renewLease(), options.renewMs);
    this.leaseTimer.unref();
    this.timer = setInterval(() => {
      if (this.holdsLease) this.tick();
    }, this.config.ledgerHeadIntervalMs);
    this.timer.unref();
    await this.renewLease();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    this.timer = null;
    this.leaseTimer = null;
    await this.keeper?.stop();
  }

  /** Whether this instance signs heads periodically (it holds the lease). */
  get holdsLease(): boolean {
    return this.keeper?.lease(HEAD_SIGNER_LEASE) != null;
  }

  /** A fenced write was refused (the follower's): the lease is gone whatever its renewal said. */
  async leaseLost(): Promise<void> {
    await this.keeper?.lose(HEAD_SIGNER_LEASE);
  }

  private async renewLease(): Promise<void> {
    try {
      await this.keeper?.tick();
    } catch (error) {
      this.logger.error(`ledger lease round failed: ${(error as Error).message}`);
    }
  }

  /**
   * The head signer lease's fence while this instance holds it (issue 14): the follower's and the
   * heads' commits carry it, so an ex-holder that stalled writes nothing. Undefined where no lease is kept (not started).
   */
  fence(): Fence | undefined {
    const lease = this.keeper?.lease(HEAD_SIGNER_LEASE);
    return lease ? { lease: lease.name, epoch: lease.epoch } : undefined;
  }

  /**
   * Signs a head for the tree as it is now, if the ledger is sound and the tree grew since the last head. One signature at a time.
   * Only on the holder of the HEAD_SIGNER_LEASE: elsewhere LedgerSignerElsewhere, naming the holder (issue 14).
   */
  signNow(): Promise<SignedTreeHead | null> {
    const signed = this.signing.then(() => this.signOnce());
    this.signing = signed.catch(() => null);
    return signed;
  }

  private async signOnce(): Promise<SignedTreeHead | null> {
    const ledger = this.ledger;
    if (ledger === null || this.key === null) return null;
    const fence = this.fence();
    if (this.keeper !== null && fence === undefined) throw new LedgerSignerElsewhere(await this.holderElsewhere());
    try {
      await this.follower?.catchUp(fence);
      const problem = await this.checked();
      await recordLedgerProblem(this.views, problem, fence);
      if (problem !== null) return null;
      const latest = await ledger.latestHead();
      const treeSize = await ledger.treeSize();
      if (latest !== null && latest.treeSize >= treeSize) return latest;
      const head = signTreeHead({ treeSize, rootHash: await ledger.rootHash(treeSize), timestamp: shanghaiIso(this.clock.nowMs()) }, this.key);
      await ledger.storeHead(head, fence);
      // Create-only: a head another signer kept for this size first stays, and is the one answered.
      return (await ledger.head(treeSize)) ?? head;
    } catch (error) {
      if (!(error instanceof LeaseLost)) throw error;
      await this.keeper?.lose(HEAD_SIGNER_LEASE);
      throw new LedgerSignerElsewhere(error.current?.holder ?? null);
    }
  }

  /** The live holder of the signer lease, if another instance holds it. */
  private async holderElsewhere(): Promise<string | null> {
    const lease = (await this.views.leases()).find((candidate) => candidate.name === HEAD_SIGNER_LEASE);
    return lease && lease.expiresAtMs > systemClock.nowMs() ? lease.holder : null;
  }

  private tick(): void {
    // A tick still running (a follower catching up a long log) is not queued behind.
    if (this.ticking) return;
    this.ticking = true;
    this.signNow()
      .catch((error: unknown) => this.logger.error(`ledger check or signature failed: ${(error as Error).message}`))
      // Its own step: a failed signature must not stop the walk that may find why.
      .finally(() => {
        this.ticking = false;
        this.scanInBackground();
      });
  }

  private async checked() {
    const before = this.integrity.problem;
    const problem = await this.integrity.checkHeads(this.ledger!);
    if (problem && !before) this.logger.error(`LEDGER_INCONSISTENT: ${problem.detail} (position ${problem.position ?? 'unknown'})`);
    return problem;
  }

  /** The walk over every event's leaf, a step per turn of the event loop until it reaches the head. */
  private scanInBackground(): void {
    if (this.scanning || this.ledger === null || Date.now() - this.lastWalkEndMs < WALK_PAUSE_MS) return;
    this.scanning = true;
    const step = async () => {
      try {
        const done = await this.integrity.scanStep(this.ledger!);
        if (this.integrity.problem) {
          this.logger.error(`LEDGER_INCONSISTENT: ${this.integrity.problem.detail}`);
          // Recorded for all only while this instance holds the lease (fenced); an ex-holder's walk keeps its verdict to itself.
          const fence = this.fence();
          if (this.keeper === null || fence !== undefined) await recordLedgerProblem(this.views, this.integrity.problem, fence);
        }
        if (done) this.lastWalkEndMs = Date.now();
        if (done || this.timer === null) this.scanning = false;
        else setImmediate(() => void step());
      } catch (error) {
        this.scanning = false;
        this.logger.error(`ledger walk failed: ${(error as Error).message}`);
      }
    };
    setImmediate(() => void step());
  }
}
