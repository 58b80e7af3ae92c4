import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { FileAgencyCommand } from './file-agency.handler.js';
import { FileAgencyRequest } from './file-agency.request.js';

export class FiledAgencyAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', description: 'the agency id given by the server; use it in /agencies/{aid} / 机构编号' })
  agencyId!: string;
}

@ApiTags('agencies 信用服务机构')
@Controller('agencies')
export class FileAgencyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'File a credit service agency (A15, A20) / 信用服务机构备案', description: 'Credit office only. Only a filing with a credit management body at city level or above counts (A15); reports count only while the filing is in force (A20). 仅市信用办可操作。' })
  @ApiBody({ type: FileAgencyRequest, examples: { province: { value: { name: '苏州示例信用评估有限公司', uscc: '91320583796541485R', filingAuthority: '江苏省社会信用体系建设领导小组办公室', level: 'province', filingNumber: '苏信备〔2024〕017号', filedOn: '2024-01-15' } } } })
  @ApiCreatedResponse({ type: FiledAgencyAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiCommandErrors('AGENCY_FILING_LEVEL_TOO_LOW')
  file(@Body() body: FileAgencyRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new FileAgencyCommand({}, body, actor, headers));
  }
}
