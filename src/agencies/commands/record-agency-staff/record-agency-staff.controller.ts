import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { AgencyIdPipe } from '../../agency-id.pipe.js';
import { RecordAgencyStaffCommand } from './record-agency-staff.handler.js';
import { RecordAgencyStaffRequest } from './record-agency-staff.request.js';

@ApiTags('agencies 信用服务机构')
@Controller('agencies')
export class RecordAgencyStaffController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post(':aid/staff')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a staff member joining or leaving an agency (A26) / 记录从业人员变动', description: 'Credit office only. Staff are recorded under a pseudonymous id; a name or identity number is refused (A28). 仅市信用办可操作。' })
  @ApiParam({ name: 'aid', description: 'agency id / 机构编号', example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' })
  @ApiBody({ type: RecordAgencyStaffRequest, examples: { joined: { value: { staffId: 'staff-2024-0042', role: '信用分析师', change: 'joined', on: '2024-02-01' } } } })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiCommandErrors('AGENCY_STAFF_ALREADY_JOINED', 'AGENCY_STAFF_NOT_MEMBER', 'AGENCY_EXITED')
  record(@Param('aid', AgencyIdPipe) agencyId: string, @Body() body: RecordAgencyStaffRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new RecordAgencyStaffCommand({ agencyId }, body, actor, headers));
  }
}
