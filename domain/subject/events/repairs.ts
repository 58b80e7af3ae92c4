import type { DomainEvent } from '../../kernel/event.js';
import type { EventSpec } from '../../kernel/event-catalogue.js';
import type { RepairOutcome } from '../values.js';

const SOURCE = 'NDRC 令第36号 (docs/domain.md)';

/** The subject applies to the recording department for credit repair of a breach. */
export type RepairApplied = DomainEvent<'RepairApplied', {
  readonly repairId: string;
  readonly breachId: string;
  readonly departmentId: string;
  readonly proofOfFulfilment: string;
  readonly repairCommitmentId: string;
  readonly appliedAt: string;
}>;

/** Whoever designates, repairs: the recording department (or its successor) approves or refuses. */
export type RepairDecided = DomainEvent<'RepairDecided', {
  readonly repairId: string;
  readonly breachId: string;
  readonly departmentId: string;
  readonly outcome: RepairOutcome;
  readonly reasons: string | null;
  readonly decidedAt: string;
}>;

export const REPAIR_EVENT_SPECS: readonly EventSpec[] = [
  {
    type: 'RepairApplied',
    schemaVersion: 1,
    articles: ['A9', SOURCE],
    description: 'The subject applied for credit repair of a breach, with proof of fulfilment and a repair commitment.',
    fields: {
      repairId: 'string — id of the application',
      breachId: 'string — the breach to repair',
      departmentId: 'string — the department that recorded the breach and decides',
      proofOfFulfilment: 'string — reference to the proof that obligations were fulfilled',
      repairCommitmentId: 'string — the repair commitment made in the same decision (CommitmentMade, kind repair)',
      appliedAt: 'instant — when the application was received',
    },
  },
  {
    type: 'RepairDecided',
    schemaVersion: 1,
    articles: ['A9', SOURCE],
    description: 'The recording department (or its successor) decided a repair; approval ends public disclosure and sharing for new decisions, the record stays.',
    fields: {
      repairId: 'string — the application',
      breachId: 'string — the breach concerned',
      departmentId: 'string — the deciding department: the one that recorded the breach, or its successor after a merger or renaming',
      outcome: "'approved' | 'refused'",
      reasons: 'string | null — required when refused',
      decidedAt: 'instant — when it was decided',
    },
  },
];
