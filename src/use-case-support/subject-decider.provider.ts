import type { Provider } from '@nestjs/common';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { subjectDecider } from '../../domain/subject/decider.js';
import { CALENDAR } from '../calendar/calendar.token.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { subjectPolicyOf } from '../config/subject-policy.js';

export const SUBJECT_DECIDER = Symbol('SubjectDecider');
export type SubjectDecider = ReturnType<typeof subjectDecider>;

/** The subject decider with its domain services: the working-day calendar and the configured policy (A18, A26). */
export const subjectDeciderProvider: Provider = {
  provide: SUBJECT_DECIDER,
  inject: [CALENDAR, APP_CONFIG],
  useFactory: (calendar: WorkingDayCalendar, config: AppConfig) =>
    subjectDecider({ calendar, policy: subjectPolicyOf(config) }),
};
