import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Acting, type ActingUser } from '../http/acting-user.js';
import { ApiQueryErrors, ERROR_SCHEMA } from '../http/openapi.js';
import { SubjectIdPipe } from '../use-case-support/paths/subject-id.pipe.js';
import { PersonalDataAccess } from './personal-data-access.js';
import { purposeOf } from './purpose.js';

const PERSON = 'P3F2A9C0D4E5B6A7980C1D2E3F4A5B6C7';
const EXAMPLE = {
  subjectId: PERSON, fullName: '张三', identityNumber: '11010519491231002X', birthDate: '1949-12-31', recordedAt: '2026-01-05T09:00:00.000+08:00',
  access: { stream: `access-${PERSON}`, revision: 0, position: 512, purpose: '行政许可审查 昆发改许〔2026〕3号' },
};

/** A28: a natural person's unmasked personal data, for the government roles whose work needs it; every read is logged. */
@ApiTags('privacy 个人信息保护')
@Controller('subjects')
export class PersonalDataController {
  constructor(@Inject(PersonalDataAccess) private readonly access: PersonalDataAccess) {}

  @Get(':id/personal-data')
  @ApiOperation({
    summary: 'A person\'s unmasked personal data, access-logged (A28) / 自然人个人信息（留痕查询）',
    description: 'Departments (token naming a department) only for a person of whom they hold a record (a commitment, breach, review, report use, objection or repair involving the department), the credit center and the credit office. The purpose is required; the read is recorded in the person\'s access log before it is answered. 部门（仅限本部门有记录的主体）、信用信息中心、市信用办；须说明用途，每次查询记入访问日志。',
  })
  @ApiParam({ name: 'id', description: 'the person\'s pseudonymous subject id / 自然人主体标识', example: PERSON })
  @ApiHeader({ name: 'X-Purpose', required: false, description: 'purpose or matter of the read, 2–200 characters, percent-encoded UTF-8 (or the purpose query parameter) / 查询用途' })
  @ApiQuery({ name: 'purpose', required: false, description: 'purpose or matter, when the X-Purpose header is not sent / 查询用途' })
  @ApiOkResponse({ description: 'the personal fields in clear, and where the access was logged / 个人信息及访问记录位置', schema: { example: EXAMPLE } })
  @ApiQueryErrors({
    invalid: 'id: SUBJECT_ID; purpose: PURPOSE_REQUIRED, TEXT_2_200',
    forbidden: 'departments (own department, and only for a person the department holds a record of, A28), the center and the credit office only / 仅本部门有记录的部门、信用信息中心或市信用办',
    notFound: 'PERSONAL_DATA_NOT_FOUND: no personal data held (an organisation, or not registered) / 无个人信息',
  })
  @ApiResponse({ status: 410, description: 'PERSONAL_DATA_ERASED: erased on a lawful request (A28) / 个人信息已依法删除', schema: ERROR_SCHEMA })
  async read(@Param('id', SubjectIdPipe) subjectId: string, @Acting() actor: ActingUser, @Req() request: Request) {
    const purpose = purposeOf(request);
    const { record, access } = await this.access.read(subjectId, actor, purpose);
    const event = access.events[0];
    return {
      subjectId, fullName: record.fullName, identityNumber: record.identityNumber, birthDate: record.birthDate, recordedAt: record.recordedAt,
      access: { stream: access.stream, revision: access.revision, position: access.position, purpose: event?.data.purpose ?? purpose },
    };
  }
}
