import type { Server } from 'node:http';

/** Counts the requests a server is answering, and those it finished after shutdown began (the drained ones). */
export class RequestTracker {
  private inFlight = 0;
  private draining = false;
  private drainedCount = 0;
  private readonly idle = new Set<() => void>();

  constructor(server: Server) {
    server.on('request', (_request, response) => {
      this.inFlight += 1;
      response.once('close', () => {
        this.inFlight -= 1;
        if (this.draining) this.drainedCount += 1;
        if (this.inFlight === 0) this.idle.forEach((resolve) => resolve());
      });
    });
  }

  get drained(): number {
    return this.drainedCount;
  }

  /** Resolves true once no request is in flight, false after `timeoutMs` with some still running. */
  drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.idle.delete(done);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.idle.delete(done);
        resolve(false);
      }, timeoutMs);
      this.idle.add(done);
    });
  }
}
