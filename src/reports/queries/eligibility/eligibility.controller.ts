import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { ApiQueryErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { EligibilityQuery } from './eligibility.query.js';
import { EligibilityRequest } from './eligibility.request.js';

const ERROR = { type: 'object', properties: { statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, messageZh: { type: 'string' }, details: { type: 'object' } } };

const EXAMPLE = {
  subjectId: '91320583722291823U',
  at: '2026-03-06T09:30:00.000+08:00',
  requirement: {
    source: 'department-rule', departmentId: 'ks-finance', askedBy: 'ks-finance', ruleId: 'R-2026-01', effectiveFrom: '2026-01-01',
    area: 'procurement-construction-land-tendering', areaLabel: '参与政府采购的公开招标以及国有资金建设项目和货物招投标、土地招投标', matter: 'government-procurement-tender', products: ['commitment', 'report'], mode: 'all',
  },
  eligible: false,
  held: { review: null, report: { reportId: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', agencyId: 'AG-17', validThrough: '2027-03-02', flagged: false, counted: true, underObjection: false }, commitment: null },
  missing: ['commitment'],
  countReportsOfMisconductAgencies: true,
};

@ApiTags('reports 信用报告')
@Controller('subjects/:id/eligibility')
export class EligibilityController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Does the subject hold what this matter needs? (A12, A17, A24) / 信用产品核验',
    description:
      'A department: the requirement is the rule (A24) of the department in charge — its own, or its successor\'s after a merger or split — for the matter kind and area on today\'s date. A bank: the A18 dual report (a valid review report or a valid credit report). ' +
      'The answer lists what is held (valid review report A14, valid credit report A19, commitment for that department and matter A6–A8) and what is missing. Reports of agencies that exited for misconduct are flagged; whether they count is configured (A26). ' +
      '部门：按其（或承继部门）设定的使用规则核验；银行：按“双报告”要求核验。',
  })
  @ApiParam({ name: 'id', description: 'subject id: USCC or pseudonymous id / 主体标识', example: '91320583722291823U' })
  @ApiOkResponse({ description: 'eligible, held, missing, and the requirement applied (area with its Chinese areaLabel) / 是否符合、已持有、缺少', schema: { example: EXAMPLE } })
  @ApiQueryErrors({ invalid: 'id: SUBJECT_ID; area: isIn (the A12/A17 areas), REQUIRED for a department; matter: isString, isLength 1–200, REQUIRED for a department', views: true })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: departments (with their department) and banks only / 仅部门或银行', schema: ERROR })
  @ApiResponse({ status: 404, description: 'SUBJECT_NOT_REGISTERED, DEPARTMENT_NOT_REGISTERED, ELIGIBILITY_RULE_NOT_FOUND (no A24 rule for the matter) / 主体、部门或规则不存在', schema: ERROR })
  @ApiResponse({ status: 422, description: 'DEPARTMENT_SUCCESSION_CYCLE: the recorded successors loop (A24) / 部门承继记录循环', schema: ERROR })
  async check(@Param('id', SubjectIdPipe) subjectId: string, @Query() query: EligibilityRequest, @Acting() actor: ActingUser) {
    return this.bus.execute(new EligibilityQuery(subjectId, query, actor));
  }
}
