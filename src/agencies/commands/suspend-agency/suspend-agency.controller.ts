import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { AgencyIdPipe } from '../../agency-id.pipe.js';
import { SuspendAgencyCommand } from './suspend-agency.handler.js';
import { SuspendAgencyRequest } from './suspend-agency.request.js';

@ApiTags('agencies 信用服务机构')
@Controller('agencies')
export class SuspendAgencyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post(':aid/suspension')
  @HttpCode(201)
  @ApiOperation({ summary: 'Suspend an agency, or lift its suspension (A26) / 暂停或恢复信用服务机构备案效力', description: 'Credit office only. Reports the agency issues while suspended do not count (A20). Suspensions do not overlap. 仅市信用办可操作。' })
  @ApiParam({ name: 'aid', description: 'agency id / 机构编号', example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' })
  @ApiBody({ type: SuspendAgencyRequest, examples: {
    suspend: { value: { action: 'suspend', from: '2026-03-09', until: '2026-06-08', reason: '报告出具不符合行业标准，责令整改', basisDocument: '昆信办〔2026〕3号' } },
    lift: { value: { action: 'lift', on: '2026-04-01', basisDocument: '昆信办〔2026〕9号' } },
  } })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiCommandErrors('AGENCY_ALREADY_SUSPENDED', 'AGENCY_NOT_SUSPENDED', 'AGENCY_EXITED')
  suspend(@Param('aid', AgencyIdPipe) agencyId: string, @Body() body: SuspendAgencyRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new SuspendAgencyCommand({ agencyId }, body, actor, headers));
  }
}
