/** Records objected to, and corrections of them, decided by the decider: shared by the correction specs (SH-SCR arts. 36–38). */
import type { DecideObjection } from '../../../domain/subject/commands.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import type { RecordTarget } from '../../../domain/subject/values.js';
import {
  applyForRepair,
  checkCommitment,
  decideObjection,
  decideRepair,
  fileCreditReport,
  fileObjection,
  issueReviewReport,
  makeCommitment,
  recordBreach,
  recordLoanCheck,
  recordReportUse,
  requestReview,
} from './fixture-commands.js';
import { decided, decidedAfter } from './fixtures.js';

/** Friday 2026-02-27, 10:00: the center decides the objection filed on 02-23. */
export const CORRECTED_AT = '2026-02-27T10:00:00+08:00';

/** A repair decided on 2026-04-24 is objected to on Monday 04-27 and decided on Tuesday 04-28. */
export const REPAIR_OBJECTED_AT = '2026-04-27T10:00:00+08:00';
export const REPAIR_CORRECTED_AT = '2026-04-28T10:00:00+08:00';

/** The record, objected to on 2026-02-23 (a repair decision: 04-27): every value in it decided by the decider. */
export function objectedTo(target: RecordTarget): SubjectEvent[] {
  const records: Record<RecordTarget['kind'], SubjectEvent[]> = {
    breach: decided(recordBreach()),
    'review-report': decided(requestReview(), issueReviewReport()),
    'credit-report': decided(fileCreditReport()),
    'commitment-check': decided(makeCommitment(), checkCommitment()),
    'loan-check': decided(recordLoanCheck()),
    commitment: decided(makeCommitment()),
    'report-use': decided(fileCreditReport(), recordReportUse({ now: '2026-02-10T10:00:00+08:00' })),
    'repair-decision': decided(recordBreach(), applyForRepair(), decideRepair()),
  };
  const filedAt = target.kind === 'repair-decision' ? { now: REPAIR_OBJECTED_AT } : {};
  return decidedAfter(records[target.kind], fileObjection({ target, ...filedAt }));
}

export const correct = (correction: DecideObjection['correction'], extra: Partial<DecideObjection> = {}): DecideObjection =>
  decideObjection({ outcome: 'corrected', reasons: undefined, correction, ...extra });

/** Decided when the objection to a record of `kind` is decided in these specs. */
export const correctAt = (kind: RecordTarget['kind']): Partial<DecideObjection> => (kind === 'repair-decision' ? { now: REPAIR_CORRECTED_AT } : {});

export const BREACH: RecordTarget = { kind: 'breach', id: 'BR-1' };
