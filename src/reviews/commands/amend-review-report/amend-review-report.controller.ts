import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { RecordIdPipe } from '../../../use-case-support/paths/record-id.pipe.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { AmendReviewReportCommand } from './amend-review-report.handler.js';
import { AmendReviewReportRequest } from './amend-review-report.request.js';

export class AmendedReviewReportAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' }) reviewId!: string;
}

@ApiTags('reviews 信用审查')
@Controller('subjects/:id/reviews/:rid/amendments')
export class AmendReviewReportController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Amend a review report after a material change (A14) / 变更信用审查报告',
    description: 'The subject itself or the center. Only a report still valid and not revoked is amended; its validity stays as issued (decision). The amendment clears the "needs amendment" flag. 主体本人或信用信息中心；仅限有效期内的报告。',
  })
  @ApiBody({ type: AmendReviewReportRequest, examples: { afterBreach: { value: { conclusion: 'adverse-record-found', findings: ['2026-05-12 一般失信：未按承诺提交年度报告'], reason: '审查报告有效期内新增失信信息' } } } })
  @ApiCreatedResponse({ type: AmendedReviewReportAnswer })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: the subject itself or the center / 仅主体本人或信用信息中心' })
  @ApiCommandErrors('REVIEW_REPORT_NOT_ISSUED', 'REPORT_EXPIRED', 'REPORT_REVOKED')
  amend(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Param('rid', new RecordIdPipe('rid')) reviewId: string,
    @Body() body: AmendReviewReportRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new AmendReviewReportCommand({ subjectId, reviewId }, body, actor, headers));
  }
}
