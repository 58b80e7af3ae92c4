import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import type { LedgerFollower } from './followed/ledger-follower.js';
import { FollowLoop } from './follow-loop.js';
import { HeadSigner } from './head-signer.js';
import { LEDGER_FOLLOWER } from './ledger.tokens.js';

/**
 * The ledger's writing duties, started in one place: following the log into a FollowedLedger's tree
 * (where the service keeps it) and signing heads. Only ONE instance of the service may carry them
 * out (two followers would write the same nodes, two signers race for a size): with several
 * instances (issue 14) they run only while this instance holds the signer's lease.
 * The other instances answer proofs from the shared tree.
 */
@Injectable()
export class LedgerDuties implements OnApplicationBootstrap, OnModuleDestroy {
  private loop: FollowLoop | null = null;

  constructor(
    @Inject(HeadSigner) private readonly signer: HeadSigner,
    @Inject(LEDGER_FOLLOWER) private readonly follower: LedgerFollower | null,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  private timer: NodeJS.Timeout | null = null;

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  /** Issue 14: the signer takes part in the lease; the follower runs while this instance holds it. */
  async start(): Promise<void> {
    await this.signer.start();
    this.followWhileHolding();
    if (this.follower !== null) {
      this.timer = setInterval(() => this.followWhileHolding(), 1000);
      this.timer.unref();
    }
  }

  private followWhileHolding(): void {
    if (this.follower === null) return;
    if (this.signer.holdsLease && this.loop === null) {
      this.loop = new FollowLoop(this.follower, this.events, () => this.signer.fence(), () => void this.signer.leaseLost());
      this.loop.start();
    } else if (!this.signer.holdsLease && this.loop !== null) {
      this.loop.stop();
      this.loop = null;
    }
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.loop?.stop();
    this.loop = null;
  }
}
