import { Controller, Get, HttpException, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import { subjectStreamName } from '../../domain/subject/decider.js';
import type { SubjectEvent } from '../../domain/subject/events.js';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../event-store/event-store.port.js';
import { errorBody } from '../http/error-body.js';
import { parseInstantMs } from '../shared/clock.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../subjects/subject-decider.provider.js';
import { SubjectIdPipe } from '../subjects/subject-id.pipe.js';

const bad = (field: string, rule: string, message: string) =>
  new HttpException(errorBody(400, 'VALIDATION_FAILED', `${field}: ${message}`, { field, rule }), 400);

function wholeNumber(field: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,15}$/.test(raw) || Number(raw) > max) throw bad(field, 'INTEGER_RANGE', `must be a whole number up to ${max}`);
  return Number(raw);
}

const SUBJECT = '91320583722291823U';
const ID_PARAM = { name: 'id', description: 'subject id: USCC or pseudonymous id / 主体标识', example: SUBJECT };
const ID_RULE = 'id: SUBJECT_ID';
const NOT_REGISTERED = 'SUBJECT_NOT_REGISTERED: no events for this subject / 主体不存在';
const ENTRY_EXAMPLE = {
  revision: 0, position: 41, eventId: '0195f3a2-0000-7000-8000-00000000000a', type: 'SubjectRegistered', schemaVersion: 1,
  data: { subjectId: SUBJECT, kind: 'organisation', uscc: SUBJECT, name: '昆山示例精密机械有限公司', registeredAt: '2026-01-05T09:00:00.000+08:00' },
  who: { kind: 'department', id: 'officer-7', department: 'ks-drc' }, when: '2026-01-05T09:00:00.120+08:00',
  why: { command: 'RegisterSubject', commandId: '0195f3a2-0000-7000-8000-00000000000b', correlationId: '0195f3a2-0000-7000-8000-00000000000b', causationId: null },
};
const VERIFY_EXAMPLE = { ok: true, checkedEvents: 12, checkedStreams: 1, firstBroken: null };

/** who, when and why of one stored event, for the auditor. */
function historyEntry(event: StoredEvent) {
  const { metadata } = event;
  return {
    revision: event.revision, position: event.position, eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data,
    who: metadata.actor, when: metadata.recordedAt,
    why: { command: metadata.commandType ?? null, commandId: metadata.commandId, correlationId: metadata.correlationId, causationId: metadata.causationId },
  };
}

/** The auditor's view of the log itself: history, time-travel by folding the stream, hash-chain checks. */
@ApiTags('audit 审计')
@Controller()
export class AuditController {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore, @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider) {}

  /** 404 for a stream that does not exist, whatever revision or instant was asked (reads one event only). */
  private async requireSubject(subjectId: string): Promise<void> {
    const [first] = await this.events.readStream(subjectStreamName(subjectId), { toRevision: 0 });
    if (!first) throw new HttpException(errorBody(404, 'SUBJECT_NOT_REGISTERED', `subject ${subjectId} is not registered`, { subjectId }), 404);
  }

  @Get('subjects/:id/history')
  @ApiOperation({ summary: 'Every event of a subject with who, when and why, paginated / 主体全部事件' })
  @ApiQuery({ name: 'fromRevision', required: false, example: 0, description: 'first revision (default 0) / 起始版本' })
  @ApiQuery({ name: 'limit', required: false, example: 100, description: 'page size 1–1000 (default 100) / 每页条数' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ description: '{ subjectId, items: [{revision, position, type, data, who, when, why}], nextRevision } / 事件历史（分页）', schema: { example: { subjectId: SUBJECT, items: [ENTRY_EXAMPLE], nextRevision: 1 } } })
  @ApiQueryErrors({ invalid: `${ID_RULE}; fromRevision, limit: INTEGER_RANGE (limit 1–1000)`, notFound: NOT_REGISTERED })
  async history(@Param('id', SubjectIdPipe) subjectId: string, @Query('fromRevision') from?: string, @Query('limit') limit?: string) {
    const fromRevision = wholeNumber('fromRevision', from, 0, Number.MAX_SAFE_INTEGER);
    const size = wholeNumber('limit', limit, 100, 1000);
    if (size === 0) throw bad('limit', 'INTEGER_RANGE', 'must be at least 1');
    await this.requireSubject(subjectId);
    const page = await this.events.readStream(subjectStreamName(subjectId), { fromRevision, toRevision: fromRevision + size });
    const items = page.slice(0, size).map(historyEntry);
    return { subjectId, items, nextRevision: page.length > size ? fromRevision + size : null };
  }

  @Get('subjects/:id/state')
  @ApiOperation({ summary: 'The subject as it stood at an instant or revision: the stream folded up to it / 时间回溯' })
  @ApiParam(ID_PARAM)
  @ApiQuery({ name: 'asOf', required: false, example: '2026-03-06T09:30:00+08:00', description: 'fold the events recorded up to this instant / 截至时刻' })
  @ApiQuery({ name: 'revision', required: false, example: 3, description: 'fold the events up to this revision; not with asOf / 截至版本' })
  @ApiOkResponse({ description: 'the state folded from the log up to asOf or revision (the latest without either) / 回溯状态', schema: { example: { subjectId: SUBJECT, asOf: '2026-03-06T09:30:00+08:00', revision: 3, position: 130, recordedAt: '2026-03-02T10:00:00.000+08:00', state: { registered: true, kind: 'organisation', breaches: {} } } } })
  @ApiQueryErrors({ invalid: `${ID_RULE}; asOf: INSTANT; revision: INTEGER_RANGE; asOf with revision: ONE_OF`, notFound: NOT_REGISTERED })
  async state(@Param('id', SubjectIdPipe) subjectId: string, @Query('asOf') rawAsOf?: string, @Query('revision') revision?: string) {
    // An unencoded "+08:00" arrives as " 08:00" in a query string: read it as the offset it was.
    const asOf = rawAsOf?.replace(/ (\d{2}:?\d{2})$/, '+$1');
    if (asOf !== undefined && revision !== undefined) throw bad('asOf', 'ONE_OF', 'give asOf or revision, not both');
    if (asOf !== undefined && parseInstantMs(asOf) === null) throw bad('asOf', 'INSTANT', 'must be an ISO-8601 instant with an offset, e.g. 2026-03-06T09:30:00+08:00 (URL-encode "+" as %2B)');
    const toRevision = revision === undefined ? undefined : wholeNumber('revision', revision, 0, Number.MAX_SAFE_INTEGER);
    await this.requireSubject(subjectId);
    const events = await this.events.readStream(subjectStreamName(subjectId), { ...(asOf ? { asOf } : {}), ...(toRevision !== undefined ? { toRevision } : {}) });
    let state = this.decider.initialState;
    for (const event of events) state = this.decider.evolve(state, { type: event.type, data: event.data } as unknown as SubjectEvent);
    const last = events.at(-1);
    return { subjectId, asOf: asOf ?? null, revision: last?.revision ?? -1, position: last?.position ?? null, recordedAt: last?.metadata.recordedAt ?? null, state };
  }

  @Get('subjects/:id/verify')
  @ApiOperation({ summary: 'Hash-chain check of one subject stream / 校验主体事件链' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ description: 'whether every hash links to the one before / 校验结果', schema: { example: VERIFY_EXAMPLE } })
  @ApiQueryErrors({ invalid: ID_RULE, notFound: NOT_REGISTERED })
  async verifySubject(@Param('id', SubjectIdPipe) subjectId: string) {
    await this.requireSubject(subjectId);
    return this.events.verify(subjectStreamName(subjectId));
  }

  @Get('audit/verify')
  @ApiOperation({ summary: 'Hash-chain check of the whole log / 校验全部日志' })
  @ApiOkResponse({ description: 'whether every hash links to the one before / 校验结果', schema: { example: { ...VERIFY_EXAMPLE, checkedEvents: 4210, checkedStreams: 310 } } })
  @ApiQueryErrors()
  async verifyAll() {
    return this.events.verify();
  }
}
