/**
 * Wakes in-process log readers when an append commits. A version counter closes the race
 * between "read found nothing" and "start waiting": a reader waits for a version beyond
 * the one it saw before reading. A timeout doubles as polling for other processes' writes.
 */
export class AppendSignal {
  private version = 0;
  private waiters = new Set<() => void>();
  private readonly listeners = new Set<() => void>();

  /** Told of every notification (unlike a waiter, it stays until removed). */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  current(): number {
    return this.version;
  }

  notify(): void {
    this.version += 1;
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
    for (const listener of this.listeners) listener();
  }

  waitBeyond(seen: number, timeoutMs: number): { promise: Promise<void>; cancel: () => void } {
    if (this.version > seen) return { promise: Promise.resolve(), cancel: () => undefined };
    let wake!: () => void;
    const promise = new Promise<void>((resolve) => (wake = resolve));
    const timer = setTimeout(() => finish(), timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      this.waiters.delete(finish);
      wake();
    };
    this.waiters.add(finish);
    return { promise, cancel: finish };
  }
}
