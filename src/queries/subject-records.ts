import { Inject, Injectable } from '@nestjs/common';
import type { DisclosureDoc } from '../../projections/disclosures/disclosures.doc.js';
import type { ObjectionDoc } from '../../projections/objections/objections.doc.js';
import type { ReportDoc } from '../../projections/reports/reports.doc.js';
import type { ReviewDoc } from '../../projections/reviews/reviews.doc.js';
import type { CommitmentDoc } from '../../projections/subject-status/subject-status.doc.js';
import { MAX_PAGE_SIZE } from '../view-store/view-store.port.js';
import { LISTS, SUBJECT_LISTS, type ListQuery, type PageParams } from '../use-case-support/lists/list-queries.js';
import { ListReader } from '../use-case-support/lists/list-reader.js';
import { as, breachItem, commitmentItem, objectionItem, objectionsOf, reportItem, reviewItem } from './subject-items.js';

export type ReportKind = 'review-report' | 'credit-report';

/**
 * A page of one list and, when asked for (`total: true`), how many the whole list holds: counted on
 * the index only when there is more than the page. A list route does not count, so a page there
 * costs its own size whatever the list's.
 */
export interface CountedPage<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
  readonly total: number | null;
}

export interface Counting {
  readonly total?: boolean;
}

/**
 * One subject's records from the per-record views, by its subjectId index with keyset cursors:
 * the full lists behind `GET /subjects/{id}/status`, and the capped current items it shows.
 * Each page costs a fixed number of store calls (the page, one getMany of objections, a count).
 */
@Injectable()
export class SubjectRecords {
  constructor(@Inject(ListReader) private readonly lists: ListReader) {}

  /** A9: every breach, or (`activeOn`) those disclosed on that day. */
  async breaches(subjectId: string, activeOn: string | null, page: PageParams, counting: Counting = {}) {
    const list = activeOn === null ? SUBJECT_LISTS.breaches(subjectId, page) : SUBJECT_LISTS.activeDisclosures(subjectId, activeOn, page);
    return this.counted(list, counting, async (docs: DisclosureDoc[]) => {
      const objections = await objectionsOf(this.lists, docs);
      return docs.map((doc) => breachItem(doc, objections));
    });
  }

  /**
   * A14, A19: every report, or (`validOn`) those valid on that day; review or credit reports only
   * with `kind`. A26: `misconduct`, the agencies that exited for misconduct, when already known.
   */
  async reports(subjectId: string, validOn: string | null, kind: ReportKind | null, page: PageParams, counting: Counting = {}, misconduct?: ReadonlySet<string>) {
    const list = validOn === null ? SUBJECT_LISTS.reports(subjectId, page) : SUBJECT_LISTS.validReports(subjectId, validOn, kind, page);
    return this.counted(list, counting, async (docs: ReportDoc[]) => {
      // Valid = issuedOn ≤ day ≤ validThrough: the range gives the second half, a report dated after the day is left out here.
      const shown = validOn === null ? docs : docs.filter((doc) => doc.issuedOn <= validOn);
      const [objections, agencies] = await Promise.all([objectionsOf(this.lists, shown), misconduct ?? this.misconductAgencies()]);
      return shown.map((doc) => reportItem(doc, objections, agencies));
    });
  }

  async reviews(subjectId: string, open: boolean, page: PageParams, counting: Counting = {}) {
    return this.counted(SUBJECT_LISTS.reviews(subjectId, open, page), counting, async (docs: ReviewDoc[]) => docs.map(reviewItem));
  }

  async objections(subjectId: string, open: boolean, page: PageParams, counting: Counting = {}) {
    return this.counted(SUBJECT_LISTS.objections(subjectId, open, page), counting, async (docs: ObjectionDoc[]) => docs.map(objectionItem));
  }

  async commitments(subjectId: string, open: boolean, page: PageParams, counting: Counting = {}) {
    return this.counted(SUBJECT_LISTS.commitments(subjectId, open, page), counting, async (docs: CommitmentDoc[]) => docs.map(commitmentItem));
  }

  /** A26: does the subject hold a report valid on the day from one of these agencies? One index range, one row. */
  async holdsValidReportFrom(subjectId: string, validOn: string, agencyIds: ReadonlySet<string>): Promise<boolean> {
    if (agencyIds.size === 0) return false;
    return (await this.lists.page(SUBJECT_LISTS.validCreditReportsOf(subjectId, validOn, [...agencyIds]))).items.length > 0;
  }

  /** A11, SH-SCR 36–38: an open review or objection whose deadline was walked without that year's holiday notice. */
  async hasProvisionalDeadline(subjectId: string): Promise<boolean> {
    const [reviews, objections] = await Promise.all([this.lists.page(SUBJECT_LISTS.provisionalReviews(subjectId)), this.lists.page(SUBJECT_LISTS.provisionalObjections(subjectId))]);
    return reviews.items.length + objections.items.length > 0;
  }

  /** A26: the agencies that exited for misconduct (few: one index range, paged through). */
  async misconductAgencies(): Promise<Set<string>> {
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await this.lists.page(LISTS.misconductAgencies({ limit: MAX_PAGE_SIZE, cursor }));
      for (const doc of page.items) ids.add(String(doc.agencyId));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return ids;
  }

  private async counted<D, T>(list: ListQuery, counting: Counting, show: (docs: D[]) => Promise<T[]>): Promise<CountedPage<T>> {
    const page = await this.lists.page(list);
    const items = await show(as<D>(page.items));
    if (!counting.total) return { items, nextCursor: page.nextCursor, total: null };
    // Only a first page with more behind it needs counting; the count walks the same index range.
    const total = page.nextCursor === null && !list.query.cursor ? items.length : await this.lists.count(list);
    return { items, nextCursor: page.nextCursor, total };
  }
}
