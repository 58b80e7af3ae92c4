import { Controller, Get, HttpException, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import type { CreditReportEntry, ReviewReportEntry, BreachEntry, OpenCommitmentEntry } from '../../projections/subject-status/subject-status.doc.js';
import { errorBody } from '../http/error-body.js';
import { BREACH_CLASS_LABELS, COMMITMENT_KIND_LABELS, REVIEW_CONCLUSION_LABELS } from '../http/labels.js';
import { personDisplay } from '../personal-data/person-display.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../personal-data/personal-data.port.js';
import { ViewReader } from '../projections/view-reader.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { SubjectIdPipe } from '../subjects/subject-id.pipe.js';
import { queryTime } from './query-time.js';

const validOn = (today: string) => (entry: { issuedOn: string; validThrough: string; revoked: boolean }) =>
  !entry.revoked && entry.issuedOn <= today && today <= entry.validThrough;

const SUBJECT = '91320583722291823U';
const MARKS = { underObjection: false, objectionUnresolved: false, corrected: false, revoked: false };
const EXAMPLE = {
  subjectId: SUBJECT, kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: SUBJECT, erased: false, asOf: '2026-03-06T09:30:00.000+08:00',
  validReviewReport: {
    reviewId: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', issuedAt: '2025-10-09T15:00:00.000+08:00', issuedOn: '2025-10-09', validThrough: '2026-10-08', expiresAt: '2026-10-08T23:59:59.999+08:00',
    conclusion: 'no-adverse-record', conclusionLabel: '未发现失信记录', late: false, needsAmendment: false, amendedAt: null, ...MARKS,
  },
  validCreditReports: [{ reportId: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', agencyId: 'AG-17', rating: 'A', issuedOn: '2025-03-20', validThrough: '2026-03-19', expiresAt: '2026-03-19T23:59:59.999+08:00', ...MARKS, agencyExitedForMisconduct: false }],
  openCommitments: [{ commitmentId: '0195f3a1-0000-7000-8000-000000000003', kind: 'approval-replacing', kindLabel: '审批替代型', matter: 'construction-permit', departmentId: 'ks-housing', followUpCheckOn: '2026-06-30', madeAt: '2026-01-05T10:00:00.000+08:00' }],
  activeDisclosures: [{ breachId: '0195f3a0-0000-7000-8000-000000000001', breachClass: 'general', breachClassLabel: '一般失信', departmentId: 'ks-drc', decisionDate: '2026-02-10', disclosedThrough: '2026-08-09', subjectMinorOnDecision: false, repaired: false, publishable: true, ...MARKS }],
  openReviews: [],
  openObjections: [],
  flags: { needsAmendment: false, provisionalCalendar: false, agencyExitedForMisconduct: false },
};

/** A subject's standing now: what is valid, open, disclosed and flagged (A9, A11, A14, A19, A26). */
@ApiTags('queries 查询')
@Controller('subjects')
export class SubjectStatusController {
  constructor(
    @Inject(ViewReader) private readonly views: ViewReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PERSONAL_DATA_STORE) private readonly personal: PersonalDataStore,
  ) {}

  @Get(':id/status')
  @ApiOperation({ summary: 'Subject status: valid review report (A14), valid credit reports (A19), open commitments, active disclosures (A9), objections, flags / 主体信用状态' })
  @ApiParam({ name: 'id', description: 'subject id: USCC or pseudonymous id / 主体标识', example: SUBJECT })
  @ApiOkResponse({ description: 'the subject\'s standing today; codes come with Chinese labels (conclusionLabel, kindLabel, breachClassLabel); a person\'s name masked, or 已删除 with erased: true (A28) / 主体当前信用状态', schema: { example: EXAMPLE } })
  @ApiQueryErrors({ invalid: 'id: SUBJECT_ID (a USCC or a pseudonymous id)', notFound: 'SUBJECT_NOT_REGISTERED: no such subject / 主体不存在', views: true })
  async status(@Param('id', SubjectIdPipe) subjectId: string) {
    const doc = await this.views.get('subject-status', 'subject_status', subjectId);
    if (!doc) throw new HttpException(errorBody(404, 'SUBJECT_NOT_REGISTERED', `subject ${subjectId} is not registered`, { subjectId }), 404);
    const { today, now } = queryTime(this.clock.nowMs());
    const reviewReports = (doc.reviewReports ?? []) as unknown as ReviewReportEntry[];
    const creditReports = (doc.creditReports ?? []) as unknown as CreditReportEntry[];
    const breaches = (doc.breaches ?? []) as unknown as BreachEntry[];
    const validReview = reviewReports.filter(validOn(today)).sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0] ?? null;
    const validCredit = creditReports.filter(validOn(today));
    const agencies = await Promise.all([...new Set(validCredit.map((r) => r.agencyId))].map((id) => this.views.get('agency-registry', 'agencies', id)));
    const misconduct = new Set(agencies.filter((a) => a?.exitedForMisconduct).map((a) => String(a!.agencyId)));
    // A28: a person is named masked (张*) here, or '已删除' once erased; the clear name only via /personal-data (logged).
    const person = doc.kind === 'person' ? personDisplay(await this.personal.get(subjectId)) : null;
    return {
      subjectId, kind: doc.kind, name: person?.name ?? doc.name ?? null, uscc: doc.uscc ?? null, erased: person?.erased ?? false, asOf: now,
      validReviewReport: validReview && { ...validReview, conclusionLabel: REVIEW_CONCLUSION_LABELS[validReview.conclusion] },
      validCreditReports: validCredit.map((r) => ({ ...r, agencyExitedForMisconduct: misconduct.has(r.agencyId) })),
      openCommitments: ((doc.openCommitments ?? []) as unknown as OpenCommitmentEntry[]).map((c) => ({ ...c, kindLabel: COMMITMENT_KIND_LABELS[c.kind] })),
      activeDisclosures: breaches
        .filter((b) => b.publishable && b.disclosedThrough !== null && b.decisionDate <= today && today <= b.disclosedThrough)
        .map((b) => ({ ...b, breachClassLabel: BREACH_CLASS_LABELS[b.breachClass] })),
      openReviews: doc.openReviews ?? [],
      openObjections: doc.openObjections ?? [],
      flags: {
        needsAmendment: validReview?.needsAmendment ?? false,
        provisionalCalendar: Boolean((doc.flags as { provisionalCalendar?: boolean } | undefined)?.provisionalCalendar),
        agencyExitedForMisconduct: misconduct.size > 0,
      },
    };
  }
}
