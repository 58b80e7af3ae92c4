/** Registration (A4), commitments and their checks (A6–A8), breach information (A9). */
import type { CommandContext } from '../../kernel/event.js';
import type { BreachClass } from '../../rules/disclosure.js';
import type { CommitmentKind, Pledges } from '../values.js';

/**
 * A4. A person arrives under a pseudonymous id computed outside the domain (A28); the identity
 * number comes along only to be checked (GB 11643-1999) and is never put in an event.
 */
export type SubjectToRegister =
  | { readonly kind: 'organisation'; readonly uscc: string; readonly name: string; readonly legalRepresentative?: string }
  | { readonly kind: 'person'; readonly subjectId: string; readonly identityNumber: string; readonly divisionCode?: string };

export interface RegisterSubject extends CommandContext {
  readonly type: 'RegisterSubject';
  readonly subject: SubjectToRegister;
}

/** What a commitment letter contains (A6–A8, 国办发〔2019〕35号); a new letter gives every pledge, compliance (A8) included. */
export interface CommitmentTerms {
  readonly matter: string;
  readonly pledges: Required<Pledges>;
  readonly consentToPublication: boolean;
  readonly followUpCheckOn?: string | null;
}

export interface MakeCommitment extends CommandContext, CommitmentTerms {
  readonly type: 'MakeCommitment';
  readonly commitmentId: string;
  readonly kind: CommitmentKind;
  readonly departmentId: string;
}

/** The facts of a breach decision (A9); the recording department comes with the command. */
export interface BreachFacts {
  readonly breachId: string;
  readonly breachClass: BreachClass;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosureMonths: number;
  readonly summary: string;
  /** A28: looked up outside (the domain never sees a birth date). */
  readonly subjectMinorOnDecision: boolean;
}

export interface RecordCommitmentCheck extends CommandContext {
  readonly type: 'RecordCommitmentCheck';
  readonly commitmentId: string;
  readonly outcome: 'kept' | 'breached';
  readonly checkedOn: string;
  readonly departmentId: string;
  /** Successors of the department holding the commitment, when it was merged or renamed (looked up outside). */
  readonly holdingDepartmentSuccessors?: readonly string[];
  /** Required when breached (A9), absent when kept. */
  readonly breach?: BreachFacts;
}

export interface RecordBreach extends CommandContext, BreachFacts {
  readonly type: 'RecordBreach';
  readonly departmentId: string;
}
