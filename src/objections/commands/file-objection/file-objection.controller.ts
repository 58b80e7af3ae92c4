import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { SubjectIdPipe } from '../../../use-case-support/paths/subject-id.pipe.js';
import { FileObjectionCommand } from './file-objection.handler.js';
import { FileObjectionRequest } from './file-objection.request.js';

export class FiledObjectionAnswer extends CommandAnswer {
  @ApiProperty({ example: '91320583722291823U.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', description: '<subject id>.<UUIDv7>, for /objections/{oid}/… / 异议标识' })
  objectionId!: string;
}

@ApiTags('objections 异议')
@Controller('subjects/:id/objections')
export class FileObjectionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Object to a record (SH-SCR arts. 36–38) / 提出异议',
    description: 'By the subject itself. The record is marked under objection at once; the center decides within 5 working days or forwards within 2. 仅限主体本人提出。',
  })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: '91320583722291823U' })
  @ApiBody({ type: FileObjectionRequest, examples: { breach: { value: { target: { kind: 'breach', id: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b' }, reason: '处罚决定已被行政复议撤销' } } } })
  @ApiCreatedResponse({ type: FiledObjectionAnswer })
  @ApiCommandErrors('OBJECTION_ALREADY_OPEN', 'OBJECTION_TARGET_NOT_FOUND')
  file(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Body() body: FileObjectionRequest,
    @Acting() actor: ActingUser,
    @CommandOptions() headers: CommandHeaders,
  ) {
    return this.bus.execute(new FileObjectionCommand({ subjectId }, body, actor, headers));
  }
}
