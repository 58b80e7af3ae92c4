import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { subjectStreamName } from '../../domain/subject/decider.js';
import type { SubjectState } from '../../domain/subject/state.js';
import { AggregateLoader } from '../commands/aggregate-loader.js';
import type { LoadedState } from '../commands/loaded-state.js';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../event-store/event-store.port.js';
import { LEDGER, type Ledger } from '../event-store/ledger/ledger.port.js';
import { UnknownSubjectError } from '../http/not-found.errors.js';
import { ApiQueryErrors } from '../http/openapi.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../use-case-support/subject-decider.provider.js';
import { SubjectIdPipe } from '../use-case-support/paths/subject-id.pipe.js';
import { articlesOf } from '../use-case-support/event-articles.js';
import { ENTRY_EXAMPLE, ID_PARAM, ID_RULE, NOT_REGISTERED, SECTION_EXAMPLE, STATE_DESCRIPTION, STATE_EXAMPLE, SUBJECT, VERIFY_EXAMPLE } from './audit-docs.js';
import { wholeNumberParam } from '../http/query-params.js';
import { parseStateQuery, type StateQuery } from './audit-params.js';
import { ByteBudget, ITEM_BYTES_BUDGET, sectionPage, STATE_SECTIONS, stateOverview } from './state-pages.js';

/** A history page stops before this many bytes of entries (at least one entry), whatever `limit` says. */
const HISTORY_BYTES_BUDGET = 768 * 1024;

/** who, when and why of one stored event, and the articles its type serves (the event catalogue), for the auditor. */
function historyEntry(event: StoredEvent, leafIndex: number | null) {
  const { metadata } = event;
  return {
    // leafIndex (issue 13): the event's leaf in the Merkle tree, to ask /ledger/proofs/inclusion for; null where no tree is kept or it has not reached the event yet.
    revision: event.revision, position: event.position, leafIndex, eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, articles: articlesOf(event.type), data: event.data,
    who: metadata.actor, when: metadata.recordedAt,
    why: { command: metadata.commandType ?? null, commandId: metadata.commandId, correlationId: metadata.correlationId, causationId: metadata.causationId },
  };
}

/** The auditor's view of the log itself: history, time-travel by folding the stream, hash-chain checks. */
@ApiTags('audit 审计')
@Controller()
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(AggregateLoader) private readonly loader: AggregateLoader,
    @Inject(LEDGER) private readonly ledger: Ledger | null,
  ) {}

  /** 404 for a stream that does not exist, whatever revision or instant was asked (reads one event only). */
  private async requireSubject(subjectId: string): Promise<void> {
    const [first] = await this.events.readStream(subjectStreamName(subjectId), { toRevision: 0 });
    if (!first) throw new UnknownSubjectError(subjectId);
  }

  @Get('subjects/:id/history')
  @ApiOperation({ summary: 'Every event of a subject with who, when and why, paginated (≤ limit events and ≤ 768 KiB per page) / 主体全部事件（分页）' })
  @ApiQuery({ name: 'fromRevision', required: false, example: 0, description: 'first revision (default 0) / 起始版本' })
  @ApiQuery({ name: 'limit', required: false, example: 100, description: 'page size 1–1000 (default 100); a page also stops before 768 KiB of entries / 每页条数' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ description: '{ subjectId, items: [{revision, position, leafIndex, type, articles, data, who, when, why}], nextRevision } (null after the last event); leafIndex: the event\'s leaf in the Merkle tree (issue 13; null until the tree holds the event: on EventStoreDB the service follows the log and adds it a moment after the write); articles: those of the event type in the event catalogue (docs/events.md) / 事件历史（分页）', schema: { example: { subjectId: SUBJECT, items: [ENTRY_EXAMPLE], nextRevision: 1 } } })
  @ApiQueryErrors({ invalid: `${ID_RULE}; fromRevision, limit: INTEGER_RANGE (limit 1–1000)`, notFound: NOT_REGISTERED })
  async history(@Param('id', SubjectIdPipe) subjectId: string, @Query('fromRevision') from?: string, @Query('limit') limit?: string) {
    const fromRevision = wholeNumberParam('fromRevision', from, { fallback: 0, min: 0, max: Number.MAX_SAFE_INTEGER });
    const size = wholeNumberParam('limit', limit, { fallback: 100, min: 1, max: 1000 });
    await this.requireSubject(subjectId);
    const page = await this.events.readStream(subjectStreamName(subjectId), { fromRevision, toRevision: fromRevision + size });
    const budget = new ByteBudget(HISTORY_BYTES_BUDGET);
    const items = [];
    const events = page.slice(0, size);
    // On EventStoreDB the leaf indexes come from the followed tree (ledger_leaves): one read for the page.
    const leafIndexes = this.ledger === null ? events.map(() => null) : await this.ledger.leafIndexesOf(events);
    for (const [i, event] of events.entries()) {
      const entry = historyEntry(event, leafIndexes[i] ?? null);
      if (!budget.take(Buffer.byteLength(JSON.stringify(entry)), items.length === 0)) break;
      items.push(entry);
    }
    return { subjectId, items, nextRevision: page.length > items.length ? fromRevision + items.length : null };
  }

  @Get('subjects/:id/state')
  @ApiOperation({ summary: 'The subject as it stood at an instant or revision, in sections with counts and pages / 时间回溯（分节分页）', description: STATE_DESCRIPTION })
  @ApiParam(ID_PARAM)
  @ApiQuery({ name: 'asOf', required: false, example: '2026-03-06T09:30:00+08:00', description: 'fold the events recorded up to this instant / 截至时刻' })
  @ApiQuery({ name: 'revision', required: false, example: 3, description: 'fold the events up to this revision; not with asOf / 截至版本' })
  @ApiQuery({ name: 'section', required: false, example: 'breaches', enum: STATE_SECTIONS, description: 'one section, paged / 分节' })
  @ApiQuery({ name: 'limit', required: false, example: 20, description: 'records per section: 1–100 (default 20) without section, 1–1000 (default 100) with it / 每节条数' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of an earlier answer: the next page of the same revision; not with asOf or revision / 游标' })
  @ApiOkResponse({ description: 'without section: { subjectId, asOf, revision, position, recordedAt, state: { registration, <section>: { count, items: [{id, record}], nextCursor } } }; with section or cursor: { …, section, count, items, nextCursor }, e.g. ' + JSON.stringify(SECTION_EXAMPLE) + ' / 回溯状态', schema: { example: STATE_EXAMPLE } })
  @ApiQueryErrors({ invalid: `${ID_RULE}; asOf: INSTANT; revision, limit: INTEGER_RANGE; asOf with revision, cursor with either, section: ONE_OF; cursor: CURSOR`, notFound: NOT_REGISTERED })
  async state(
    @Param('id', SubjectIdPipe) subjectId: string,
    @Query('asOf') asOf?: string, @Query('revision') revision?: string, @Query('section') section?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string,
  ) {
    const query = parseStateQuery({ asOf, revision, section, limit, cursor });
    const loaded = await this.loadState(subjectId, query);
    const meta = { subjectId, asOf: query.point !== null && 'asOf' in query.point ? query.point.asOf : null, revision: loaded.revision, position: loaded.last?.position ?? null, recordedAt: loaded.last?.recordedAt ?? null };
    if (query.kind === 'overview') return { ...meta, state: stateOverview(loaded.state, loaded.revision, query.limit) };
    const page = sectionPage(loaded.state, loaded.revision, query.section, query.offset, query.limit, new ByteBudget(ITEM_BYTES_BUDGET), true);
    return { ...meta, section: query.section, ...page };
  }

  /** The latest state from the cache; a past one from the cache, a snapshot before it or the start. An unknown subject is a 404 either way. */
  private async loadState(subjectId: string, query: StateQuery): Promise<LoadedState<SubjectState>> {
    const stream = subjectStreamName(subjectId);
    const loaded = query.point === null ? await this.loader.load(this.decider, stream) : await this.loader.loadAt(this.decider, stream, query.point);
    if (loaded.revision === -1) await this.requireSubject(subjectId);
    return loaded;
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
