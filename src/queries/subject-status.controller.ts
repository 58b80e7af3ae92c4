import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { SubjectIdPipe } from '../use-case-support/paths/subject-id.pipe.js';
import { STATUS_LIST_CAP, SubjectStatusReader } from './subject-status.reader.js';

const SUBJECT = '91320583722291823U';
const BASE = `/subjects/${SUBJECT}`;
const MARKS = { underObjection: false, objectionUnresolved: false, corrected: false, revoked: false };
const EXAMPLE = {
  subjectId: SUBJECT, kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: SUBJECT, erased: false, asOf: '2026-03-06T09:30:00.000+08:00',
  validReviewReport: {
    reviewId: '0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b', issuedAt: '2025-10-09T15:00:00.000+08:00', issuedOn: '2025-10-09', validThrough: '2026-10-08', expiresAt: '2026-10-08T23:59:59.999+08:00',
    conclusion: 'no-adverse-record', conclusionLabel: '未发现失信记录', late: false, needsAmendment: false, amendedAt: null, ...MARKS,
  },
  validCreditReports: [{ reportId: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', agencyId: 'AG-17', rating: 'A', issuedOn: '2025-03-20', validThrough: '2026-03-19', expiresAt: '2026-03-19T23:59:59.999+08:00', ...MARKS, agencyExitedForMisconduct: false }],
  openCommitments: [{ commitmentId: '0195f3a1-0000-7000-8000-000000000003', kind: 'approval-replacing', kindLabel: '审批替代型', matter: 'construction-permit', departmentId: 'ks-housing', followUpCheckOn: '2026-06-30', madeAt: '2026-01-05T10:00:00.000+08:00', status: 'open', checkedOn: null, corrected: false }],
  activeDisclosures: [{
    breachId: '0195f3a0-0000-7000-8000-000000000001', breachClass: 'general', breachClassLabel: '一般失信', departmentId: 'ks-drc', basisDocument: '昆发改罚〔2026〕3号', decisionDate: '2026-02-10',
    disclosureMonths: 6, disclosedThrough: '2026-08-09', subjectMinorOnDecision: false, repaired: false, repairedAt: null, disclosureEndsBy: null, publishable: true, ...MARKS,
  }],
  openReviews: [],
  openObjections: [],
  flags: { needsAmendment: false, provisionalCalendar: false, agencyExitedForMisconduct: false },
  lists: {
    validCreditReports: { shown: 1, total: 1, href: `${BASE}/reports?valid=true&kind=credit-report` },
    activeDisclosures: { shown: 1, total: 1, href: `${BASE}/breaches?active=true` },
    openCommitments: { shown: 1, total: 1, href: `${BASE}/commitments?open=true` },
    openReviews: { shown: 0, total: 0, href: `${BASE}/reviews?open=true` },
    openObjections: { shown: 0, total: 0, href: `${BASE}/objections?open=true` },
    breaches: { total: 3, href: `${BASE}/breaches` },
    reports: { total: 4, href: `${BASE}/reports` },
    reviews: { total: 2, href: `${BASE}/reviews` },
    commitments: { total: 5, href: `${BASE}/commitments` },
    objections: { total: 0, href: `${BASE}/objections` },
  },
};

/** A subject's standing now: what is valid, open, disclosed and flagged (A9, A11, A14, A19, A26). */
@ApiTags('queries 查询')
@Controller('subjects')
export class SubjectStatusController {
  constructor(@Inject(SubjectStatusReader) private readonly reader: SubjectStatusReader, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get(':id/status')
  @ApiOperation({
    summary: 'Subject status: valid review report (A14), valid credit reports (A19), open commitments, active disclosures (A9), objections, flags / 主体信用状态',
    description: `Bounded however long the subject's history: each current list shows at most ${STATUS_LIST_CAP} items, and \`lists\` gives for each how many are shown, how many there are, and the route of the full list (paged with cursors); \`lists\` also counts every breach, report, review, commitment and objection ever recorded. 每个列表最多显示 ${STATUS_LIST_CAP} 条，lists 给出总数与完整列表的地址。`,
  })
  @ApiParam({ name: 'id', description: 'subject id: USCC or pseudonymous id / 主体标识', example: SUBJECT })
  @ApiOkResponse({ description: 'the subject\'s standing today; codes come with Chinese labels (conclusionLabel, kindLabel, breachClassLabel); a person\'s name masked, or 已删除 with erased: true (A28) / 主体当前信用状态', schema: { example: EXAMPLE } })
  @ApiQueryErrors({ invalid: 'id: SUBJECT_ID (a USCC or a pseudonymous id)', notFound: 'SUBJECT_NOT_REGISTERED: no such subject / 主体不存在', views: true })
  async status(@Param('id', SubjectIdPipe) subjectId: string) {
    return this.reader.status(subjectId, this.clock.nowMs());
  }
}
