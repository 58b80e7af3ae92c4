import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { ApplyForRepairCommand } from './apply-for-repair.handler.js';
import { ApplyForRepairRequest } from './apply-for-repair.request.js';
import { ALL_PLEDGES } from '../../../../domain/subject/values.js';

export class AppliedForRepairAnswer extends CommandAnswer {
  @ApiProperty({ example: '91320583722291823U.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', description: '<subject id>.<UUIDv7>, for /repairs/{rpid}/decision / 修复申请标识' })
  repairId!: string;

  @ApiProperty({ example: '0195f3a2-7c1f-7b3d-9a41-2c5e8f0d1a6c', description: 'the repair commitment made with the application / 修复承诺标识' })
  repairCommitmentId!: string;
}

@ApiTags('repairs 信用修复')
@Controller('subjects/:id/repairs')
export class ApplyForRepairController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Apply for credit repair of a breach (NDRC 令第36号) / 申请信用修复',
    description: 'By the subject itself, after the minimum disclosure period of the breach class, to the department that recorded it, with proof of fulfilment and a repair commitment. 仅限主体本人申请。',
  })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: '91320583722291823U' })
  @ApiBody({
    type: ApplyForRepairRequest,
    examples: {
      repair: {
        value: {
          breachId: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', proofOfFulfilment: '罚款已于2026-04-01缴清，缴款凭证编号 KS20260401-118',
          repairCommitment: { matter: '信用修复承诺', pledges: ALL_PLEDGES, consentToPublication: true },
        },
      },
    },
  })
  @ApiCreatedResponse({ type: AppliedForRepairAnswer })
  @ApiCommandErrors('REPAIR_TOO_EARLY', 'REPAIR_ALREADY_PENDING', 'BREACH_ALREADY_REPAIRED', 'BREACH_REVOKED', 'COMMITMENT_PLEDGES_INCOMPLETE')
  apply(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Body() body: ApplyForRepairRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new ApplyForRepairCommand({ subjectId }, body, actor, headers));
  }
}
