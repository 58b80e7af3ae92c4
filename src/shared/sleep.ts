/** Waits `ms` milliseconds (a retry's back-off, a poll's pause). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
