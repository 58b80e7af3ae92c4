import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { accessStreamName } from '../../domain/access/decider.js';
import { subjectStreamName } from '../../domain/subject/decider.js';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../event-store/event-store.port.js';
import { wholeNumberParam } from '../http/query-params.js';
import { UnknownSubjectError } from '../http/not-found.errors.js';
import { ApiQueryErrors } from '../http/openapi.js';
import { SubjectIdPipe } from '../use-case-support/paths/subject-id.pipe.js';

const PERSON = 'P3F2A9C0D4E5B6A7980C1D2E3F4A5B6C7';
const EXAMPLE = {
  subjectId: PERSON,
  items: [
    { revision: 0, position: 512, type: 'PersonalDataAccessed', at: '2026-03-06T09:30:00.120+08:00', who: { kind: 'department', id: 'officer-7', department: 'ks-drc' }, purpose: '行政许可审查 昆发改许〔2026〕3号', fields: ['fullName', 'identityNumber', 'birthDate'], basisDocument: null },
    { revision: 1, position: 530, type: 'PersonalDataErased', at: '2026-03-09T10:00:00.000+08:00', who: { kind: 'credit-office', id: 'supervisor-1', department: null }, purpose: null, fields: null, basisDocument: '昆信用办函〔2026〕5号' },
  ],
  nextRevision: null,
};

/** One entry of the access log: who read or erased, when, why. Who comes from the verified token recorded in the metadata. */
function entry(event: StoredEvent) {
  const data = event.data as Record<string, unknown>;
  return {
    revision: event.revision, position: event.position, type: event.type, at: event.metadata.recordedAt, who: event.metadata.actor,
    purpose: (data.purpose as string | undefined) ?? null, fields: (data.fields as string[] | undefined) ?? null, basisDocument: (data.basisDocument as string | undefined) ?? null,
  };
}

/** A28: who read a person's unmasked data, and its erasure: for the person itself, auditors and the credit office. */
@ApiTags('privacy 个人信息保护')
@Controller('subjects')
export class AccessLogController {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  @Get(':id/access-log')
  @ApiOperation({ summary: 'Who read the subject\'s personal data, and its erasure (A28) / 个人信息访问日志', description: 'The subject itself, auditors and the credit office. 主体本人、审计、市信用办。' })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: PERSON })
  @ApiQuery({ name: 'fromRevision', required: false, example: 0, description: 'first revision (default 0) / 起始版本' })
  @ApiQuery({ name: 'limit', required: false, example: 100, description: 'page size 1–1000 (default 100) / 每页条数' })
  @ApiOkResponse({ description: '{ subjectId, items: [{revision, position, type, at, who, purpose, fields, basisDocument}], nextRevision } / 访问记录（分页）', schema: { example: EXAMPLE } })
  @ApiQueryErrors({
    invalid: 'id: SUBJECT_ID; fromRevision, limit: INTEGER_RANGE (limit 1–1000)',
    forbidden: 'the subject itself, auditors and the credit office / 仅主体本人、审计、市信用办',
    notFound: 'SUBJECT_NOT_REGISTERED: no such subject / 主体不存在',
  })
  async list(@Param('id', SubjectIdPipe) subjectId: string, @Query('fromRevision') from?: string, @Query('limit') limit?: string) {
    const fromRevision = wholeNumberParam('fromRevision', from, { fallback: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
    const size = wholeNumberParam('limit', limit, { fallback: 100, min: 1, max: 1000 });
    const [registered] = await this.events.readStream(subjectStreamName(subjectId), { toRevision: 0 });
    if (!registered) throw new UnknownSubjectError(subjectId);
    const page = await this.events.readStream(accessStreamName(subjectId), { fromRevision, toRevision: fromRevision + size });
    return { subjectId, items: page.slice(0, size).map(entry), nextRevision: page.length > size ? fromRevision + size : null };
  }
}
