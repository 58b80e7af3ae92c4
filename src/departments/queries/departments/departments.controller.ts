import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../../../http/openapi.js';
import { pageParams } from '../../../use-case-support/lists/query-params.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { shanghaiToday } from '../../../shared/shanghai-today.js';
import { departmentRecord } from './department-record.js';
import { DepartmentRegistryReader } from './department-registry.reader.js';

const EXAMPLE = {
  departmentId: 'ks-state-tax', nameZh: '市国税局', nameEn: 'State Taxation Bureau', kind: 'department', pilot: true,
  participatesFrom: '2017-03-06', participatesToday: false,
  succession: { kind: 'merged', effectiveOn: '2018-07-20', successorId: 'ks-tax' }, inChargeToday: 'ks-tax',
  names: [{ nameZh: '市国税局', nameEn: 'State Taxation Bureau', effectiveOn: null }], rules: [],
};

@ApiTags('departments 部门')
@Controller('departments')
export class DepartmentsController {
  constructor(@Inject(DepartmentRegistryReader) private readonly registry: DepartmentRegistryReader, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  @ApiOperation({ summary: 'Pilot departments (A13) and the others, with the names in force today / 试点部门及其他部门（现行名称）', description: 'Credit office only. Each department with its name in force today, whether it takes part in credit reviews today (A13), its successor after a merger or split and the department in charge of its rules today (A24), and its rules; by id, a page at a time. 仅市信用办可查询。' })
  @ApiQuery({ name: 'limit', required: false, example: 50, description: 'page size 1–500 (default 50) / 每页条数' })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page / 上一页返回的游标' })
  @ApiOkResponse({ description: '{ on, items: DepartmentRecord[], nextCursor } sorted by id', schema: { example: { on: '2026-03-06', items: [EXAMPLE], nextCursor: null } } })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiQueryErrors({ invalid: 'limit: INTEGER_RANGE 1–500; INVALID_VIEW_QUERY cursor: CURSOR (not a nextCursor of this query)', views: true })
  async list(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const today = shanghaiToday(this.clock);
    const { items, chains, nextCursor } = await this.registry.page(pageParams(limit, cursor), today);
    return { on: today, items: items.map((state) => departmentRecord(state, chains, today)), nextCursor };
  }
}
