import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { RecordLoanCheckCommand } from './record-loan-check.handler.js';
import { RecordLoanCheckRequest } from './record-loan-check.request.js';

export class RecordedLoanCheckAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', description: 'the new loan check / 核查记录编号' }) loanCheckId!: string;
  @ApiProperty({ example: '91320583722291823U' }) subjectId!: string;
  @ApiProperty({ description: 'A18: at or above the threshold: a valid report was required / 达到“双报告”限额' }) dualReportRequired!: boolean;
  @ApiProperty({ example: 1_000_000_000, description: 'A18 threshold in fen (configuration LOAN_CHECK_THRESHOLD_FEN) / 限额（分）' }) thresholdFen!: number;
  @ApiProperty({ description: 'A26: the credit report relied on comes from an agency that exited for misconduct / 出具机构因违规退出市场' }) agencyExitedForMisconduct!: boolean;
}

@ApiTags('loan checks 双报告')
@Controller('loan-checks')
export class RecordLoanCheckController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a bank\'s dual-report check for a loan (A18) / 记录银行“双报告”核查',
    description: 'Banks only (a bearer token with role bank; its bank claim is the bank recorded). Every check covers the PBOC credit reference system; at or above the configured threshold (default CNY 10,000,000) the bank also relies on a valid review report or credit report the subject holds. 仅限银行；达到限额的贷款须依据有效的信用审查报告或第三方信用报告。',
  })
  @ApiBody({ type: RecordLoanCheckRequest, examples: { large: { value: { subjectId: '91320583722291823U', amountFen: 1_500_000_000, pbocReferenceChecked: true, reliesOn: { kind: 'credit-report', reportId: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' } } }, small: { value: { subjectId: '91320583722291823U', amountFen: 50_000_000, pbocReferenceChecked: true } } } })
  @ApiCreatedResponse({ type: RecordedLoanCheckAnswer })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: banks only / 仅银行' })
  @ApiCommandErrors('LOAN_CHECK_PBOC_NOT_CHECKED', 'LOAN_CHECK_REQUIRES_VALID_REPORT')
  record(@Body() body: RecordLoanCheckRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new RecordLoanCheckCommand({}, body, actor, headers));
  }
}
