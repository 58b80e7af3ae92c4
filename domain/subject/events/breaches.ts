import type { DomainEvent } from '../../kernel/event.js';
import type { EventSpec } from '../../kernel/event-catalogue.js';
import type { BreachClass } from '../../rules/disclosure.js';

/**
 * A9: breach information recorded into the public credit system. Disclosure ends by itself
 * after `disclosedThrough` (computed at query time, no event). A28: a minor's breach is
 * recorded but never published.
 */
export type BreachRecorded = DomainEvent<'BreachRecorded', {
  readonly breachId: string;
  readonly departmentId: string;
  readonly breachClass: BreachClass;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosureMonths: number;
  readonly disclosedThrough: string | null;
  readonly repairPossibleFrom: string;
  readonly commitmentId: string | null;
  readonly summary: string;
  readonly subjectMinorOnDecision: boolean;
  readonly recordedAt: string;
}>;

export const BREACH_EVENT_SPECS: readonly EventSpec[] = [
  {
    type: 'BreachRecorded',
    schemaVersion: 1,
    articles: ['A9', 'A28', '国办发〔2025〕22号', 'NDRC 令第36号'],
    description: 'Breach (dishonesty) information was recorded, with its class and public disclosure period.',
    fields: {
      breachId: 'string — id of the breach record',
      departmentId: 'string — the recording department (also the one that decides repair)',
      breachClass: "'minor' | 'general' | 'serious'",
      basisDocument: 'string — number/title of the deciding document',
      decisionDate: 'date — date of the deciding document; disclosure runs from it',
      disclosureMonths: 'integer — disclosure period within the class bounds; 0 only for minor (not disclosed)',
      disclosedThrough: 'date | null — last day of public disclosure; null when not disclosed',
      repairPossibleFrom: 'date — first day a repair application is allowed',
      commitmentId: 'string | null — the breached commitment, when the breach comes from a commitment check',
      summary: 'string — what the breach was',
      subjectMinorOnDecision: 'boolean — the subject was a minor on the decision date: never published (A28)',
      recordedAt: 'instant — when the breach was recorded',
    },
  },
];
