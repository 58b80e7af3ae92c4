export { type HolidayTable, parseHolidayTable } from './holiday-table.js';
export { WorkingDayCalendar } from './working-day-calendar.js';
