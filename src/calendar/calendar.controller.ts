import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { MEASURE_IN_FORCE_FROM } from '../../domain/rules/business-dates.js';
import { workingDayDeadline } from '../../domain/rules/deadlines.js';
import { isValidCalendarDate, startOfShanghaiDay } from '../../domain/rules/time.js';
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
}
