import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { workingDayDeadline } from '../../domain/rules/deadlines.js';
import { CALENDAR } from '../calendar/calendar.token.js';
import { ApiQueryErrors } from '../http/openapi.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { LISTS } from '../use-case-support/lists/list-queries.js';
import { ListReader } from '../use-case-support/lists/list-reader.js';
import { intParam, pageParams } from '../use-case-support/lists/query-params.js';
import { queryTime } from './query-time.js';
import { subjectLabels } from './subject-labels.js';

const PAGING = 'limit: INTEGER_RANGE 1–500; INVALID_VIEW_QUERY cursor: CURSOR (not a nextCursor of this query)';
const SUBJECT = '91320583722291823U';
const REVIEW_EXAMPLE = {
  subjectId: SUBJECT, reviewId: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', requestedBy: 'subject', forDepartmentId: 'ks-finance',
  area: 'procurement-construction-land-tendering', matter: 'government-procurement-tender',
  receivedAt: '2025-09-26T10:00:00.000+08:00', dueAt: '2025-10-10T23:59:59.999+08:00', dueDate: '2025-10-10', provisional: false,
  status: 'pending', completedAt: null, late: null,
};
const REPORT_EXAMPLE = {
  kind: 'credit-report', subjectId: SUBJECT, id: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', issuedOn: '2025-03-20', issuedAt: '2025-03-20T15:00:00.000+08:00',
  validThrough: '2026-03-19', expiresAt: '2026-03-19T23:59:59.999+08:00', agencyId: 'AG-17', rating: 'A', conclusion: null, late: null,
  needsAmendment: false, amendedAt: null,
};
const OBJECTION_EXAMPLE = {
  objectionId: `${SUBJECT}.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`, subjectId: SUBJECT, target: { kind: 'breach', recordId: '0195f3a0-0000-7000-8000-000000000001' },
  filedAt: '2026-02-24T09:00:00.000+08:00', centerDueAt: '2026-03-03T23:59:59.999+08:00', forwardDueAt: '2026-02-26T23:59:59.999+08:00', provisional: false,
  stage: 'forwarded', status: 'open', dueAt: '2026-03-05T23:59:59.999+08:00', forwardedTo: 'ks-drc', departmentDueAt: '2026-03-05T23:59:59.999+08:00', outcome: null,
};
const AS_OF = '2026-03-06T09:30:00.000+08:00';

/** Deadline views computed against the time of the query, never stored (A11, A14, A19, SH-SCR 36–38): each one index range (list-queries.ts). */
@ApiTags('queries 查询')
@Controller()
export class DeadlinesController {
  constructor(
    @Inject(ListReader) private readonly lists: ListReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  @Get('reviews/overdue')
  @ApiOperation({ summary: 'Reviews past their 5-working-day deadline (A11) / 逾期未办结的信用审查' })
  @ApiQuery({ name: 'limit', required: false, example: 50 }) @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ description: '{ asOf, items: ReviewDoc[], nextCursor, subjects } — pending reviews with dueAt before now, oldest first; subjects: each item\'s subject by id, { kind, name } (organisations named, persons not: A28) / 逾期审查', schema: { example: { asOf: AS_OF, items: [REVIEW_EXAMPLE], nextCursor: null } } })
  @ApiQueryErrors({ invalid: PAGING, views: true })
  async overdueReviews(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const { now } = queryTime(this.clock.nowMs());
    const page = await this.lists.page(LISTS.overdueReviews(now, pageParams(limit, cursor)));
    return { asOf: now, ...page, subjects: await subjectLabels(this.lists, page.items) };
  }

  @Get('reviews/due-soon')
  @ApiOperation({ summary: 'Open reviews due within N days (A11) / 即将到期的信用审查' })
  @ApiQuery({ name: 'days', required: false, example: 2, description: 'window in calendar days; default: through the end of the 2nd working day from now, so a Friday or a holiday eve still shows the next working days (A11) / 天数（默认：两个工作日内）' })
  @ApiQuery({ name: 'limit', required: false, example: 50 }) @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ description: '{ asOf, days, until, items: ReviewDoc[], nextCursor, subjects: { [subjectId]: { kind, name } } } / 即将到期的审查', schema: { example: { asOf: AS_OF, days: 2, items: [{ ...REVIEW_EXAMPLE, receivedAt: '2026-03-02T10:00:00.000+08:00', dueAt: '2026-03-09T23:59:59.999+08:00', dueDate: '2026-03-09' }], nextCursor: null } } })
  @ApiQueryErrors({ invalid: `days: INTEGER_RANGE 0–60; ${PAGING}`, views: true })
  async reviewsDueSoon(@Query('days') days?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const time = queryTime(this.clock.nowMs());
    // A11 counts working days: by default "soon" means due by the end of the 2nd working day from now.
    const until = days === undefined ? workingDayDeadline(this.calendar, time.now, 2).dueAt : time.plusDays(intParam('days', days, 2, 0, 60));
    const page = await this.lists.page(LISTS.reviewsDueSoon(time.now, until, pageParams(limit, cursor)));
    return { asOf: time.now, days: days === undefined ? null : Number(days), until, ...page, subjects: await subjectLabels(this.lists, page.items) };
  }

  @Get('reports/expiring')
  @ApiOperation({ summary: 'Review reports and credit reports whose one-year validity ends within N days (A14, A19) / 即将到期的报告' })
  @ApiQuery({ name: 'days', required: false, example: 30, description: 'window in days (default 30) / 天数' })
  @ApiQuery({ name: 'limit', required: false, example: 50 }) @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ description: '{ asOf, days, items: ReportDoc[], nextCursor, subjects: { [subjectId]: { kind, name } } } — review reports (A14) and credit reports (A19) / 即将到期的报告', schema: { example: { asOf: AS_OF, days: 30, items: [REPORT_EXAMPLE], nextCursor: null } } })
  @ApiQueryErrors({ invalid: `days: INTEGER_RANGE 0–366; ${PAGING}`, views: true })
  async expiringReports(@Query('days') days?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const time = queryTime(this.clock.nowMs());
    const window = intParam('days', days, 30, 0, 366);
    const page = await this.lists.page(LISTS.expiringReports(time.now, time.plusDays(window), pageParams(limit, cursor)));
    return { asOf: time.now, days: window, ...page, subjects: await subjectLabels(this.lists, page.items) };
  }

  @Get('objections/overdue')
  @ApiOperation({ summary: 'Objections past the deadline of whoever must decide (SH-SCR 36–38) / 逾期未处理的异议' })
  @ApiQuery({ name: 'limit', required: false, example: 50 }) @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ description: '{ asOf, items: ObjectionDoc[], nextCursor, subjects: { [subjectId]: { kind, name } } } — open objections past the deadline of whoever decides / 逾期异议', schema: { example: { asOf: AS_OF, items: [OBJECTION_EXAMPLE], nextCursor: null } } })
  @ApiQueryErrors({ invalid: PAGING, views: true })
  async overdueObjections(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const { now } = queryTime(this.clock.nowMs());
    const page = await this.lists.page(LISTS.overdueObjections(now, pageParams(limit, cursor)));
    return { asOf: now, ...page, subjects: await subjectLabels(this.lists, page.items) };
  }
}
