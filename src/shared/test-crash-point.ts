/**
 * Crash tests kill the real service at a named point between two writes
 * (`CREDIT_LEDGER_TEST_CRASH_AT=after-personal-data`). Honoured only under NODE_ENV=test, so a
 * stray variable in production can never kill the service.
 */
export type CrashPoint = 'after-personal-data';

export function crashIfTestAsks(point: CrashPoint): void {
  if (process.env.NODE_ENV !== 'test' || process.env.CREDIT_LEDGER_TEST_CRASH_AT !== point) return;
  process.kill(process.pid, 'SIGKILL');
}
