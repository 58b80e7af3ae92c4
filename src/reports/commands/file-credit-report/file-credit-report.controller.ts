import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { FileCreditReportCommand } from './file-credit-report.handler.js';
import { FileCreditReportRequest } from './file-credit-report.request.js';

export class FiledCreditReportAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', description: 'the new report / 报告编号' }) reportId!: string;
  @ApiProperty({ example: '2027-03-02', description: 'A19: last valid day (one year from issue) / 有效期至' }) validThrough!: string;
}

const EXAMPLE = {
  commissionedBy: { kind: 'subject' },
  issuedOn: '2026-03-02',
  sections: { basicInformation: '成立于2003年，注册资本5000万元', financialData: '2025年营业收入3.2亿元，资产负债率41%', judicialCredit: null },
  summary: '企业经营稳定，履约记录良好',
  rating: 'AA+',
  riskNotes: ['应收账款集中度较高'],
};

@ApiTags('reports 信用报告')
@Controller('subjects/:id/credit-reports')
export class FileCreditReportController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'File a credit report (A15–A16, A20) / 报送信用报告',
    description: 'By the issuing agency (a bearer token with role agency; its agency claim is the issuing agency). Accepted only if the agency was filed and in force on the issue date (A20), not suspended or out of the market (A26). Valid one year from issue (A19). 仅限出具报告的信用服务机构；出具日须处于备案有效期内。',
  })
  @ApiBody({ type: FileCreditReportRequest, examples: { report: { value: EXAMPLE } } })
  @ApiCreatedResponse({ type: FiledCreditReportAnswer })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: agencies only / 仅信用服务机构' })
  @ApiCommandErrors('REPORT_AGENCY_NOT_FILED', 'REPORT_AGENCY_SUSPENDED', 'REPORT_AGENCY_EXITED', 'REPORT_ISSUED_IN_FUTURE')
  file(@Param('id', SubjectIdPipe) subjectId: string, @Body() body: FileCreditReportRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new FileCreditReportCommand({ subjectId }, body, actor, headers));
  }
}
