import { Logger } from '@nestjs/common';
import type { EventStore } from '../event-store/event-store.port.js';
import { LeaseLost } from '../view-store/errors.js';
import type { Fence } from '../view-store/view-store.port.js';
import type { LedgerFollower } from './followed/ledger-follower.js';

/** How often the follower looks for new events when nothing woke it (EventStoreDB pushes no wake-up here). */
const POLL_MS = 250;

/**
 * Runs a LedgerFollower in the projection runner's style: a batch at a time until the log has nothing
 * more, then waits for a wake-up (an append through this process) or the next poll. A failed batch is
 * logged and tried again at the next poll; the checkpoint in the view store says where to go on.
 */
export class FollowLoop {
  private readonly logger = new Logger('LedgerFollower');
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private busy = false;
  private again = false;

  /**
   * `fence`: the head signer lease's fence, carried by every commit (issue 14); `lost`: a commit was
   * refused because that lease moved on (the loop stops writing; its owner stops it).
   */
  constructor(
    private readonly follower: LedgerFollower,
    private readonly log: EventStore,
    private readonly fence: () => Fence | undefined = () => undefined,
    private readonly lost: () => void = () => undefined,
  ) {}

  start(): void {
    if (this.timer !== null) return;
    this.unsubscribe = this.log.onAppended?.(() => this.wake()) ?? null;
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private wake(): void {
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    void this.drain().finally(() => {
      this.busy = false;
      if (this.again && this.timer !== null) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.timer !== null && (await this.follower.step(this.fence())) > 0);
    } catch (error) {
      if (error instanceof LeaseLost) {
        this.logger.warn(`the head signer's lease moved on: this instance stops following (${error.message})`);
        this.lost();
        return;
      }
      this.logger.error(`following the log into the Merkle tree failed (tried again at the next poll): ${(error as Error).message}`);
    }
  }
}
