import { applyDecorators, Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { badQuery } from '../http/query-params.js';
import { UnknownSubjectError } from '../http/not-found.errors.js';
import { ApiQueryErrors } from '../http/openapi.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { SubjectIdPipe } from '../use-case-support/paths/subject-id.pipe.js';
import { ListReader } from '../use-case-support/lists/list-reader.js';
import { boolParam, oneOfParam, pageParams } from '../use-case-support/lists/query-params.js';
import { queryTime } from './query-time.js';
import { SubjectRecords } from './subject-records.js';

const SUBJECT = '91320583722291823U';
const AS_OF = '2026-03-06T09:30:00.000+08:00';
const MARKS = { underObjection: false, objectionUnresolved: false, corrected: false, revoked: false };
const PAGING = 'limit: INTEGER_RANGE 1–500; INVALID_VIEW_QUERY cursor: CURSOR (not a nextCursor of this query)';
const NOT_FOUND = 'SUBJECT_NOT_REGISTERED: no such subject / 主体不存在';
const page = (item: object) => ({ schema: { example: { subjectId: SUBJECT, asOf: AS_OF, items: [item], nextCursor: null } } });
const Paging = () => applyDecorators(ApiQuery({ name: 'limit', required: false, example: 50, description: 'page size 1–500 (default 50) / 每页条数' }), ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page / 上一页返回的游标' }));
const OPEN = (what: string) => ApiQuery({ name: 'open', required: false, example: true, description: `true: only the open ${what}, soonest first (as in the status); otherwise all, newest first / 仅未结` });

/**
 * The full lists behind `GET /subjects/{id}/status` (whose current lists are capped): one subject's
 * records from the per-record views, by its subjectId index, paged with keyset cursors. Same
 * callers as the status: the subject itself, departments, the center, the credit office.
 */
@ApiTags('queries 查询')
@Controller('subjects')
export class SubjectRecordsController {
  constructor(
    @Inject(SubjectRecords) private readonly records: SubjectRecords,
    @Inject(ListReader) private readonly lists: ListReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/breaches')
  @ApiOperation({ summary: 'A subject\'s breaches, newest decision first (A9) / 主体失信记录' })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: SUBJECT })
  @ApiQuery({ name: 'active', required: false, example: true, description: 'true: only those disclosed today (A9) / 仅公示中' }) @Paging()
  @ApiOkResponse({ description: '{ subjectId, asOf, items, nextCursor }', ...page({ breachId: '0195f3a0-0000-7000-8000-000000000001', breachClass: 'general', breachClassLabel: '一般失信', departmentId: 'ks-drc', basisDocument: '昆发改罚〔2026〕3号', decisionDate: '2026-02-10', disclosureMonths: 6, disclosedThrough: '2026-08-09', subjectMinorOnDecision: false, repaired: false, repairedAt: null, disclosureEndsBy: null, publishable: true, ...MARKS }) })
  @ApiQueryErrors({ invalid: `id: SUBJECT_ID; active: BOOLEAN; ${PAGING}`, notFound: NOT_FOUND, views: true })
  async breaches(@Param('id', SubjectIdPipe) subjectId: string, @Query('active') active?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const { today, now } = queryTime(this.clock.nowMs());
    const onlyActive = boolParam('active', active);
    return this.answer(subjectId, now, () => this.records.breaches(subjectId, onlyActive ? today : null, pageParams(limit, cursor)));
  }

  @Get(':id/reports')
  @ApiOperation({ summary: 'A subject\'s review reports (A14) and credit reports (A19), newest first / 主体审查报告与信用报告' })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: SUBJECT })
  @ApiQuery({ name: 'valid', required: false, example: true, description: 'true: only those valid today, latest validity first / 仅有效' })
  @ApiQuery({ name: 'kind', required: false, enum: ['review-report', 'credit-report'], description: 'with valid=true: one kind only / 报告类型' }) @Paging()
  @ApiOkResponse({ description: '{ subjectId, asOf, items, nextCursor }; each item has its kind; a credit report says whether its agency exited for misconduct (A26)', ...page({ kind: 'credit-report', reportId: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', agencyId: 'AG-17', rating: 'A', issuedOn: '2025-03-20', validThrough: '2026-03-19', expiresAt: '2026-03-19T23:59:59.999+08:00', ...MARKS, agencyExitedForMisconduct: false }) })
  @ApiQueryErrors({ invalid: `id: SUBJECT_ID; valid: BOOLEAN; kind: ONE_OF (review-report, credit-report; with valid=true); ${PAGING}`, notFound: NOT_FOUND, views: true })
  async reports(@Param('id', SubjectIdPipe) subjectId: string, @Query('valid') valid?: string, @Query('kind') kind?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const { today, now } = queryTime(this.clock.nowMs());
    const onlyValid = boolParam('valid', valid);
    const onlyKind = oneOfParam('kind', kind, ['review-report', 'credit-report'] as const);
    if (onlyKind !== null && !onlyValid) throw badQuery('kind', 'WITH_VALID', 'only with valid=true');
    return this.answer(subjectId, now, () => this.records.reports(subjectId, onlyValid ? today : null, onlyKind, pageParams(limit, cursor)));
  }

  @Get(':id/reviews')
  @ApiOperation({ summary: 'A subject\'s review requests (A10–A11) / 主体信用审查申请' })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: SUBJECT })
  @OPEN('reviews (pending)') @Paging()
  @ApiOkResponse({ description: '{ subjectId, asOf, items, nextCursor }', ...page({ reviewId: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', requestedBy: { kind: 'subject' }, forDepartmentId: 'ks-finance', area: 'fiscal-funds-policy-loans', matter: '科技贷款贴息', receivedAt: '2026-03-02T10:00:00.000+08:00', dueAt: '2026-03-09T23:59:59.999+08:00', dueDate: '2026-03-09', provisional: false, status: 'pending', completedAt: null, late: null }) })
  @ApiQueryErrors({ invalid: `id: SUBJECT_ID; open: BOOLEAN; ${PAGING}`, notFound: NOT_FOUND, views: true })
  async reviews(@Param('id', SubjectIdPipe) subjectId: string, @Query('open') open?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const onlyOpen = boolParam('open', open);
    return this.answer(subjectId, queryTime(this.clock.nowMs()).now, () => this.records.reviews(subjectId, onlyOpen, pageParams(limit, cursor)));
  }

  @Get(':id/objections')
  @ApiOperation({ summary: 'A subject\'s objections (SH-SCR 36–38); the case file of one: /disputes/{oid} / 主体异议' })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: SUBJECT })
  @OPEN('objections') @Paging()
  @ApiOkResponse({ description: '{ subjectId, asOf, items, nextCursor }', ...page({ objectionId: `${SUBJECT}.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`, target: { kind: 'breach', id: '0195f3a0-0000-7000-8000-000000000001' }, filedAt: '2026-02-24T09:00:00.000+08:00', centerDueAt: '2026-03-03T23:59:59.999+08:00', forwardDueAt: '2026-02-26T23:59:59.999+08:00', forwardedTo: 'ks-drc', departmentDueAt: '2026-03-05T23:59:59.999+08:00', provisional: false, stage: 'forwarded', status: 'open', dueAt: '2026-03-05T23:59:59.999+08:00', outcome: null, outcomeLabel: null, decidedAt: null, late: null }) })
  @ApiQueryErrors({ invalid: `id: SUBJECT_ID; open: BOOLEAN; ${PAGING}`, notFound: NOT_FOUND, views: true })
  async objections(@Param('id', SubjectIdPipe) subjectId: string, @Query('open') open?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const onlyOpen = boolParam('open', open);
    return this.answer(subjectId, queryTime(this.clock.nowMs()).now, () => this.records.objections(subjectId, onlyOpen, pageParams(limit, cursor)));
  }

  @Get(':id/commitments')
  @ApiOperation({ summary: 'A subject\'s credit commitments (A6–A8) / 主体信用承诺' })
  @ApiParam({ name: 'id', description: 'subject id / 主体标识', example: SUBJECT })
  @OPEN('commitments (not yet checked, not revoked)') @Paging()
  @ApiOkResponse({ description: '{ subjectId, asOf, items, nextCursor }', ...page({ commitmentId: '0195f3a1-0000-7000-8000-000000000003', kind: 'approval-replacing', kindLabel: '审批替代型', matter: 'construction-permit', departmentId: 'ks-housing', followUpCheckOn: '2026-06-30', madeAt: '2026-01-05T10:00:00.000+08:00', status: 'open', checkedOn: null, corrected: false }) })
  @ApiQueryErrors({ invalid: `id: SUBJECT_ID; open: BOOLEAN; ${PAGING}`, notFound: NOT_FOUND, views: true })
  async commitments(@Param('id', SubjectIdPipe) subjectId: string, @Query('open') open?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const onlyOpen = boolParam('open', open);
    return this.answer(subjectId, queryTime(this.clock.nowMs()).now, () => this.records.commitments(subjectId, onlyOpen, pageParams(limit, cursor)));
  }

  /** 404 for a subject never registered; otherwise the page. */
  private async answer<T>(subjectId: string, asOf: string, read: () => Promise<{ items: T[]; nextCursor: string | null }>) {
    const [subject, page] = await Promise.all([this.lists.get('subject-status', 'subject_status', subjectId), read()]);
    if (!subject) throw new UnknownSubjectError(subjectId);
    return { subjectId, asOf, items: page.items, nextCursor: page.nextCursor };
  }
}
