import type { Clock } from '../../src/shared/clock.js';

/**
 * Business time of every test app that does not set its own (test/support/test-app.ts): Wednesday
 * 2026-12-02, 10:00 in Kunshan. An ordinary working day with no holiday within two weeks (A11), in a
 * year whose holiday notice ships with the code and before 12-24, so no deadline counted from it is
 * provisional; and after the demo's historical cases (which end in November 2026), so the demo can
 * be seeded with it as `--today`.
 */
export const TEST_NOW = '2026-12-02T10:00:00+08:00';
/** The Shanghai calendar date of TEST_NOW. */
export const TEST_TODAY = '2026-12-02';

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
