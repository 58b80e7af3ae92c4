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
import { ForwardObjectionCommand } from './forward-objection.handler.js';
import { ForwardObjectionRequest } from './forward-objection.request.js';

@ApiTags('objections 异议')
@Controller('objections/:oid/forward')
export class ForwardObjectionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Forward an objection to the providing department (SH-SCR art. 37) / 转交异议',
    description: 'By the credit center, once, within 2 working days (later forwarding is recorded as late); the department then has 5 working days. 仅限信用中心。',
  })
  @ApiParam({ name: 'oid', description: 'objection id <subject id>.<UUIDv7> / 异议标识', example: '91320583722291823U.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b' })
  @ApiBody({ type: ForwardObjectionRequest, examples: { forward: { value: { toDepartmentId: 'ks-housing' } } } })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiCommandErrors('OBJECTION_ALREADY_FORWARDED', 'OBJECTION_ALREADY_DECIDED', 'OBJECTION_WRONG_DEPARTMENT', 'DEPARTMENT_SUCCESSION_CYCLE')
  forward(
    @Param('oid', new SubjectScopedIdPipe('oid')) objection: SubjectScopedId,
    @Body() body: ForwardObjectionRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new ForwardObjectionCommand({ objection }, body, actor, headers));
  }
}
