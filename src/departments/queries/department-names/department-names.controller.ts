import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DepartmentNotRegisteredError } from '../../../../domain/department/errors.js';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import { ApiQueryErrors } from '../../../http/openapi.js';
import { CLOCK, shanghaiIso, type Clock } from '../../../shared/clock.js';
import { intParam } from '../../../use-case-support/lists/query-params.js';
import { DepartmentIdPipe } from '../../department-id.pipe.js';
import { DepartmentRegistryReader } from '../departments/department-registry.reader.js';
import { departmentName } from './department-name.js';

const EXAMPLE = { departmentId: 'ks-housing', name: '昆山市住房和城乡建设局', nameEn: 'Housing and Urban-Rural Development Bureau', successorId: null, participating: true };
const MERGED = { departmentId: 'ks-state-tax', name: '市国税局', nameEn: 'State Taxation Bureau', successorId: 'ks-tax', participating: false };

/**
 * The public department-name lookup (issue 12): the registry is public information, so the console
 * and API consumers show 昆山市住房和城乡建设局 rather than `ks-housing`. Declared before the
 * `/departments/:did/…` routes' controllers (DepartmentsModule), so `/departments/names/…` is this.
 */
@ApiTags('departments 部门')
@Controller('departments/names')
export class DepartmentNamesController {
  constructor(@Inject(DepartmentRegistryReader) private readonly registry: DepartmentRegistryReader, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  @ApiOperation({
    summary: 'Department names in force today (public) / 部门现行名称（公开）',
    description: 'Public, no token (counted by the public rate limit). Each registered department with its name in force today (Chinese `name`, English `nameEn`), its successor once a merger or split has taken effect (A24, A25) and whether it takes part in credit reviews today (A13); by id, a page at a time. No rules, no officers. 公开，无需登录。',
  })
  @ApiQuery({ name: 'limit', required: false, example: 500, description: 'page size 1–500 (default 500) / 每页条数' })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page / 上一页返回的游标' })
  @ApiOkResponse({ description: '{ asOf, items: DepartmentName[], nextCursor } sorted by id / 按编号排序', schema: { example: { asOf: '2026-03-06T09:30:00.000+08:00', items: [EXAMPLE, MERGED], nextCursor: null } } })
  @ApiQueryErrors({ invalid: 'limit: INTEGER_RANGE 1–500; INVALID_VIEW_QUERY cursor: CURSOR (not a nextCursor of this query)', views: true })
  async list(@Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const asOf = shanghaiIso(this.clock.nowMs());
    const today = shanghaiDateOf(asOf);
    const page = await this.registry.plainPage({ limit: intParam('limit', limit, 500, 1, 500), cursor: cursor ?? null });
    return { asOf, items: page.items.map((state) => departmentName(state, today)), nextCursor: page.nextCursor };
  }

  @Get(':did')
  @ApiOperation({ summary: 'One department\'s name in force today (public) / 单个部门现行名称（公开）', description: 'Public, no token. 公开，无需登录。' })
  @ApiParam({ name: 'did', description: 'department id / 部门编号', example: 'ks-housing' })
  @ApiOkResponse({ description: 'DepartmentName, with asOf', schema: { example: { asOf: '2026-03-06T09:30:00.000+08:00', ...EXAMPLE } } })
  @ApiNotFoundResponse({ description: 'DEPARTMENT_NOT_REGISTERED: no department is registered under this id / 部门不存在' })
  @ApiQueryErrors({ invalid: 'did: DEPARTMENT_ID', views: true })
  async one(@Param('did', DepartmentIdPipe) departmentId: string) {
    const asOf = shanghaiIso(this.clock.nowMs());
    const state = await this.registry.one(departmentId);
    if (state === null) throw new DepartmentNotRegisteredError(departmentId);
    return { asOf, ...departmentName(state, shanghaiDateOf(asOf)) };
  }
}
