import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { MEASURE_IN_FORCE_FROM } from '../../domain/rules/business-dates.js';
import { workingDayDeadline } from '../../domain/rules/deadlines.js';
import { addCalendarDays, calendarDaysBetween, isValidCalendarDate, startOfShanghaiDay } from '../../domain/rules/time.js';
import { badQuery, wholeNumberParam } from '../http/query-params.js';
import { parseInstantMs } from '../shared/clock.js';
import { CALENDAR } from './calendar.token.js';

/** The working-day rule the system applies (A11; Civil Code art. 201), for departments to see. */
@ApiTags('calendar 工作日')
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(CALENDAR) private readonly calendar: WorkingDayCalendar) {}

  @Get('deadline')
  @ApiOperation({ summary: 'The deadline N working days after receipt / 工作日期限', description: 'The day of receipt is not counted; the deadline is the end (23:59:59.999 Asia/Shanghai) of the Nth working day; years without a State Council notice are provisional (Mon–Fri).' })
  @ApiQuery({ name: 'from', example: '2025-09-26T10:00:00+08:00', description: 'receipt instant (or a date YYYY-MM-DD) / 收到时间' })
  @ApiQuery({ name: 'workingDays', example: 5, description: 'working days 1–250 / 工作日数' })
  @ApiOkResponse({ description: 'the deadline: dueDate, dueAt (end of the day, +08:00), provisional when a year has no State Council notice loaded / 期限', schema: { example: { from: '2025-09-26T10:00:00+08:00', workingDays: 5, dueDate: '2025-10-10', dueAt: '2025-10-10T23:59:59.999+08:00', provisional: false } } })
  @ApiQueryErrors({ invalid: 'from: INSTANT (ISO-8601 with offset, or YYYY-MM-DD); workingDays: INTEGER_RANGE 1–250' })
  deadline(@Query('from') from?: string, @Query('workingDays') workingDays?: string) {
    const received = from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? (isValidCalendarDate(from) ? startOfShanghaiDay(from) : undefined) : from?.replace(/ (\d{2}:?\d{2})$/, '+$1');
    if (!received || parseInstantMs(received) === null)
      throw badQuery('from', 'INSTANT', 'must be an ISO-8601 instant with offset or a date YYYY-MM-DD');
    // A11 deadlines run under the measure (A31): a receipt before it, or past 2100, is a typing error (0000-01-01).
    const day = received.slice(0, 10);
    if (day < MEASURE_IN_FORCE_FROM || day > '2100-12-31')
      throw badQuery('from', 'DATE_RANGE', `must lie between ${MEASURE_IN_FORCE_FROM} (A31) and 2100-12-31`, { article: 'A31' });
    // Required: no default number of working days.
    const days = wholeNumberParam('workingDays', workingDays, { min: 1, max: 250, maxDigits: 3 });
    return { from: received, workingDays: days, ...workingDayDeadline(this.calendar, received, days) };
  }

  @Get('days')
  @ApiOperation({ summary: 'Working days, weekends, holidays and adjusted working days of a date range (A11) / 工作日历', description: 'Each date from `from` to `to` (at most 400 days): whether it is a working day and why (the State Council notices loaded; years without one are provisional, Mon–Fri). The web console shades A11 review windows with it.' })
  @ApiQuery({ name: 'from', example: '2025-09-29', description: 'first date YYYY-MM-DD / 起始日期' })
  @ApiQuery({ name: 'to', example: '2025-10-12', description: 'last date YYYY-MM-DD, at most 400 days after from / 截止日期' })
  @ApiOkResponse({ description: 'the days / 日历', schema: { example: { from: '2025-09-30', to: '2025-10-01', days: [{ date: '2025-09-30', working: true, kind: 'working', provisional: false }, { date: '2025-10-01', working: false, kind: 'holiday', provisional: false }] } } })
  @ApiQueryErrors({ invalid: 'from, to: DATE (YYYY-MM-DD), DATE_RANGE (A31 to 2100-12-31; to not before from; at most 400 days)' })
  days(@Query('from') from?: string, @Query('to') to?: string) {
    const first = calendarDateParam('from', from);
    const last = calendarDateParam('to', to);
    const span = calendarDaysBetween(first, last);
    if (span < 0) throw badQuery('to', 'DATE_RANGE', 'must not be before from');
    if (span >= MAX_DAYS) throw badQuery('to', 'DATE_RANGE', `must be less than ${MAX_DAYS} days after from`);
    const days = [];
    for (let date = first, i = 0; i <= span; i++, date = addCalendarDays(date, 1))
      days.push({ date, working: this.calendar.isWorkingDay(date), kind: this.calendar.kindOf(date), provisional: this.calendar.isProvisional(date) });
    return { from: first, to: last, days };
  }
}

const MAX_DAYS = 400;

/** A date of the measure's time (A31) to 2100, as YYYY-MM-DD. */
function calendarDateParam(field: string, value: string | undefined): string {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValidCalendarDate(value)) throw badQuery(field, 'DATE', 'must be a date YYYY-MM-DD');
  if (value < MEASURE_IN_FORCE_FROM || value > '2100-12-31') throw badQuery(field, 'DATE_RANGE', `must lie between ${MEASURE_IN_FORCE_FROM} (A31) and 2100-12-31`, { article: 'A31' });
  return value;
}
