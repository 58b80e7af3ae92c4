import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { RegisterSubjectCommand } from './register-subject.handler.js';
import { RegisterSubjectRequest } from './register-subject.request.js';

export class RegisteredSubjectAnswer extends CommandAnswer {
  subjectId!: string;
}

@ApiTags('subjects 信用主体')
@Controller('subjects')
export class RegisterSubjectController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a credit subject (A4) / 登记信用主体', description: 'An organisation by USCC, or a person by identity number (returns an opaque subject id; the number is never stored in the log, A28).' })
  @ApiBody({ type: RegisterSubjectRequest, examples: { organisation: { value: { kind: 'organisation', uscc: '91320583722291823U', name: '昆山示例精密机械有限公司' } }, person: { value: { kind: 'person', identityNumber: '11010519491231002X', fullName: '张三' } } } })
  @ApiCreatedResponse({ type: RegisteredSubjectAnswer })
  @ApiCommandErrors('SUBJECT_ALREADY_REGISTERED', 'PSEUDONYM_REQUIRED')
  register(@Body() body: RegisterSubjectRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new RegisterSubjectCommand({}, body, actor, headers));
  }
}
