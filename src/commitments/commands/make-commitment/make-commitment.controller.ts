import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { MakeCommitmentCommand } from './make-commitment.handler.js';
import { MakeCommitmentRequest } from './make-commitment.request.js';
import { ALL_PLEDGES } from '../../../../domain/subject/values.js';

export class MadeCommitmentAnswer extends CommandAnswer {
  commitmentId!: string;
}

@ApiTags('commitments 信用承诺')
@Controller('subjects/:id/commitments')
export class MakeCommitmentController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Make a credit commitment (A6–A7) / 作出信用承诺',
    description: 'By the subject itself (naming the department) or recorded by a department (its own id from the request context). Every pledge of A6 (a)–(c) and A8 must be given. 主体本人或部门提交。',
  })
  @ApiParam({ name: 'id', description: 'subject id: USCC or pseudonymous id / 主体标识', example: '91320583722291823U' })
  @ApiBody({
    type: MakeCommitmentRequest,
    examples: {
      byDepartment: { summary: 'a department takes a commitment', value: { kind: 'approval-replacing', matter: '建设工程施工许可告知承诺', pledges: ALL_PLEDGES, consentToPublication: true, followUpCheckOn: '2026-06-30' } },
      bySubject: { summary: 'the subject commits to a department', value: { kind: 'voluntary-public', departmentId: 'ks-housing', matter: '主动公示信用承诺', pledges: ALL_PLEDGES, consentToPublication: true } },
    },
  })
  @ApiCreatedResponse({ type: MadeCommitmentAnswer })
  @ApiCommandErrors('COMMITMENT_PLEDGES_INCOMPLETE', 'RECORD_ID_ALREADY_USED')
  make(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Body() body: MakeCommitmentRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new MakeCommitmentCommand({ subjectId }, body, actor, headers));
  }
}
