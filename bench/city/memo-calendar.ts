/**
 * The same working-day calendar, its per-date answers remembered: the subject decider asks
 * `isWorkingDay` and `isProvisional` for every day of every A11 deadline, and each answer parses
 * the date through luxon. A city asks about the same few hundred dates millions of times.
 */
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';

export function memoisedCalendar(calendar: WorkingDayCalendar): WorkingDayCalendar {
  const remembered = { isWorkingDay: new Map<string, boolean>(), isProvisional: new Map<string, boolean>() };
  return new Proxy(calendar, {
    get(target, property) {
      if (property === 'isWorkingDay' || property === 'isProvisional') {
        const answers = remembered[property];
        return (date: string): boolean => {
          let answer = answers.get(date);
          if (answer === undefined) {
            answer = target[property](date); // a date the calendar refuses throws, and is not remembered
            answers.set(date, answer);
          }
          return answer;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
