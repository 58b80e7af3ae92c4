import type { DomainEvent } from '../../kernel/event.js';
import type { EventSpec } from '../../kernel/event-catalogue.js';
import type { CommitmentKind, Pledges } from '../values.js';

/** A6–A8: the subject signed a credit commitment for a matter with a department. */
export type CommitmentMade = DomainEvent<'CommitmentMade', {
  readonly commitmentId: string;
  readonly kind: CommitmentKind;
  readonly matter: string;
  readonly departmentId: string;
  readonly pledges: Pledges;
  readonly consentToPublication: boolean;
  readonly followUpCheckOn: string | null;
  readonly madeAt: string;
}>;

/** A8–A9: a follow-up check found the commitment kept or breached (a breach also records a BreachRecorded). */
export type CommitmentCheckRecorded = DomainEvent<'CommitmentCheckRecorded', {
  readonly commitmentId: string;
  readonly outcome: 'kept' | 'breached';
  readonly checkedOn: string;
  readonly departmentId: string;
  readonly breachId: string | null;
  readonly recordedAt: string;
}>;

export const COMMITMENT_EVENT_SPECS: readonly EventSpec[] = [
  {
    type: 'CommitmentMade',
    schemaVersion: 1,
    articles: ['A6', 'A7', 'A8', '国办发〔2019〕35号'],
    description: 'The subject made a written credit commitment to a department for a matter.',
    fields: {
      commitmentId: 'string — id of the commitment',
      kind: "'approval-replacing' | 'voluntary-public' | 'industry-self-discipline' | 'repair'",
      matter: 'string — the administrative matter the commitment is for',
      departmentId: 'string — the department that asked for and holds the commitment',
      pledges:
        '{ownCreditStatus, truthfulMaterials, acceptsLiability, acceptsSupervision, compliesWithLaw?}: boolean each — all true (A6 a–c, A8); ' +
        'compliesWithLaw is optional by design: absent on letters recorded before it was required, because a letter is stored as signed ' +
        'and no upcaster adds a pledge the subject never made (no view reads it)',
      consentToPublication: 'boolean — the subject consents to the commitment being published',
      followUpCheckOn: 'date | null — planned follow-up check',
      madeAt: 'instant — when the commitment was recorded',
    },
  },
  {
    type: 'CommitmentCheckRecorded',
    schemaVersion: 1,
    articles: ['A8', 'A9'],
    description: 'A follow-up check of a commitment found it kept or breached.',
    fields: {
      commitmentId: 'string — the commitment checked',
      outcome: "'kept' | 'breached'",
      checkedOn: 'date — the day of the check',
      departmentId: 'string — the department that checked',
      breachId: 'string | null — the breach recorded in the same decision when breached (A9)',
      recordedAt: 'instant — when the check was recorded',
    },
  },
];
