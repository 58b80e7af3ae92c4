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
import { DecideRepairCommand } from './decide-repair.handler.js';
import { DecideRepairRequest } from './decide-repair.request.js';

@ApiTags('repairs 信用修复')
@Controller('repairs/:rpid/decision')
export class DecideRepairController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve or refuse a repair (NDRC 令第36号) / 信用修复决定',
    description: 'By the department that recorded the breach (or its successor). Approval ends the public disclosure; a refusal gives reasons. 由认定部门（或其承继部门）作出。',
  })
  @ApiParam({ name: 'rpid', description: 'repair id <subject id>.<UUIDv7> / 修复申请标识', example: '91320583722291823U.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b' })
  @ApiBody({ type: DecideRepairRequest, examples: { approved: { value: { outcome: 'approved' } }, refused: { value: { outcome: 'refused', reasons: '履行证明不完整' } } } })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiCommandErrors('REPAIR_ALREADY_DECIDED', 'REPAIR_WRONG_DEPARTMENT', 'DEPARTMENT_SUCCESSION_CYCLE')
  decide(
    @Param('rpid', new SubjectScopedIdPipe('rpid')) repair: SubjectScopedId,
    @Body() body: DecideRepairRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new DecideRepairCommand({ repair }, body, actor, headers));
  }
}
