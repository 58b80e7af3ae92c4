import { Controller, Get, HttpException, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CreditReportEntry, ReviewReportEntry, BreachEntry } from '../../projections/subject-status/subject-status.doc.js';
import { errorBody } from '../http/error-body.js';
import { BREACH_CLASS_LABELS } from '../http/labels.js';
import { ViewReader } from '../projections/view-reader.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { SubjectIdPipe } from '../subjects/subject-id.pipe.js';
import { queryTime } from './query-time.js';

const validOn = (today: string) => (entry: { issuedOn: string; validThrough: string; revoked: boolean }) =>
  !entry.revoked && entry.issuedOn <= today && today <= entry.validThrough;

/** A subject's standing now: what is valid, open, disclosed and flagged (A9, A11, A14, A19, A26). */
@ApiTags('queries 查询')
@Controller('subjects')
export class SubjectStatusController {
  constructor(@Inject(ViewReader) private readonly views: ViewReader, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get(':id/status')
  @ApiOperation({ summary: 'Subject status: valid review report (A14), valid credit reports (A19), open commitments, active disclosures (A9), objections, flags / 主体信用状态' })
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
    return {
      subjectId, kind: doc.kind, name: doc.name ?? null, uscc: doc.uscc ?? null, asOf: now,
      validReviewReport: validReview,
      validCreditReports: validCredit.map((r) => ({ ...r, agencyExitedForMisconduct: misconduct.has(r.agencyId) })),
      openCommitments: doc.openCommitments ?? [],
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
