import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { LEDGER_INTEGRITY, type LedgerIntegrity } from '../event-store/ledger/ledger-integrity.js';
import type { LedgerSigningKey } from '../event-store/ledger/ledger-keys.js';
import type { Ledger } from '../event-store/ledger/ledger.port.js';
import { signTreeHead, type SignedTreeHead } from '../event-store/ledger/tree-head.js';
import { CLOCK, shanghaiIso, type Clock } from '../shared/clock.js';
import type { LedgerFollower } from './followed/ledger-follower.js';
import { LEDGER, LEDGER_FOLLOWER, LEDGER_SIGNING_KEY } from './ledger.tokens.js';

/** The pause between two walks over the whole log (wall clock: this is the process's own pacing, not business time). */
const WALK_PAUSE_MS = 60_000;

/**
 * Signs tree heads (issue 13): at start-up and then every LEDGER_HEAD_INTERVAL_MS while the log has
 * grown, and on demand. Before each signature it checks the tree against the log and the last
 * signed head, and walks the log re-hashing every event's leaf in the background; a problem stops
 * the signing for good (a head must never vouch for a rewritten log) and is reported by readiness.
 * Over a followed ledger (EventStoreDB) it signs only sizes the follower has reached, catching it up
 * first. Started by ledger-duties.ts, with the follower: only one instance may sign.
 */
@Injectable()
export class HeadSigner implements OnModuleDestroy {
  private readonly logger = new Logger('Ledger');
  private timer: NodeJS.Timeout | null = null;
  private scanning = false;
  private signing: Promise<unknown> = Promise.resolve();
  private ticking = false;
  /** When the last walk reached the head: walks start again at most every WALK_PAUSE_MS (a 10M-event log is never walked back to back). */
  private lastWalkEndMs = Number.NEGATIVE_INFINITY;

  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger | null,
    @Inject(LEDGER_SIGNING_KEY) private readonly key: LedgerSigningKey | null,
    @Inject(LEDGER_INTEGRITY) private readonly integrity: LedgerIntegrity,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_FOLLOWER) private readonly follower: LedgerFollower | null,
  ) {}

  /** Signs now and then every LEDGER_HEAD_INTERVAL_MS (ledger-duties.ts starts it). */
  start(): void {
    if (this.ledger === null || this.timer !== null) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.ledgerHeadIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Signs a head for the tree as it is now, if the ledger is sound and the tree grew since the last head. One signature at a time. */
  signNow(): Promise<SignedTreeHead | null> {
    const signed = this.signing.then(() => this.signOnce());
    this.signing = signed.catch(() => null);
    return signed;
  }

  private async signOnce(): Promise<SignedTreeHead | null> {
    const ledger = this.ledger;
    if (ledger === null || this.key === null) return null;
    await this.follower?.catchUp();
    if ((await this.checked()) !== null) return null;
    const latest = await ledger.latestHead();
    const treeSize = await ledger.treeSize();
    if (latest !== null && latest.treeSize >= treeSize) return latest;
    const head = signTreeHead({ treeSize, rootHash: await ledger.rootHash(treeSize), timestamp: shanghaiIso(this.clock.nowMs()) }, this.key);
    await ledger.storeHead(head);
    return head;
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
        if (this.integrity.problem) this.logger.error(`LEDGER_INCONSISTENT: ${this.integrity.problem.detail}`);
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
