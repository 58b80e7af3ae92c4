/**
 * Counts requests per client in fixed one-minute windows, in memory (per process). Expired windows
 * are swept when the table grows, so a flood of distinct addresses cannot grow it without bound.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(readonly limit: number, private readonly windowMs = 60_000, private readonly sweepAbove = 10_000) {}

  /** Counts one request at `nowMs`: allowed or not, how many remain, and when the window ends. */
  hit(client: string, nowMs: number): { allowed: boolean; remaining: number; resetSeconds: number } {
    let window = this.windows.get(client);
    if (window === undefined || nowMs - window.start >= this.windowMs) {
      if (this.windows.size >= this.sweepAbove) this.sweep(nowMs);
      window = { start: nowMs, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - nowMs) / 1000));
    return { allowed: window.count <= this.limit, remaining: Math.max(0, this.limit - window.count), resetSeconds };
  }

  private sweep(nowMs: number): void {
    for (const [client, window] of this.windows) if (nowMs - window.start >= this.windowMs) this.windows.delete(client);
  }
}
