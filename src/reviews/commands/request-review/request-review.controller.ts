import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { RequestReviewCommand } from './request-review.handler.js';
import { RequestReviewRequest } from './request-review.request.js';

export class RequestedReviewAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', description: 'the new review / 审查编号' }) reviewId!: string;
  @ApiProperty({ example: '2025-10-10T23:59:59.999+08:00', description: 'A11: end of the 5th working day after receipt / 办结时限（5个工作日）' }) dueAt!: string;
  @ApiProperty({ example: '2025-10-10' }) dueDate!: string;
  @ApiProperty({ description: 'true when the deadline used a year without a holiday table / 无节假日表，暂按周一至周五计算' }) provisional!: boolean;
}

@ApiTags('reviews 信用审查')
@Controller('subjects/:id/reviews')
export class RequestReviewController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Request a credit review (A10–A12) / 申请信用审查',
    description: 'By the subject itself (a bearer token with role subject and its own subject id) or a participating department (A13). The answer includes the due instant: 5 working days after receipt (A11). 主体本人或参与试点的部门申请；应答含办结时限。',
  })
  @ApiBody({ type: RequestReviewRequest, examples: { department: { value: { area: 'fiscal-funds-policy-loans', matter: '2026年度科技型中小企业贷款贴息申报' } }, subject: { value: { area: 'commendations-honours-titles', matter: '昆山市文明单位评选', forDepartmentId: 'ks-civil' } } } })
  @ApiCreatedResponse({ type: RequestedReviewAnswer })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: only the subject itself or a department / 仅主体本人或部门' })
  @ApiCommandErrors('REVIEW_DEPARTMENT_NOT_PARTICIPATING', 'REVIEW_DEPARTMENT_REQUIRED')
  request(@Param('id', SubjectIdPipe) subjectId: string, @Body() body: RequestReviewRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new RequestReviewCommand({ subjectId }, body, actor, headers));
  }
}
