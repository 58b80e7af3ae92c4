import { END, streamNameFilter, type AllStreamSubscription } from '@eventstore/db-client';
import type { ReadContext } from './esdb-reads.js';
import { backoffDelay } from './esdb-subscription.js';
import { toOurPosition } from './mapping/positions.js';

export interface HeadOptions {
  /** While the live watch is down: the longest a scanned head is served before scanning again (ms). */
  readonly refreshMs: number;
  readonly backoffMs: { readonly first: number; readonly max: number };
}

/**
 * The position of our last event without scanning $all backwards on every `/health` or
 * `X-Min-Position` (issue 14, item 6). One live filtered subscription from the end of $all sees
 * every new event of ours, whichever instance wrote it; once it is confirmed, one backwards scan
 * (`scan`) takes the baseline, and from then on the head is served from memory, always current.
 * While the watch is down (not yet confirmed, dropped, server restarting) it is reopened with
 * backoff, and the head is scanned at most once per `refreshMs`, concurrent callers sharing a scan.
 */
export class HeadWatcher {
  private head = 0;
  private watch: AllStreamSubscription | null = null;
  private live = false;
  private scannedAt = -Infinity;
  private scanning: Promise<number> | null = null;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly ctx: ReadContext, private readonly scan: () => Promise<number>, private readonly options: HeadOptions) {}

  /** A position of ours known to exist (an append's result, a delivered batch). */
  note(position: number): void {
    if (position > this.head) this.head = position;
  }

  async current(): Promise<number> {
    this.startWatch();
    if (this.live) return this.head;
    if (Date.now() - this.scannedAt < this.options.refreshMs) return this.head;
    return this.rescan();
  }

  /** A scan begun now, whatever the watch says: a position written elsewhere that the watch has not pushed yet counts. */
  async fresh(): Promise<number> {
    this.note(await this.scan());
    return this.head;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    this.stopWatch();
  }

  private rescan(): Promise<number> {
    this.scanning ??= this.scan().then((head) => {
      this.note(head);
      this.scannedAt = Date.now();
      return this.head;
    }).finally(() => {
      this.scanning = null;
    });
    return this.scanning;
  }

  private startWatch(): void {
    if (this.closed || this.watch || this.retry) return;
    const watch = this.ctx.client.subscribeToAll({ fromPosition: END, filter: streamNameFilter({ prefixes: [...this.ctx.names.prefixes] }) });
    this.watch = watch;
    watch.on('confirmation', () => {
      // Events after the confirmation are seen live; a scan begun after it (not one already under
      // way, which could miss what came between) covers everything before.
      this.scan().then((head) => {
        this.note(head);
        if (this.watch === watch) {
          this.live = true;
          this.failures = 0;
        }
      }, () => this.dropped(watch));
    });
    watch.on('data', (resolved: { event?: { streamId: string; position: { commit: bigint; prepare: bigint } } }) => {
      const event = resolved.event;
      if (!event || this.ctx.names.logical(event.streamId) === null) return;
      try {
        this.note(toOurPosition(event.position));
      } catch {
        this.dropped(watch);
      }
    });
    watch.on('error', () => this.dropped(watch));
    watch.on('end', () => this.dropped(watch));
    watch.on('close', () => this.dropped(watch));
  }

  /** The watch failed or ended: serve scanned heads meanwhile and reopen it after a backoff. */
  private dropped(watch: AllStreamSubscription): void {
    if (this.watch !== watch) return;
    this.stopWatch();
    if (this.closed) return;
    this.failures += 1;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.startWatch();
    }, backoffDelay(this.failures, this.options.backoffMs));
    this.retry.unref?.();
  }

  private stopWatch(): void {
    const watch = this.watch;
    this.watch = null;
    this.live = false;
    if (!watch) return;
    watch.removeAllListeners('data');
    watch.on('error', () => undefined);
    watch.unsubscribe().catch(() => undefined);
  }
}
