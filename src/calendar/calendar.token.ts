export const CALENDAR = Symbol('WorkingDayCalendar');
