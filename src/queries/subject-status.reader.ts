import { Inject, Injectable } from '@nestjs/common';
import type { SubjectStatusDoc } from '../../projections/subject-status/subject-status.doc.js';
import { UnknownSubjectError } from '../http/not-found.errors.js';
import { personDisplay } from '../personal-data/person-display.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../personal-data/personal-data.port.js';
import { ListReader } from '../use-case-support/lists/list-reader.js';
import { queryTime } from './query-time.js';
import { SubjectRecords, type CountedPage } from './subject-records.js';

/** How many of each current list the status shows; the rest are one link away. */
export const STATUS_LIST_CAP = 20;

const isKind = <K extends string>(kind: K) => <T extends { kind: string }>(item: T): item is Extract<T, { kind: K }> => item.kind === kind;
const withoutKind = <T extends { kind: string }>({ kind: _kind, ...rest }: T) => rest;

/** A capped list's place in the full one: how many are shown, how many there are, and where the rest are. */
const shownOf = (page: CountedPage<unknown>, href: string) => ({ shown: page.items.length, total: page.total, href });

/**
 * A subject's standing now (A9, A11, A14, A19, A26): a bounded answer however long its history —
 * each current list capped at STATUS_LIST_CAP with its total and the route of the full list, and
 * counts of every record. Everything "now" is decided from stored dates at the time of the query.
 */
@Injectable()
export class SubjectStatusReader {
  constructor(
    @Inject(ListReader) private readonly lists: ListReader,
    @Inject(SubjectRecords) private readonly records: SubjectRecords,
    @Inject(PERSONAL_DATA_STORE) private readonly personal: PersonalDataStore,
  ) {}

  async status(subjectId: string, nowMs: number) {
    const doc = (await this.lists.get('subject-status', 'subject_status', subjectId)) as unknown as SubjectStatusDoc | null;
    if (!doc) throw new UnknownSubjectError(subjectId);
    const { today, now } = queryTime(nowMs);
    const first = { limit: STATUS_LIST_CAP, cursor: null };
    const total = { total: true };
    const misconduct = await this.records.misconductAgencies();
    const [reviewReports, creditReports, disclosures, commitments, reviews, objections, provisional, lookup] = await Promise.all([
      // A14: a review report is valid a year from issue; the latest valid one is the subject's.
      this.records.reports(subjectId, today, 'review-report', { limit: 10, cursor: null }, {}, misconduct),
      this.records.reports(subjectId, today, 'credit-report', first, total, misconduct),
      this.records.breaches(subjectId, today, first, total),
      this.records.commitments(subjectId, true, first, total),
      this.records.reviews(subjectId, true, first, total),
      this.records.objections(subjectId, true, first, total),
      this.records.hasProvisionalDeadline(subjectId),
      // A28: a person is named masked (张*) here, or '已删除' once erased; the clear name only via /personal-data (logged).
      doc.kind === 'person' ? this.personal.get(subjectId) : null,
    ]);
    const validReview = reviewReports.items.filter(isKind('review-report')).sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0] ?? null;
    const validCredit = creditReports.items.filter(isKind('credit-report')).map(({ kind: _kind, ...report }) => report);
    const misconductShown = validCredit.some((r) => r.agencyExitedForMisconduct);
    const misconductHeld = misconductShown || (creditReports.nextCursor !== null && (await this.records.holdsValidReportFrom(subjectId, today, misconduct)));
    const person = lookup === null ? null : personDisplay(lookup);
    const base = `/subjects/${subjectId}`;
    return {
      subjectId, kind: doc.kind, name: person?.name ?? doc.name ?? null, uscc: doc.uscc ?? null, erased: person?.erased ?? false, asOf: now,
      validReviewReport: validReview && withoutKind(validReview),
      validCreditReports: validCredit,
      openCommitments: commitments.items,
      activeDisclosures: disclosures.items,
      openReviews: reviews.items,
      openObjections: objections.items,
      flags: { needsAmendment: validReview?.needsAmendment ?? false, provisionalCalendar: provisional, agencyExitedForMisconduct: misconductHeld },
      lists: {
        validCreditReports: shownOf(creditReports, `${base}/reports?valid=true&kind=credit-report`),
        activeDisclosures: shownOf(disclosures, `${base}/breaches?active=true`),
        openCommitments: shownOf(commitments, `${base}/commitments?open=true`),
        openReviews: shownOf(reviews, `${base}/reviews?open=true`),
        openObjections: shownOf(objections, `${base}/objections?open=true`),
        breaches: { total: doc.records.breaches, href: `${base}/breaches` },
        reports: { total: doc.records.reviewReports + doc.records.creditReports, href: `${base}/reports` },
        reviews: { total: doc.records.reviews, href: `${base}/reviews` },
        commitments: { total: doc.records.commitments, href: `${base}/commitments` },
        objections: { total: doc.records.objections, href: `${base}/objections` },
      },
    };
  }
}
