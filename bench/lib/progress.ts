/** Progress on stderr at most every `everyMs`: done/total, rate and time left. */
export class Progress {
  private readonly started = performance.now();
  private last = 0;

  constructor(private readonly label: string, private readonly total: number, private readonly unit: string, private readonly everyMs = 2000) {}

  tick(done: number, extra = ''): void {
    const now = performance.now();
    if (now - this.last < this.everyMs && done < this.total) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = done / Math.max(seconds, 1e-3);
    const left = rate > 0 ? (this.total - done) / rate : 0;
    process.stderr.write(`  ${this.label}: ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${this.unit}, ${Math.round(rate).toLocaleString('en-US')}/s, ${formatDuration(seconds)} elapsed, ~${formatDuration(left)} left${extra ? `, ${extra}` : ''}\n`);
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}
