import { DateTime } from 'luxon';

/** The one place the application reads time; tests pass a fixed or stepping clock. */
export interface Clock {
  nowMs(): number;
}

export const CLOCK = Symbol('Clock');

export const systemClock: Clock = { nowMs: () => Date.now() };

/** Instants are stored and shown in Asia/Shanghai with their offset (`…+08:00`). */
export function shanghaiIso(ms: number): string {
  return DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).toISO({ suppressMilliseconds: false })!;
}

/** Parses an ISO instant with an explicit offset (or Z); null when it is not one. */
export function parseInstantMs(iso: string): number | null {
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) return null;
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? dt.toMillis() : null;
}
