import { Controller, Get, HttpException, Inject, Param, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DepartmentNotRegisteredError } from '../../../../domain/department/errors.js';
import { DEPARTMENT_USAGE_COLLECTION } from '../../../../projections/department-usage/department-usage.projection.js';
import type { UsageCounter } from '../../../../projections/department-usage/department-usage.doc.js';
import { ApiQueryErrors } from '../../../http/openapi.js';
import { errorBody } from '../../../http/error-body.js';
import { ProjectionHost } from '../../../projections/projection-host.js';
import type { JsonObject } from '../../../shared/json.js';
import { VIEW_STORE, type ViewStore } from '../../../view-store/view-store.port.js';
import { DepartmentIdPipe } from '../../department-id.pipe.js';
import { DepartmentRegistryReader } from '../departments/department-registry.reader.js';
import { DepartmentUsageQuery } from './department-usage.query.js';

const COUNTERS: readonly UsageCounter[] = ['reviewsRequested', 'reportsUsed', 'commitmentsTaken', 'breachesRecorded', 'checksMade', 'loanChecks'];
type Counts = Record<UsageCounter, number>;

function countsOf(doc: JsonObject | undefined): Counts {
  return Object.fromEntries(COUNTERS.map((c) => [c, Number(doc?.[c] ?? 0)])) as Counts;
}

const EXAMPLE_COUNTS = { reviewsRequested: 12, reportsUsed: 30, commitmentsTaken: 85, breachesRecorded: 2, checksMade: 40, loanChecks: 0 };

@ApiTags('departments 部门')
@Controller('departments')
export class DepartmentUsageController {
  constructor(
    @Inject(DepartmentRegistryReader) private readonly registry: DepartmentRegistryReader,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
    @Inject(ProjectionHost) private readonly runner: ProjectionHost,
  ) {}

  @Get(':did/usage')
  @ApiOperation({ summary: 'A department\'s use of credit products in a year (A25) / 部门年度信用产品使用情况', description: 'The credit office, or the department itself. Counts from the department-usage view; statistics of departments merged or split into this one are added and listed apart (A25, docs/domain.md "Departments change over time"). 市信用办或本部门可查询。' })
  @ApiParam({ name: 'did', description: 'department id / 部门编号', example: 'ks-finance' })
  @ApiOkResponse({ schema: { example: { departmentId: 'ks-tax', year: '2026', own: EXAMPLE_COUNTS, predecessors: [{ departmentId: 'ks-state-tax', counts: EXAMPLE_COUNTS }], total: EXAMPLE_COUNTS } } })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: neither the department itself nor the credit office / 非本部门或市信用办' })
  @ApiNotFoundResponse({ description: 'DEPARTMENT_NOT_REGISTERED / 部门不存在' })
  @ApiResponse({ status: 503, description: 'VIEW_NOT_AVAILABLE: the usage view is not running / 统计视图不可用' })
  @ApiQueryErrors({ invalid: 'did: DEPARTMENT_ID; year: matches (a year YYYY from 2017, A31)', views: true })
  async usage(@Param('did', DepartmentIdPipe) departmentId: string, @Query() query: DepartmentUsageQuery) {
    const department = await this.registry.one(departmentId);
    if (department === null) throw new DepartmentNotRegisteredError(departmentId);
    // A25: statistics follow the successor; predecessors are those whose chain leads here by the year's end.
    const predecessors = await this.registry.predecessors(department, `${query.year}-12-31`);
    const docs = await this.views.getMany(this.usageCollection(), [departmentId, ...predecessors].map((id) => `${id}:${query.year}`));
    const own = countsOf(docs.get(`${departmentId}:${query.year}`));
    const inherited = predecessors.map((id) => ({ departmentId: id, counts: countsOf(docs.get(`${id}:${query.year}`)) }));
    const total = Object.fromEntries(COUNTERS.map((c) => [c, own[c] + inherited.reduce((sum, p) => sum + p.counts[c], 0)])) as Counts;
    return { departmentId, year: query.year, own, predecessors: inherited, total };
  }

  private usageCollection(): string {
    try {
      return this.runner.collectionFor('department-usage', DEPARTMENT_USAGE_COLLECTION);
    } catch {
      throw new HttpException(errorBody(503, 'VIEW_NOT_AVAILABLE', 'the department-usage view is not running', { projection: 'department-usage' }), 503);
    }
  }
}
