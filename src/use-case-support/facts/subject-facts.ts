import { Inject, Injectable } from '@nestjs/common';
import { subjectStreamName } from '../../../domain/subject/decider.js';
import { SubjectNotRegisteredError } from '../../../domain/subject/errors.js';
import type { ReportRef } from '../../../domain/subject/values.js';
import type { SubjectState } from '../../../domain/subject/state.js';
import { get } from '../../../domain/subject/evolve/maps.js';
import { AggregateLoader } from '../../commands/aggregate-loader.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../subject-decider.provider.js';
import { AgencyFacts } from './agency-facts.js';

/** The subject's folded stream, and the A26 facts its credit reports need from their agencies. */
@Injectable()
export class SubjectFacts {
  constructor(
    @Inject(AggregateLoader) private readonly loader: AggregateLoader,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(AgencyFacts) private readonly agencies: AgencyFacts,
  ) {}

  /** A4: the state of a registered subject (404 otherwise), for a query; commands get theirs from the executor. */
  async registered(subjectId: string, asking: string): Promise<SubjectState> {
    const { state } = await this.loader.load(this.decider, subjectStreamName(subjectId));
    if (state.registration === null) throw new SubjectNotRegisteredError(asking);
    return state;
  }

  /**
   * A26: whether the agency of the credit report relied on has exited for misconduct by `date`.
   * False for a review report, and for a report the subject does not hold (the decider refuses it).
   */
  async reportAgencyExitedForMisconduct(state: SubjectState, ref: ReportRef | null, date: string): Promise<boolean> {
    if (ref === null || ref.kind !== 'credit-report') return false;
    const report = get(state.creditReports, ref.reportId);
    return report === undefined ? false : this.agencies.exitedForMisconduct(report.agencyId, date);
  }

  /** A26: the agencies of every credit report the subject holds that have exited for misconduct. */
  async agenciesExitedForMisconduct(state: SubjectState, date: string): Promise<ReadonlySet<string>> {
    return this.agencies.exitedForMisconductAmong(Object.values(state.creditReports).map((r) => r.agencyId), date);
  }
}
