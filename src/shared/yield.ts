/** Lets the event loop serve what is waiting (HTTP, timers) before a long job goes on with its next slice. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
