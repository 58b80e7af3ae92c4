/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, printed at most once every
 * `lineEveryMs` otherwise (logs, CI, tests), so long operations always show they are moving.
 */
export class ProgressBar {
  private lastLineAt = -Infinity;
  private lastRate = { at: 0, done: 0, perSecond: 0 };
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private readonly now: () => number = () => performance.now(),
    private readonly lineEveryMs = 1000,
    private readonly width = 30,
  ) {
    this.lastRate.at = now();
  }

  update(done: number, total: number): void {
    const at = this.now();
    if (at - this.lastRate.at >= 500) {
      this.lastRate = { at, done, perSecond: ((done - this.lastRate.done) * 1000) / (at - this.lastRate.at) };
    }
    const line = this.render(done, total);
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}\x1b[K`);
      this.drawn = true;
    } else if (at - this.lastLineAt >= this.lineEveryMs) {
      this.stream.write(`${line}\n`);
      this.lastLineAt = at;
    }
  }

  /** The last state, always printed, on its own line. */
  finish(done: number, total: number, note: string): void {
    const line = `${this.render(done, total)} ${note}`;
    this.stream.write(this.stream.isTTY && this.drawn ? `\r${line}\x1b[K\n` : `${line}\n`);
  }

  private render(done: number, total: number): string {
    const ratio = total <= 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * this.width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}`;
    const rate = Math.round(this.lastRate.perSecond);
    return `${this.label} [${bar}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${done}/${total} events, ${rate} events/s`;
  }
}
