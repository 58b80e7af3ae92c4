import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { CommitmentIdPipe } from '../../commitment-id.pipe.js';
import { RecordCommitmentCheckCommand } from './record-commitment-check.handler.js';
import { RecordCommitmentCheckRequest } from './record-commitment-check.request.js';

export class RecordedCommitmentCheckAnswer extends CommandAnswer {
  @ApiProperty({ type: String, nullable: true, description: 'the breach recorded with a breached check (A9); null when kept / 违诺记录标识' })
  breachId!: string | null;
}

@ApiTags('commitments 信用承诺')
@Controller('subjects/:id/commitments/:cid/checks')
export class RecordCommitmentCheckController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the follow-up check of a commitment (A8–A9) / 记录承诺核查结果',
    description: 'By the department holding the commitment or its successor. A breached check carries the breach information (A9), recorded in the same decision. 由承诺对象部门（或其承继部门）提交。',
  })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: '91320583722291823U' })
  @ApiParam({ name: 'cid', description: 'commitment id / 承诺标识', example: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b' })
  @ApiBody({
    type: RecordCommitmentCheckRequest,
    examples: {
      kept: { value: { outcome: 'kept', checkedOn: '2026-03-02' } },
      breached: {
        value: {
          outcome: 'breached', checkedOn: '2026-03-02',
          breach: { breachClass: 'general', basisDocument: '昆住建罚〔2026〕12号', decisionDate: '2026-03-02', disclosureMonths: 6, summary: '未按承诺期限补齐施工许可材料' },
        },
      },
    },
  })
  @ApiCreatedResponse({ type: RecordedCommitmentCheckAnswer })
  @ApiCommandErrors('COMMITMENT_ALREADY_CHECKED', 'COMMITMENT_WRONG_DEPARTMENT', 'DISCLOSURE_PERIOD_OUT_OF_BOUNDS', 'DEPARTMENT_SUCCESSION_CYCLE')
  check(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Param('cid', CommitmentIdPipe) commitmentId: string,
    @Body() body: RecordCommitmentCheckRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new RecordCommitmentCheckCommand({ subjectId, commitmentId }, body, actor, headers));
  }
}
