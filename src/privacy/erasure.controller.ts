import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../http/acting-user.js';
import { CommandAnswer } from '../http/command-answer.js';
import { AnswersCommand } from '../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../http/command-headers.js';
import { ApiCommandErrors, ERROR_SCHEMA } from '../http/openapi.js';
import type { AppendResult } from '../event-store/event-store.port.js';
import { SubjectIdPipe } from '../use-case-support/paths/subject-id.pipe.js';
import { ErasureRequest } from './erasure.request.js';
import { PersonalDataAccess } from './personal-data-access.js';

/** A28: the credit office erases a person's personal fields on a lawful request; the log stays intact. */
@ApiTags('privacy 个人信息保护')
@Controller('subjects')
export class ErasureController {
  constructor(@Inject(PersonalDataAccess) private readonly access: PersonalDataAccess) {}

  @AnswersCommand()
  @Post(':id/erasure')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Erase a person\'s personal data on a lawful request (A28) / 依法删除个人信息',
    description: 'Credit office only. The name, identity number and birth date are erased from the personal-data store; the erasure (basis, who, when) is appended to the access log. History, state and verification keep working; every view shows the person as erased (已删除). 仅市信用办。',
  })
  @ApiParam({ name: 'id', description: 'the person\'s pseudonymous subject id / 自然人主体标识', example: 'P3F2A9C0D4E5B6A7980C1D2E3F4A5B6C7' })
  @ApiBody({ type: ErasureRequest, examples: { lawful: { value: { basisDocument: '昆信用办函〔2026〕5号 关于删除个人信息的决定' } } } })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the acting user is not the credit office / 非市信用办' })
  @ApiNotFoundResponse({ description: 'PERSONAL_DATA_NOT_FOUND: no personal data held (an organisation, or not registered) / 无个人信息', schema: ERROR_SCHEMA })
  @ApiCommandErrors('PERSONAL_DATA_ERASED (already erased)')
  async erase(@Param('id', SubjectIdPipe) subjectId: string, @Body() body: ErasureRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders): Promise<AppendResult> {
    return this.access.erase(subjectId, actor, body.basisDocument, headers);
  }
}
