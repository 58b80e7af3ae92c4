/** Progress is measured over this much recent time: the rate follows a slowdown instead of averaging it away. */
const RATE_WINDOW_MS = 10_000;
/** Below this span of samples there is no rate yet ("…"), rather than a misleading 0 events/s. */
const MIN_RATE_SPAN_MS = 1_000;

interface Sample {
  readonly at: number;
  readonly done: number;
}

/** What is counted and how the bar is drawn; the defaults suit the CLI's event copies. */
export interface ProgressBarOptions {
  /** What `done` counts: "events" (migrate, rebuild), "commands" (the demo), "subjects" (the city). */
  readonly unit?: string;
  readonly now?: () => number;
  /** Off a terminal, the least time between two printed lines. */
  readonly lineEveryMs?: number;
  readonly width?: number;
}

/**
 * A one-line progress bar on a stream (stderr): redrawn in place on a terminal, printed at most once every
 * `lineEveryMs` otherwise (logs, CI, tests), so long operations always show they are moving. The rate
 * is measured over the last RATE_WINDOW_MS, the ETA is what remains at that rate (h:mm:ss), and the
 * last line gives the elapsed time and the average rate.
 */
export class ProgressBar {
  private readonly startedAt: number;
  private first: Sample | undefined;
  private window: Sample[] = [];
  private lastLineAt = -Infinity;
  private drawn = false;
  private readonly unit: string;
  private readonly now: () => number;
  private readonly lineEveryMs: number;
  private readonly width: number;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly label: string, options: ProgressBarOptions = {}) {
    this.unit = options.unit ?? 'events';
    this.now = options.now ?? (() => performance.now());
    this.lineEveryMs = options.lineEveryMs ?? 1000;
    this.width = options.width ?? 30;
    this.startedAt = this.now();
  }

  /** `note`: a second count worth seeing on the way (the city's events while it counts subjects). */
  update(done: number, total: number, note?: string): void {
    const at = this.now();
    this.sample({ at, done });
    const rate = this.rate();
    const line = `${this.bar(done, total)}, ${rate === undefined ? '…' : count(rate)} ${this.unit}/s, ETA ${eta(total - done, rate)}${note ? `; ${note}` : ''}`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}\x1b[K`);
      this.drawn = true;
    } else if (at - this.lastLineAt >= this.lineEveryMs) {
      this.stream.write(`${line}\n`);
      this.lastLineAt = at;
    }
  }

  /** The last state, always printed, on its own line: elapsed time and the average rate of this run. */
  finish(done: number, total: number, note?: string): void {
    const at = this.now();
    // A resumed run (migrate) starts past 0: the average counts what this run did, from its first sample.
    const from = this.first ?? { at: this.startedAt, done: 0 };
    const average = at > from.at ? ((done - from.done) * 1000) / (at - from.at) : undefined;
    const line = `${this.bar(done, total)} in ${clock((at - this.startedAt) / 1000)}, ${average === undefined ? '…' : count(average)} ${this.unit}/s on average${note ? `; ${note}` : ''}`;
    this.stream.write(this.stream.isTTY && this.drawn ? `\r${line}\x1b[K\n` : `${line}\n`);
  }

  private sample(sample: Sample): void {
    this.first ??= sample;
    this.window.push(sample);
    // Keep one sample at or before the window's start, so the rate spans the whole window.
    while (this.window.length > 2 && this.window[1]!.at <= sample.at - RATE_WINDOW_MS) this.window.shift();
  }

  /** Events per second over the window; undefined until the samples span MIN_RATE_SPAN_MS. */
  private rate(): number | undefined {
    const oldest = this.window[0]!;
    const newest = this.window.at(-1)!;
    const span = newest.at - oldest.at;
    return span < MIN_RATE_SPAN_MS ? undefined : Math.max(0, ((newest.done - oldest.done) * 1000) / span);
  }

  private bar(done: number, total: number): string {
    const ratio = total <= 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * this.width);
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${count(done)}/${count(total)} ${this.unit}`;
  }
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** What remains at the measured rate; "…" while there is no rate, or none to speak of. */
function eta(remaining: number, rate: number | undefined): string {
  if (remaining <= 0) return clock(0);
  return rate === undefined || rate <= 0 ? '…' : clock(remaining / rate);
}

/** h:mm:ss, hours unbounded. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(whole / 3600)}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
}
