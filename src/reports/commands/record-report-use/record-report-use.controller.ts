import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { RecordIdPipe } from '../../../use-case-support/paths/record-id.pipe.js';
import { RecordReportUseCommand } from './record-report-use.handler.js';
import { RecordReportUseRequest } from './record-report-use.request.js';

export class RecordedReportUseAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', description: 'the new use / 使用记录编号' }) useId!: string;
  @ApiProperty({ description: 'A26: the report comes from an agency that exited for misconduct (flagged) / 出具机构因违规退出市场' }) agencyExitedForMisconduct!: boolean;
}

@ApiTags('reports 信用报告')
@Controller('subjects/:id/credit-reports/:rpid/uses')
export class RecordReportUseController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a use of a report for a matter (A17, A19, A25) / 记录信用报告使用',
    description: 'A department (counted for its department, A25) or a bank (A18). Only a report valid today and not revoked (A19; A14 for review reports). Reports of an agency that exited for misconduct are flagged, and refused when configured not to count (A26). 部门或银行；仅限有效期内的报告。',
  })
  @ApiBody({ type: RecordReportUseRequest, examples: { tender: { value: { area: 'procurement-construction-land-tendering', matter: '2026年市政道路养护项目公开招标' } } } })
  @ApiCreatedResponse({ type: RecordedReportUseAnswer })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: departments and banks only / 仅部门或银行' })
  @ApiCommandErrors('REPORT_EXPIRED', 'REPORT_REVOKED', 'REPORT_AGENCY_EXITED_FOR_MISCONDUCT')
  record(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Param('rpid', new RecordIdPipe('rpid')) reportId: string,
    @Body() body: RecordReportUseRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new RecordReportUseCommand({ subjectId, reportId }, body, actor, headers));
  }
}
