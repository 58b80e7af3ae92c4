import { Controller, Get, HttpException, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
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

  private async existing(subjectId: string, options: Parameters<EventStore['readStream']>[1] = {}): Promise<StoredEvent[]> {
    const events = await this.events.readStream(subjectStreamName(subjectId), options);
    if (events.length === 0 && options.asOf === undefined && (options.fromRevision ?? 0) === 0)
      throw new HttpException(errorBody(404, 'SUBJECT_NOT_REGISTERED', `subject ${subjectId} is not registered`, { subjectId }), 404);
    return events;
  }

  @Get('subjects/:id/history')
  @ApiOperation({ summary: 'Every event of a subject with who, when and why, paginated / 主体全部事件' })
  @ApiQuery({ name: 'fromRevision', required: false, example: 0 })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiOkResponse({ description: '{ subjectId, items: [{revision, position, type, data, who, when, why}], nextRevision }' })
  async history(@Param('id', SubjectIdPipe) subjectId: string, @Query('fromRevision') from?: string, @Query('limit') limit?: string) {
    const fromRevision = wholeNumber('fromRevision', from, 0, Number.MAX_SAFE_INTEGER);
    const size = wholeNumber('limit', limit, 100, 1000);
    if (size === 0) throw bad('limit', 'INTEGER_RANGE', 'must be at least 1');
    if (fromRevision === 0) await this.existing(subjectId);
    const page = await this.events.readStream(subjectStreamName(subjectId), { fromRevision, toRevision: fromRevision + size });
    const items = page.slice(0, size).map(historyEntry);
    return { subjectId, items, nextRevision: page.length > size ? fromRevision + size : null };
  }

  @Get('subjects/:id/state')
  @ApiOperation({ summary: 'The subject as it stood at an instant or revision: the stream folded up to it / 时间回溯' })
  @ApiQuery({ name: 'asOf', required: false, example: '2026-03-06T09:30:00+08:00' })
  @ApiQuery({ name: 'revision', required: false, example: 3 })
  async state(@Param('id', SubjectIdPipe) subjectId: string, @Query('asOf') asOf?: string, @Query('revision') revision?: string) {
    if (asOf !== undefined && revision !== undefined) throw bad('asOf', 'ONE_OF', 'give asOf or revision, not both');
    if (asOf !== undefined && parseInstantMs(asOf) === null) throw bad('asOf', 'INSTANT', 'must be an ISO-8601 instant with an offset, e.g. 2026-03-06T09:30:00+08:00');
    const toRevision = revision === undefined ? undefined : wholeNumber('revision', revision, 0, Number.MAX_SAFE_INTEGER);
    await this.existing(subjectId);
    const events = await this.events.readStream(subjectStreamName(subjectId), { ...(asOf ? { asOf } : {}), ...(toRevision !== undefined ? { toRevision } : {}) });
    let state = this.decider.initialState;
    for (const event of events) state = this.decider.evolve(state, { type: event.type, data: event.data } as unknown as SubjectEvent);
    const last = events.at(-1);
    return { subjectId, asOf: asOf ?? null, revision: last?.revision ?? -1, position: last?.position ?? null, recordedAt: last?.metadata.recordedAt ?? null, state };
  }

  @Get('subjects/:id/verify')
  @ApiOperation({ summary: 'Hash-chain check of one subject stream / 校验主体事件链' })
  async verifySubject(@Param('id', SubjectIdPipe) subjectId: string) {
    await this.existing(subjectId);
    return this.events.verify(subjectStreamName(subjectId));
  }

  @Get('audit/verify')
  @ApiOperation({ summary: 'Hash-chain check of the whole log / 校验全部日志' })
  async verifyAll() {
    return this.events.verify();
  }
}
