import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AgencyNotFoundError } from '../../../http/not-found.errors.js';
import { ApiQueryErrors } from '../../../http/openapi.js';
import { AgencyIdPipe } from '../../agency-id.pipe.js';
import { AgencyRegistryReader } from './agency-registry.reader.js';
import { ListAgenciesQuery } from './list-agencies.query.js';

const RECORD_EXAMPLE = {
  agencyId: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', name: '苏州示例信用评估有限公司', uscc: '91320583796541485R', usccWarnings: [],
  eligibleBy: 'filing', filing: { authority: '江苏省社会信用体系建设领导小组办公室', level: 'province', number: '苏信备〔2024〕017号', filedOn: '2024-01-15' }, recognition: null,
  standing: { on: '2026-03-06', status: 'suspended', statusZh: '暂停' },
  suspensions: [{ from: '2026-03-02', until: null, liftedOn: null }], exit: null, staffCount: 3,
  breaches: [{ breachId: '0193b0c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f', breachClass: 'general', decisionDate: '2026-02-27', basisDocument: '昆信办〔2026〕4号', summary: '出具的信用报告未按行业标准核实财务数据', byStaff: false }],
};

/** The public agency registry (A20, A26): anyone may read it, no login. */
@ApiTags('agencies 信用服务机构')
@Controller('agencies')
export class AgencyRegistryController {
  constructor(@Inject(AgencyRegistryReader) private readonly registry: AgencyRegistryReader) {}

  @Get()
  @ApiOperation({ summary: 'The agency registry with each agency\'s standing today (A20, A26) / 信用服务机构名录及当前状态', description: 'Public. standing.status: in-force 备案有效 / suspended 暂停 / exited 已退出市场 / not-filed 未备案 (filing dated later). A report counts only if issued while in force (A20).' })
  @ApiOkResponse({ description: '{ items: AgencyRecord[], nextCursor }', schema: { example: { items: [RECORD_EXAMPLE], nextCursor: null } } })
  @ApiQueryErrors({ invalid: 'limit: isInt, min 1, max 200; cursor: isString, isLength 1–500; INVALID_VIEW_QUERY cursor: CURSOR', views: true })
  async list(@Query() query: ListAgenciesQuery) {
    return this.registry.page(query.limit ?? 50, query.cursor ?? null);
  }

  @Get(':aid')
  @ApiOperation({ summary: 'One agency: filing, standing today, suspensions, exit, credit record (A20, A26) / 信用服务机构详情', description: 'Public. Staff are shown only as a count (A28).' })
  @ApiParam({ name: 'aid', description: 'agency id / 机构编号', example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' })
  @ApiOkResponse({ description: 'AgencyRecord', schema: { example: RECORD_EXAMPLE } })
  @ApiNotFoundResponse({ description: 'AGENCY_NOT_FOUND: no agency was filed under this id / 机构不存在' })
  @ApiQueryErrors({ invalid: 'aid: AGENCY_ID', views: true })
  async one(@Param('aid', AgencyIdPipe) agencyId: string) {
    const record = await this.registry.one(agencyId);
    if (record === null) throw new AgencyNotFoundError(agencyId);
    return record;
  }
}
