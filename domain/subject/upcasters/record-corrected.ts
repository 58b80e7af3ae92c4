import type { EventUpcaster, StoredEventData } from '../../kernel/event-catalogue.js';
import type { RecordCorrected } from '../events/objections.js';

/**
 * RecordCorrected as stored at v1. Three fields were added while the type stayed at v1 (first
 * `recomputed`, then `revokesLinkedBreachId` and `provisional`), so a v1 event may carry any of them.
 */
export type RecordCorrectedV1 = Omit<RecordCorrected['data'], 'recomputed' | 'revokesLinkedBreachId' | 'provisional'> & {
  readonly recomputed?: RecordCorrected['data']['recomputed'];
  readonly revokesLinkedBreachId?: string | null;
  readonly provisional?: boolean;
};

/**
 * v1 → v2; a value stored is kept, an absent one is what the rule did when the event was decided:
 * - `recomputed` null (A9): a correction then changed the breach's values but not its disclosure
 *   period, so views keep the disclosure stored with the breach.
 * - `revokesLinkedBreachId` null (A8, A9): a corrected commitment check did not yet take back the
 *   breach it had created; no other breach was revoked by it.
 * - `provisional` false (docs/domain.md Time): the end of disclosure was not marked provisional
 *   when decided, and a stored deadline is never re-marked afterwards.
 */
export function recordCorrectedV1ToV2(v1: RecordCorrectedV1): RecordCorrected['data'] {
  const { recomputed, revokesLinkedBreachId, provisional, ...rest } = v1;
  return {
    ...rest,
    recomputed: recomputed ?? null,
    revokesLinkedBreachId: revokesLinkedBreachId ?? null,
    provisional: provisional ?? false,
  };
}

export const RECORD_CORRECTED_V1: EventUpcaster = {
  type: 'RecordCorrected',
  fromVersion: 1,
  storedFields: ['objectionId', 'target', 'correction', 'revokesRecord', 'correctedAt', 'disclosureEndsBy'],
  reads: {
    recomputed: "when absent: null — a correction then left the breach's disclosure period as stored (A9)",
    revokesLinkedBreachId: 'when absent: null — a corrected commitment check did not yet revoke the breach it created (A8, A9)',
    provisional: 'when absent: false — the end of disclosure was not marked provisional when decided (docs/domain.md Time)',
  },
  // The store checked the type and the stored version: the data is the v1 shape.
  upcast: (data: StoredEventData) => recordCorrectedV1ToV2(data as RecordCorrectedV1),
};
