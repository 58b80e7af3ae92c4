import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { AgencyIdPipe } from '../../agency-id.pipe.js';
import { RecordAgencyBreachCommand } from './record-agency-breach.handler.js';
import { RecordAgencyBreachRequest } from './record-agency-breach.request.js';

export class RecordedAgencyBreachAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f', description: 'the breach id given by the server / 失信记录编号' })
  breachId!: string;
}

@ApiTags('agencies 信用服务机构')
@Controller('agencies')
export class RecordAgencyBreachController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post(':aid/breaches')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a breach by an agency or its staff (A26) / 记录信用服务机构或其从业人员失信信息', description: 'Credit office only. Accepted after a market exit too (the agency\'s credit record outlives it). A staff breach names a recorded staff member. 仅市信用办可操作。' })
  @ApiParam({ name: 'aid', description: 'agency id / 机构编号', example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' })
  @ApiBody({ type: RecordAgencyBreachRequest, examples: {
    agency: { value: { breachClass: 'general', basisDocument: '昆信办〔2026〕4号', decisionDate: '2026-02-27', summary: '出具的信用报告未按行业标准核实财务数据' } },
    staff: { value: { breachClass: 'minor', basisDocument: '昆信办〔2026〕6号', decisionDate: '2026-02-27', summary: '从业人员未回避利益冲突', staffId: 'staff-2024-0042' } },
  } })
  @ApiCreatedResponse({ type: RecordedAgencyBreachAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiCommandErrors('AGENCY_STAFF_NOT_MEMBER', 'AGENCY_BREACH_ALREADY_RECORDED')
  record(@Param('aid', AgencyIdPipe) agencyId: string, @Body() body: RecordAgencyBreachRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new RecordAgencyBreachCommand({ agencyId }, body, actor, headers));
  }
}
