import type { DomainEvent } from '../../kernel/event.js';
import type { EventSpec } from '../../kernel/event-catalogue.js';
import type { CorrectedValues, ObjectionDecider, ObjectionOutcome, RecomputedDisclosure, RecordTarget } from '../values.js';

const SOURCE = 'Shanghai Social Credit Regulation arts. 36–38 (docs/domain.md)';

/** The subject objects to a record: it is "under objection" at once. */
export type ObjectionFiled = DomainEvent<'ObjectionFiled', {
  readonly objectionId: string;
  readonly target: RecordTarget;
  readonly reason: string;
  readonly filedAt: string;
  readonly centerDueAt: string;
  readonly forwardDueAt: string;
  readonly provisional: boolean;
}>;

/** The center forwards the objection to the department that provided the record. */
export type ObjectionForwarded = DomainEvent<'ObjectionForwarded', {
  readonly objectionId: string;
  readonly toDepartmentId: string;
  readonly forwardedAt: string;
  readonly late: boolean;
  readonly departmentDueAt: string;
  readonly provisional: boolean;
}>;

export type ObjectionDecided = DomainEvent<'ObjectionDecided', {
  readonly objectionId: string;
  readonly decidedBy: ObjectionDecider;
  readonly outcome: ObjectionOutcome;
  readonly reasons: string | null;
  readonly decidedAt: string;
  readonly late: boolean;
}>;

/**
 * A correction is a new event: the corrected record stays as it was stored (A9, docs/domain.md).
 * Views apply it from `correctedAt` on; what it does to a breach's disclosure is decided here.
 */
export type RecordCorrected = DomainEvent<'RecordCorrected', {
  readonly objectionId: string;
  readonly target: RecordTarget;
  readonly correction: CorrectedValues;
  readonly recomputed: RecomputedDisclosure | null;
  readonly revokesRecord: boolean;
  readonly correctedAt: string;
  readonly disclosureEndsBy: string | null;
  /**
   * A8, A9: a breached commitment check corrected to kept (or revoked) takes back the breach it
   * created: that breach is revoked with it.
   */
  readonly revokesLinkedBreachId: string | null;
  /** `disclosureEndsBy` computed over a year whose State Council notice is not loaded, or over late-December dates before the next year's notice (docs/domain.md Time). */
  readonly provisional: boolean;
}>;

export const OBJECTION_EVENT_SPECS: readonly EventSpec[] = [
  {
    type: 'ObjectionFiled',
    schemaVersion: 1,
    articles: ['A9', 'A28', SOURCE],
    description: 'The subject objected to a record about it; the record is under objection from now on.',
    fields: {
      objectionId: 'string — id of the objection',
      target:
        "{kind: 'breach' | 'review-report' | 'credit-report' | 'commitment-check' | 'loan-check' | 'commitment' | 'report-use' | 'repair-decision', id} — " +
        'id of the record (the commitment for a commitment check, the repair for a repair decision)',
      reason: 'string — the subject\'s grounds',
      filedAt: 'instant — when the objection was received',
      centerDueAt: 'instant — end of the 5th working day: the center decides by then',
      forwardDueAt: 'instant — end of the 2nd working day: the center forwards by then',
      provisional: "boolean — a deadline computed over a year whose State Council notice is not loaded, or over late-December dates before the next year's notice (docs/domain.md Time)",
    },
  },
  {
    type: 'ObjectionForwarded',
    schemaVersion: 1,
    articles: [SOURCE],
    description: 'The center forwarded the objection to the department that provided the record.',
    fields: {
      objectionId: 'string — the objection',
      toDepartmentId: 'string — the department that now decides',
      forwardedAt: 'instant — when it was forwarded',
      late: 'boolean — forwarded after forwardDueAt',
      departmentDueAt: 'instant — end of the 5th working day after forwarding',
      provisional: "boolean — the deadline computed over a year whose State Council notice is not loaded, or over late-December dates before the next year's notice (docs/domain.md Time)",
    },
  },
  {
    type: 'ObjectionDecided',
    schemaVersion: 1,
    articles: [SOURCE],
    description: 'The objection was decided: corrected, rejected (mark removed) or unresolved (both shown).',
    fields: {
      objectionId: 'string — the objection',
      decidedBy: "{kind: 'center'} | {kind: 'department', departmentId}",
      outcome: "'corrected' | 'rejected' | 'unresolved'",
      reasons: 'string | null — required for rejected and unresolved',
      decidedAt: 'instant — when it was decided',
      late: 'boolean — decided after the deadline of whoever decided',
    },
  },
  {
    type: 'RecordCorrected',
    schemaVersion: 2,
    articles: ['A8', 'A9', 'A14', 'A16', 'A28', SOURCE],
    description: 'A record was corrected after an objection; the original record stays in the log and views apply the correction from correctedAt.',
    fields: {
      objectionId: 'string — the objection that led to the correction',
      target: '{kind, id} — the corrected record',
      correction:
        'object — field → checked new value, in the shape of the original event. Correctable: breach {breachClass, disclosureMonths, basisDocument, decisionDate, summary}; ' +
        'review-report {conclusion, findings}; credit-report {rating, riskNotes, summary}; commitment-check {outcome}; commitment {matter, consentToPublication}; ' +
        'repair-decision {reasons}; loan-check and report-use none (revoke only)',
      recomputed: 'object | null — for a corrected breach: {disclosedThrough: date | null, repairPossibleFrom: date} from the corrected class, months and decision date (A9, 令第36号); null otherwise',
      revokesRecord: 'boolean — the record is revoked as a whole',
      correctedAt: 'instant — when the correction was decided',
      disclosureEndsBy: 'date | null — for a revoked breach (the target, or the one in revokesLinkedBreachId): public disclosure ends by the 3rd working day',
      revokesLinkedBreachId:
        'string | null — the breach a breached commitment check created, revoked with the check when it is corrected to kept or revoked (A8, A9)',
      provisional: "boolean — disclosureEndsBy computed over a year whose State Council notice is not loaded, or over late-December dates before the next year's notice (docs/domain.md Time)",
    },
  },
];
