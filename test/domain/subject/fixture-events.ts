/**
 * Hand-written events for the subject specs (each overridable). `fixture-consistency.unit.spec.ts`
 * proves each equals what the decider decides from the matching command of `fixture-commands.ts`.
 */
import type {
  BreachRecorded,
  CommitmentMade,
  CreditReportFiled,
  ObjectionFiled,
  RecordCorrected,
  RepairApplied,
  ReviewReportIssued,
  ReviewRequested,
  SubjectEvent,
  SubjectRegistered,
} from '../../../domain/subject/events.js';
import type { RecordTarget } from '../../../domain/subject/values.js';
import { ALL_PLEDGES } from './fixture-commands.js';

/** Passes both GB 32100 checks (docs/domain.md). */
export const USCC = '91320583722291823U';
/** Passes the 18th character, fails the GB 11714 17th: accepted with a warning. */
export const USCC_ORG_CODE_WARNING = '91320583722291824Y';

/** Monday 2026-03-02, 10:00 in Kunshan. */
export const NOW = '2026-03-02T10:00:00+08:00';

export const registered: SubjectRegistered = {
  type: 'SubjectRegistered',
  data: {
    subjectId: USCC,
    kind: 'organisation',
    uscc: USCC,
    name: '昆山示例精密机械有限公司',
    legalRepresentative: null,
    divisionCode: '320583',
    usccWarnings: [],
    registeredAt: '2026-01-05T09:00:00+08:00',
  },
};

export const allPledges = ALL_PLEDGES;

export function commitmentMade(data: Partial<CommitmentMade['data']> = {}): CommitmentMade {
  return {
    type: 'CommitmentMade',
    data: {
      commitmentId: 'CM-1',
      kind: 'approval-replacing',
      matter: 'construction permit',
      departmentId: 'DEP-HOUSING',
      pledges: allPledges,
      consentToPublication: true,
      followUpCheckOn: '2026-06-01',
      madeAt: '2026-02-02T10:00:00+08:00',
      ...data,
    },
  };
}

/** A general breach decided 2026-01-15, disclosed 6 months (through 2026-07-15), repairable from 2026-04-16. */
export function breachRecorded(data: Partial<BreachRecorded['data']> = {}): BreachRecorded {
  return {
    type: 'BreachRecorded',
    data: {
      breachId: 'BR-1',
      departmentId: 'DEP-MARKET',
      breachClass: 'general',
      basisDocument: '昆市监罚〔2026〕12号',
      decisionDate: '2026-01-15',
      disclosureMonths: 6,
      disclosedThrough: '2026-07-15',
      repairPossibleFrom: '2026-04-16',
      commitmentId: null,
      summary: 'failed to keep a quality pledge',
      subjectMinorOnDecision: false,
      recordedAt: '2026-01-16T09:00:00+08:00',
      ...data,
    },
  };
}

/** Received Monday 2026-02-02; due end of Monday 2026-02-09. */
export function reviewRequested(data: Partial<ReviewRequested['data']> = {}): ReviewRequested {
  return {
    type: 'ReviewRequested',
    data: {
      reviewId: 'RV-1',
      requestedBy: { kind: 'subject' },
      area: 'fiscal-funds-policy-loans',
      matter: 'technology subsidy 2026',
      receivedAt: '2026-02-02T09:00:00+08:00',
      dueAt: '2026-02-09T23:59:59.999+08:00',
      dueDate: '2026-02-09',
      provisional: false,
      forDepartmentId: 'DEP-FINANCE',
      ...data,
    },
  };
}

/** Issued 2026-02-05: valid through 2027-02-05. */
export function reviewReportIssued(data: Partial<ReviewReportIssued['data']> = {}): ReviewReportIssued {
  return {
    type: 'ReviewReportIssued',
    data: {
      reviewId: 'RV-1',
      conclusion: 'no-adverse-record',
      findings: [],
      issuedAt: '2026-02-05T15:00:00+08:00',
      issuedOn: '2026-02-05',
      late: false,
      validThrough: '2027-02-05',
      expiresAt: '2027-02-05T23:59:59.999+08:00',
      ...data,
    },
  };
}

/** Issued 2026-01-20 by AG-17: valid through 2027-01-20. */
export function creditReportFiled(data: Partial<CreditReportFiled['data']> = {}): CreditReportFiled {
  return {
    type: 'CreditReportFiled',
    data: {
      reportId: 'CR-1',
      agencyId: 'AG-17',
      commissionedBy: { kind: 'subject' },
      issuedOn: '2026-01-20',
      sections: {
        basicInformation: 'registered 2001',
        businessInformation: null,
        financialData: null,
        bankCreditRecords: null,
        contractPerformance: null,
        publicCreditSupervision: null,
        judicialCredit: null,
        otherInformation: null,
      },
      summary: 'sound',
      rating: { grade: 'AA', modifier: '+' },
      riskNotes: [],
      validThrough: '2027-01-20',
      expiresAt: '2027-01-20T23:59:59.999+08:00',
      filedAt: '2026-01-21T10:00:00+08:00',
      ...data,
    },
  };
}

/** Filed on holiday Monday 2026-02-23 against BR-1: forward by end of 02-25, decide by end of Saturday 02-28 (adjusted working day). */
export function objectionFiled(data: Partial<ObjectionFiled['data']> = {}): ObjectionFiled {
  return {
    type: 'ObjectionFiled',
    data: {
      objectionId: 'OB-1',
      target: { kind: 'breach', id: 'BR-1' },
      reason: 'the fine was paid before the decision',
      filedAt: '2026-02-23T10:00:00+08:00',
      centerDueAt: '2026-02-28T23:59:59.999+08:00',
      forwardDueAt: '2026-02-25T23:59:59.999+08:00',
      provisional: false,
      ...data,
    },
  };
}

export function repairApplied(data: Partial<RepairApplied['data']> = {}): RepairApplied {
  return {
    type: 'RepairApplied',
    data: {
      repairId: 'RP-1',
      breachId: 'BR-1',
      departmentId: 'DEP-MARKET',
      proofOfFulfilment: 'payment receipt 2026-04-01',
      repairCommitmentId: 'CM-R1',
      appliedAt: '2026-04-20T10:00:00+08:00',
      ...data,
    },
  };
}

/** A record revoked after an objection (a RecordCorrected that revokes, no field corrected). */
export function revoked(kind: RecordTarget['kind'], id: string, correctedAt: string, disclosureEndsBy: string | null = null): RecordCorrected {
  return {
    type: 'RecordCorrected',
    data: {
      objectionId: 'OB-9', target: { kind, id }, correction: {}, recomputed: null, revokesRecord: true, correctedAt, disclosureEndsBy,
      revokesLinkedBreachId: null, provisional: false,
    },
  };
}

export const history = (...events: SubjectEvent[]): SubjectEvent[] => [registered, ...events];
