import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ViewReader } from '../projections/view-reader.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { intParam, pageParams } from './query-params.js';
import { queryTime } from './query-time.js';

/** Deadline views computed against the time of the query, never stored (A11, A14, A19, SH-SCR 36–38). */
@ApiTags('queries 查询')
@Controller()
export class DeadlinesController {
  constructor(@Inject(ViewReader) private readonly views: ViewReader, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get('reviews/overdue')
  @ApiOperation({ summary: 'Reviews past their 5-working-day deadline (A11) / 逾期未办结的信用审查' })
  @ApiQuery({ name: 'limit', required: false }) @ApiQuery({ name: 'cursor', required: false })
  async overdueReviews(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const { now } = queryTime(this.clock.nowMs());
    const page = await this.views.find('reviews', 'reviews', { filter: { status: 'pending', dueAt: { lt: now } }, sort: { field: 'dueAt', direction: 'asc' }, ...pageParams(limit, cursor) });
    return { asOf: now, ...page };
  }

  @Get('reviews/due-soon')
  @ApiOperation({ summary: 'Open reviews due within N days (A11) / 即将到期的信用审查' })
  @ApiQuery({ name: 'days', required: false, example: 2 })
  async reviewsDueSoon(@Query('days') days?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const time = queryTime(this.clock.nowMs());
    const window = intParam('days', days, 2, 0, 60);
    const page = await this.views.find('reviews', 'reviews', { filter: { status: 'pending', dueAt: { gte: time.now, lte: time.plusDays(window) } }, sort: { field: 'dueAt', direction: 'asc' }, ...pageParams(limit, cursor) });
    return { asOf: time.now, days: window, ...page };
  }

  @Get('reports/expiring')
  @ApiOperation({ summary: 'Review reports and credit reports whose one-year validity ends within N days (A14, A19) / 即将到期的报告' })
  @ApiQuery({ name: 'days', required: false, example: 30 })
  async expiringReports(@Query('days') days?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const time = queryTime(this.clock.nowMs());
    const window = intParam('days', days, 30, 0, 366);
    const page = await this.views.find('reports', 'reports', { filter: { revoked: false, expiresAt: { gte: time.now, lte: time.plusDays(window) } }, sort: { field: 'expiresAt', direction: 'asc' }, ...pageParams(limit, cursor) });
    return { asOf: time.now, days: window, ...page };
  }

  @Get('objections/overdue')
  @ApiOperation({ summary: 'Objections past the deadline of whoever must decide (SH-SCR 36–38) / 逾期未处理的异议' })
  async overdueObjections(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const { now } = queryTime(this.clock.nowMs());
    const page = await this.views.find('objections', 'objections', { filter: { status: 'open', dueAt: { lt: now } }, sort: { field: 'dueAt', direction: 'asc' }, ...pageParams(limit, cursor) });
    return { asOf: now, ...page };
  }
}
