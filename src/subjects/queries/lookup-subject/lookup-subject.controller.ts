import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../../../http/openapi.js';
import { checkResidentId } from '../../../../domain/rules/identifiers/resident-id.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { EVENT_STORE, type EventStore } from '../../../event-store/event-store.port.js';
import { UnknownSubjectError } from '../../../http/not-found.errors.js';
import { PSEUDONYMIZER, type Pseudonymizer } from '../../../personal-data/pseudonymizer.js';
import { LookupSubjectRequest } from './lookup-subject.request.js';

/** Departments, the center, the credit office and auditors find a person's pseudonymous subject id by identity number (A28). */
@ApiTags('subjects 信用主体')
@Controller('subjects')
export class LookupSubjectController {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore, @Inject(PSEUDONYMIZER) private readonly pseudonyms: Pseudonymizer) {}

  @Post('lookup')
  @HttpCode(200)
  @ApiOperation({ summary: "Find a person's subject id by identity number (in the body) / 按身份号码查询主体标识" })
  @ApiBody({ type: LookupSubjectRequest, examples: { person: { value: { identityNumber: '11010519491231002X' } } } })
  @ApiOkResponse({ description: 'the pseudonymous subject id / 主体标识', schema: { example: { subjectId: 'P3F2A9C0D4E5B6A7980C1D2E3F4A5B6C7' } } })
  @ApiQueryErrors({
    invalid: 'identityNumber: isString, isLength 18, RESIDENT_ID_LENGTH, RESIDENT_ID_CHARSET, RESIDENT_ID_BIRTH_DATE, RESIDENT_ID_CHECK_DIGIT; MALFORMED_JSON, PAYLOAD_TOO_LARGE (MAX_BODY_BYTES)',
    forbidden: 'departments, the center, the credit office and auditors only / 仅部门、信用信息中心、市信用办或审计人员',
    notFound: 'SUBJECT_NOT_REGISTERED: no person with this identity number is registered / 该身份号码未登记',
  })
  async lookup(@Body() body: LookupSubjectRequest) {
    const { id } = checkResidentId(body.identityNumber, 'identityNumber');
    const subjectId = this.pseudonyms.subjectIdFor(id);
    const [first] = await this.events.readStream(subjectStreamName(subjectId), { toRevision: 0 });
    if (!first) throw new UnknownSubjectError(null, 'no person with this identity number is registered');
    return { subjectId };
  }
}
