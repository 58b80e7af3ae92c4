import { shanghaiDateOf } from '../../domain/rules/time.js';
import { shanghaiIso, type Clock } from './clock.js';

/** The Asia/Shanghai business date facts are looked up for (agency standing, participation, rules). */
export function shanghaiToday(clock: Clock): string {
  return shanghaiDateOf(shanghaiIso(clock.nowMs()));
}
