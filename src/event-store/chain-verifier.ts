import { GENESIS_HASH, eventHash } from './hash-chain.js';
import type { StoredEvent, VerifyReport } from './event-store.port.js';
import { parseInstantMs } from '../shared/clock.js';

type Broken = NonNullable<VerifyReport['firstBroken']>;

/**
 * Walks events (as stored, before any upcast) and reports the first break of a stream's chain.
 * Feed it in global order (whole log) or revision order (one stream); `checkPositions` also
 * demands a gap-free global position sequence, which SQLite guarantees.
 */
export class ChainVerifier {
  private readonly lastByStream = new Map<string, { revision: number; hash: string }>();
  private lastPosition = 0;
  private events = 0;
  private broken: Broken | null = null;
  /**
   * A hole in the positions, held until the walk shows whose it is: the stream whose revisions
   * skip one (or whose recorded head is past its chain) lost the event, not the stream that happens
   * to hold the next position. The report stays at the hole's position.
   */
  private gap: { position: number; stream: string; revision: number } | null = null;

  constructor(private readonly checkPositions: boolean) {}

  /**
   * Returns false once a break is found (the caller may stop reading). `indexedRecordedAtMs` is the
   * adapter's own copy of the recorded instant (used by asOf reads): it must agree with the hashed one.
   */
  accept(event: StoredEvent, indexedRecordedAtMs?: number): boolean {
    if (this.broken) return false;
    this.events += 1;
    const last = this.lastByStream.get(event.stream) ?? { revision: -1, hash: GENESIS_HASH };
    const at = { stream: event.stream, revision: event.revision, position: event.position };
    if (this.checkPositions && this.gap === null && event.position !== this.lastPosition + 1) this.gap = { position: this.lastPosition + 1, stream: '', revision: -1 };
    if (this.gap !== null) {
      // After a hole only its owner is looked for: the first stream that skips a revision.
      if (event.revision > last.revision + 1) this.broken = { ...this.gap, stream: event.stream, revision: last.revision + 1, reason: 'position-gap' };
      this.lastPosition = event.position;
      this.lastByStream.set(event.stream, { revision: event.revision, hash: event.metadata.hash });
      return this.broken === null;
    }
    if (event.revision !== last.revision + 1) this.broken = { ...at, reason: 'revision-gap' };
    else if (event.metadata.prevHash !== last.hash) this.broken = { ...at, reason: 'prev-hash-mismatch' };
    else if (eventHash(event) !== event.metadata.hash) this.broken = { ...at, reason: 'hash-mismatch' };
    else if (indexedRecordedAtMs !== undefined && parseInstantMs(event.metadata.recordedAt) !== indexedRecordedAtMs)
      this.broken = { ...at, reason: 'recorded-at-mismatch' };
    this.lastPosition = event.position;
    this.lastByStream.set(event.stream, { revision: event.revision, hash: event.metadata.hash });
    return this.broken === null;
  }

  /** The adapter's record of a stream's head must be where the chain ends (a cut-off tail shows here). */
  checkStreamHead(stream: string, revision: number, hash: string): boolean {
    if (this.broken) return false;
    const last = this.lastByStream.get(stream) ?? { revision: -1, hash: GENESIS_HASH };
    if (this.gap !== null) {
      // The hole's owner may be a stream whose newest event went: its recorded head is past its chain.
      if (revision > last.revision) this.broken = { ...this.gap, stream, revision: last.revision + 1, reason: 'position-gap' };
      return this.broken === null;
    }
    if (last.revision !== revision || last.hash !== hash)
      this.broken = { stream, revision: Math.min(last.revision, revision) + 1, position: -1, reason: 'stream-head-mismatch' };
    return this.broken === null;
  }

  report(): VerifyReport {
    // A hole no stream owns: its stream's newest event was removed and the stream's head rewritten to match.
    if (this.broken === null && this.gap !== null) this.broken = { ...this.gap, reason: 'position-gap' };
    return { ok: this.broken === null, checkedEvents: this.events, checkedStreams: this.lastByStream.size, firstBroken: this.broken };
  }
}
