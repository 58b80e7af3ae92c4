import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { AgencyIdPipe } from '../../agency-id.pipe.js';
import { ExitAgencyCommand } from './exit-agency.handler.js';
import { ExitAgencyRequest } from './exit-agency.request.js';

@ApiTags('agencies 信用服务机构')
@Controller('agencies')
export class ExitAgencyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post(':aid/exit')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an agency\'s market exit (A26) / 信用服务机构市场退出', description: 'Credit office only. After exit only the agency\'s own credit records may still be added; after an exit for misconduct its earlier reports are flagged. 仅市信用办可操作。' })
  @ApiParam({ name: 'aid', description: 'agency id / 机构编号', example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' })
  @ApiBody({ type: ExitAgencyRequest, examples: { misconduct: { value: { exitedOn: '2026-03-02', reason: 'misconduct', basisDocument: '昆信办〔2026〕5号' } } } })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiCommandErrors('AGENCY_EXITED')
  exit(@Param('aid', AgencyIdPipe) agencyId: string, @Body() body: ExitAgencyRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new ExitAgencyCommand({ agencyId }, body, actor, headers));
  }
}
