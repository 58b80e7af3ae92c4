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
 * instances (issue 14), `start` is where a lease is taken and these run only while it is held.
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

  onApplicationBootstrap(): void {
    this.start();
  }

  /** The seam for issue 14's lease: follower and signer start together, on the one instance that holds it. */
  start(): void {
    if (this.follower !== null) {
      this.loop = new FollowLoop(this.follower, this.events);
      this.loop.start();
    }
    this.signer.start();
  }

  onModuleDestroy(): void {
    this.loop?.stop();
    this.loop = null;
  }
}
