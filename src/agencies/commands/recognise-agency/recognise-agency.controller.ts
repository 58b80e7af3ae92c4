import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { FiledAgencyAnswer } from '../file-agency/file-agency.controller.js';
import { RecogniseAgencyCommand } from './recognise-agency.handler.js';
import { RecogniseAgencyRequest } from './recognise-agency.request.js';

@ApiTags('agencies 信用服务机构')
@Controller('agencies')
export class RecogniseAgencyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post('recognitions')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record an agency\'s recognition (A15, A20) / 信用服务机构认可登记',
    description: 'Credit office only. A15 and A20 let reports come from agencies "filed or recognised" (备案或认可): a recognition by a credit management body at city level or above, with its document, makes the agency\'s reports count from the recognition date, as a filing does. 仅市信用办可操作。',
  })
  @ApiBody({ type: RecogniseAgencyRequest, examples: { city: { value: { name: '昆山示例征信服务有限公司', uscc: '91320583722291823U', recognisingAuthority: '苏州市社会信用体系建设领导小组办公室', level: 'city', recognitionDocument: '苏信办认〔2025〕2号 关于认可昆山示例征信服务有限公司的决定', recognisedOn: '2025-03-10' } } } })
  @ApiCreatedResponse({ type: FiledAgencyAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiCommandErrors('AGENCY_FILING_LEVEL_TOO_LOW')
  recognise(@Body() body: RecogniseAgencyRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new RecogniseAgencyCommand({}, body, actor, headers));
  }
}
