import { addCalendarDays, shanghaiDateOf } from '../../domain/rules/time.js';
import { shanghaiIso } from '../shared/clock.js';

/** "Now" for a query, as the views store instants and dates (Asia/Shanghai, +08:00). Never stored. */
export interface QueryTime {
  readonly now: string;
  readonly today: string;
  /** The instant `days` days from now, for "within N days" windows. */
  plusDays(days: number): string;
  plusDaysDate(days: number): string;
}

export function queryTime(nowMs: number): QueryTime {
  const now = shanghaiIso(nowMs);
  const today = shanghaiDateOf(now);
  return { now, today, plusDays: (days) => shanghaiIso(nowMs + days * 86_400_000), plusDaysDate: (days) => addCalendarDays(today, days) };
}
