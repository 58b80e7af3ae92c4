import { describe, it, expect } from '@jest/globals';
import { ProgressBar, clock } from '../../../src/shared/progress-bar.js';

/** A stderr stand-in that keeps what is written; `isTTY` picks the redraw-in-place mode. */
function stream(isTTY = false): NodeJS.WriteStream & { text: string } {
  const out = { text: '', isTTY, write(chunk: string) { out.text += chunk; return true; } };
  return out as unknown as NodeJS.WriteStream & { text: string };
}

/** A clock the test moves by hand (milliseconds). */
function manualClock(): { now: () => number; at: (ms: number) => void } {
  let ms = 0;
  return { now: () => ms, at: (value) => (ms = value) };
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('ProgressBar: a real rate over a moving window, an ETA, and the average at the end (issue 11)', () => {
  it('shows "…" for the rate and the ETA until the samples span a second, never "0 events/s"', () => {
    const time = manualClock();
    const out = stream();
    const bar = new ProgressBar(out, 'migrate', { now: time.now, lineEveryMs: 0, width: 10 });
    bar.update(0, 10_000);
    time.at(500);
    bar.update(400, 10_000);
    expect(lines(out.text)).toEqual([
      'migrate [----------]   0% 0/10,000 events, … events/s, ETA …',
      'migrate [----------]   4% 400/10,000 events, … events/s, ETA …',
    ]);
  });

  it('measures the rate over the last 10 s and the ETA as what remains at that rate (h:mm:ss)', () => {
    const time = manualClock();
    const out = stream();
    const bar = new ProgressBar(out, 'rebuild views', { now: time.now, lineEveryMs: 0, width: 10 });
    bar.update(0, 1_000_000);
    time.at(2_000);
    bar.update(2_000, 1_000_000); // 1,000 events/s
    expect(lines(out.text).at(-1)).toBe('rebuild views [----------]   0% 2,000/1,000,000 events, 1,000 events/s, ETA 0:16:38');
    // Fast for 10 s, then slow: the window forgets the fast start.
    time.at(12_000);
    bar.update(202_000, 1_000_000);
    time.at(22_000);
    bar.update(212_000, 1_000_000); // the last 10 s: 10,000 events → 1,000 events/s
    expect(lines(out.text).at(-1)).toBe('rebuild views [##--------]  21% 212,000/1,000,000 events, 1,000 events/s, ETA 0:13:08');
  });

  it('says 0 events/s once measured when nothing moves, with no ETA', () => {
    const time = manualClock();
    const out = stream();
    const bar = new ProgressBar(out, 'migrate', { now: time.now, lineEveryMs: 0, width: 10 });
    bar.update(5, 10);
    time.at(3_000);
    bar.update(5, 10);
    expect(lines(out.text).at(-1)).toBe('migrate [#####-----]  50% 5/10 events, 0 events/s, ETA …');
  });

  it('ends with the elapsed time and the average rate of this run, counted from its first sample (a resumed migrate)', () => {
    const time = manualClock();
    const out = stream();
    const bar = new ProgressBar(out, 'migrate', { now: time.now, lineEveryMs: 0, width: 10 });
    time.at(1_000);
    bar.update(6_000, 10_000); // resumed after 6,000
    time.at(5_000);
    bar.finish(10_000, 10_000, '4,000 copied this run');
    expect(lines(out.text).at(-1)).toBe('migrate [##########] 100% 10,000/10,000 events in 0:00:05, 1,000 events/s on average; 4,000 copied this run');
  });

  it('a finish with no update before it averages from the start', () => {
    const time = manualClock();
    const out = stream();
    const bar = new ProgressBar(out, 'rebuild stream-catalogue', { now: time.now, lineEveryMs: 0, width: 10 });
    time.at(2_000);
    bar.finish(4, 4, 'generation 2 swapped in');
    expect(out.text).toBe('rebuild stream-catalogue [##########] 100% 4/4 events in 0:00:02, 2 events/s on average; generation 2 swapped in\n');
  });

  it('prints at most one line every lineEveryMs off a terminal, and redraws in place on one', () => {
    const time = manualClock();
    const log = stream();
    const bar = new ProgressBar(log, 'migrate', { now: time.now, lineEveryMs: 1_000, width: 10 });
    for (const at of [0, 200, 400, 1_000, 1_200]) {
      time.at(at);
      bar.update(at, 2_000);
    }
    expect(lines(log.text)).toHaveLength(2);

    const terminal = stream(true);
    const drawn = new ProgressBar(terminal, 'migrate', { now: time.now, lineEveryMs: 1_000, width: 10 });
    drawn.update(1, 2);
    drawn.finish(2, 2, 'done');
    expect(terminal.text).toMatch(/^\rmigrate .*\x1b\[K\rmigrate .*done\x1b\[K\n$/);
  });

  it('clock: h:mm:ss with unbounded hours', () => {
    expect([clock(0), clock(59.6), clock(61), clock(3_600), clock(360_000 + 62)]).toEqual(['0:00:00', '0:01:00', '0:01:01', '1:00:00', '100:01:02']);
  });

  it('counts what it is given (commands, subjects) and carries a note on the way and at the end (the demo, the city)', () => {
    const time = manualClock();
    const out = stream();
    const bar = new ProgressBar(out, 'subjects decided', { unit: 'subjects', now: time.now, lineEveryMs: 0, width: 10 });
    bar.update(0, 40);
    time.at(2_000);
    bar.update(20, 40, '270 events');
    time.at(4_000);
    bar.finish(40, 40);
    expect(lines(out.text)).toEqual([
      'subjects decided [----------]   0% 0/40 subjects, … subjects/s, ETA …',
      'subjects decided [#####-----]  50% 20/40 subjects, 10 subjects/s, ETA 0:00:02; 270 events',
      'subjects decided [##########] 100% 40/40 subjects in 0:00:04, 10 subjects/s on average',
    ]);
  });
});
