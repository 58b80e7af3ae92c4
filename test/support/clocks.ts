import type { Clock } from '../../src/shared/clock.js';

/** A clock that stands still until moved: fixed test data, no dependence on the wall clock. */
export class ManualClock implements Clock {
  constructor(private ms: number) {}
  static at(iso: string): ManualClock {
    return new ManualClock(Date.parse(iso));
  }
  nowMs(): number {
    return this.ms;
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}
