/**
 * The event store's clock while seeding: it reads the business instant of the step being run, so
 * each event's recordedAt is the time the command happened in the demo's story, and an auditor's
 * `?asOf=` travels through the demo's past. Steps run in business-time order; the store keeps
 * recordedAt monotonic in any case.
 */
import { parseInstantMs, type Clock } from '../shared/clock.js';

export class BusinessClock implements Clock {
  private ms: number;

  constructor(instant: string) {
    this.ms = BusinessClock.msOf(instant);
  }

  nowMs(): number {
    return this.ms;
  }

  moveTo(instant: string): void {
    this.ms = BusinessClock.msOf(instant);
  }

  private static msOf(instant: string): number {
    const ms = parseInstantMs(instant);
    if (ms === null) throw new Error(`business clock: ${instant} is not an ISO instant with an offset`);
    return ms;
  }
}
