/**
 * Three domain events exactly as a v1 writer stored them, before their types moved to v2, and
 * what every reader must see of them now. Shared by the event store contract and the SQLite spec.
 */
import { DOMAIN_EVENT_CATALOGUES } from '../../src/event-store/domain-event-schemas.js';
import { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';
import type { JsonObject } from '../../src/shared/json.js';

export const GREW_AFTER_V1 = ['ReviewRequested', 'LoanCheckRecorded', 'RecordCorrected'] as const;

/** The registry as the service had it before v2: every type at v1, no upcaster (the old write path). */
export function schemasBeforeV2(): EventSchemaRegistry {
  const registry = new EventSchemaRegistry();
  const grew: readonly string[] = GREW_AFTER_V1;
  for (const catalogue of Object.values(DOMAIN_EVENT_CATALOGUES)) for (const spec of catalogue) registry.register(spec.type, grew.includes(spec.type) ? 1 : spec.schemaVersion);
  return registry;
}

/** The data of the three events as the v1 writer stored it. */
const V1_JSON: Record<string, string> = {
  ReviewRequested:
    '{"reviewId":"RV-1","requestedBy":{"kind":"department","departmentId":"DEP-FINANCE"},"area":"fiscal-funds-policy-loans","matter":"technology subsidy 2026",' +
    '"receivedAt":"2026-02-02T09:00:00+08:00","dueAt":"2026-02-09T23:59:59.999+08:00","dueDate":"2026-02-09","provisional":false}',
  LoanCheckRecorded:
    '{"loanCheckId":"LC-1","bankId":"BANK-1","amountFen":10000,"pbocReferenceChecked":true,"reliesOn":null,"thresholdFen":1000000000,' +
    '"dualReportRequired":false,"checkedAt":"2026-02-20T10:00:00+08:00"}',
  RecordCorrected:
    '{"objectionId":"OB-1","target":{"kind":"breach","id":"BR-1"},"correction":{"disclosureMonths":3},"revokesRecord":false,' +
    '"correctedAt":"2026-02-27T10:00:00+08:00","disclosureEndsBy":null}',
};
export const storedV1Data = (type: string): JsonObject => JSON.parse(V1_JSON[type]!);

/** What every reader must see: the v2 shape, the later fields filled as the upcasters say. */
export const READ_AT_V2: Record<string, JsonObject> = {
  ReviewRequested: { ...storedV1Data('ReviewRequested'), forDepartmentId: 'DEP-FINANCE' }, // A10, A13
  LoanCheckRecorded: { ...storedV1Data('LoanCheckRecorded'), agencyExitedForMisconduct: false }, // A26
  RecordCorrected: { ...storedV1Data('RecordCorrected'), recomputed: null, revokesLinkedBreachId: null, provisional: false }, // A8, A9
};
