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
import { IssueReviewReportCommand } from './issue-review-report.handler.js';
import { IssueReviewReportRequest } from './issue-review-report.request.js';

export class IssuedReviewReportAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' }) reviewId!: string;
  @ApiProperty({ example: '2027-03-06', description: 'A14: last valid day (one year) / 有效期至' }) validThrough!: string;
  @ApiProperty({ description: 'A11: issued after the 5-working-day deadline / 超期出具' }) late!: boolean;
}

@ApiTags('reviews 信用审查')
@Controller('subjects/:id/reviews/:rid/report')
export class IssueReviewReportController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Issue the review report (A10, A14) / 出具信用审查报告',
    description: 'The credit information center only. One report per review; valid one year (A14); a report after the A11 deadline is accepted and marked late. 仅市公共信用信息中心；有效期一年。',
  })
  @ApiBody({ type: IssueReviewReportRequest, examples: { clean: { value: { conclusion: 'no-adverse-record', findings: ['未发现失信被执行人记录'] } } } })
  @ApiCreatedResponse({ type: IssuedReviewReportAnswer })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: the center only / 仅信用信息中心' })
  @ApiCommandErrors('REVIEW_ALREADY_COMPLETED')
  issue(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Param('rid', new RecordIdPipe('rid')) reviewId: string,
    @Body() body: IssueReviewReportRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new IssueReviewReportCommand({ subjectId, reviewId }, body, actor, headers));
  }
}
