import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import type { SubjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import { SubjectScopedIdPipe } from '../../../use-case-support/paths/subject-scoped-id.pipe.js';
import { DecideObjectionCommand } from './decide-objection.handler.js';
import { DecideObjectionRequest } from './decide-objection.request.js';

@ApiTags('objections 异议')
@Controller('objections/:oid/decision')
export class DecideObjectionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide an objection: corrected / rejected / unresolved (SH-SCR arts. 36–38) / 异议处理决定',
    description: 'By the credit center, or by the department it forwarded the objection to. Corrected writes a correcting event (the original record stays); rejected and unresolved need reasons. 由信用中心或被转交部门作出。',
  })
  @ApiParam({ name: 'oid', description: 'objection id <subject id>.<UUIDv7> / 异议标识', example: '91320583722291823U.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b' })
  @ApiBody({
    type: DecideObjectionRequest,
    examples: {
      corrected: { value: { outcome: 'corrected', correction: { disclosureMonths: 3 } } },
      revoked: { value: { outcome: 'corrected', revokesRecord: true, reasons: '处罚决定已被撤销' } },
      rejected: { value: { outcome: 'rejected', reasons: '经核实，记录准确' } },
    },
  })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiCommandErrors('OBJECTION_ALREADY_DECIDED', 'OBJECTION_WRONG_DECIDER', 'CORRECTION_FIELD_NOT_CORRECTABLE', 'DISCLOSURE_PERIOD_OUT_OF_BOUNDS')
  decide(
    @Param('oid', new SubjectScopedIdPipe('oid')) objection: SubjectScopedId,
    @Body() body: DecideObjectionRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new DecideObjectionCommand({ objection }, body, actor, headers));
  }
}
