import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { RecordBreachCommand } from './record-breach.handler.js';
import { RecordBreachRequest } from './record-breach.request.js';

export class RecordedBreachAnswer extends CommandAnswer {
  breachId!: string;
}

@ApiTags('breaches 失信信息')
@Controller('subjects/:id/breaches')
export class RecordBreachController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record breach information (A9) / 记录失信信息',
    description: 'By the deciding department (its id from the request context): class, deciding document, decision date and disclosure period within the class bounds. Whether the subject was a minor on the decision date (A28) is looked up by the server. 由作出认定的部门提交。',
  })
  @ApiParam({ name: 'id', description: 'subject id: USCC or pseudonymous id / 主体标识', example: '91320583722291823U' })
  @ApiBody({
    type: RecordBreachRequest,
    examples: {
      general: { value: { breachClass: 'general', basisDocument: '昆住建罚〔2026〕12号', decisionDate: '2026-02-10', disclosureMonths: 6, summary: '未按承诺期限补齐施工许可材料' } },
      minorUndisclosed: { summary: 'a minor breach left undisclosed', value: { breachClass: 'minor', basisDocument: '昆市监告〔2026〕3号', decisionDate: '2026-01-15', disclosureMonths: 0, summary: '年报逾期提交' } },
    },
  })
  @ApiCreatedResponse({ type: RecordedBreachAnswer })
  @ApiCommandErrors('DISCLOSURE_PERIOD_OUT_OF_BOUNDS', 'RECORD_ID_ALREADY_USED')
  record(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Body() body: RecordBreachRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new RecordBreachCommand({ subjectId }, body, actor, headers));
  }
}
