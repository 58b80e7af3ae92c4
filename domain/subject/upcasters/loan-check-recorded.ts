import type { EventUpcaster, StoredEventData } from '../../kernel/event-catalogue.js';
import type { LoanCheckRecorded } from '../events/reports.js';

/**
 * LoanCheckRecorded as stored at v1. `agencyExitedForMisconduct` (A26) was added while the type
 * stayed at v1, so a v1 event may or may not carry it.
 */
export type LoanCheckRecordedV1 = Omit<LoanCheckRecorded['data'], 'agencyExitedForMisconduct'> & { readonly agencyExitedForMisconduct?: boolean };

/**
 * v1 → v2. A26: the flag records that the bank was told, when it checked, that the agency of the
 * report it relied on had exited for misconduct. A check decided before the flag existed was told
 * nothing of the kind and was decided as a plain A18 check: not flagged (false). A value stored is kept.
 */
export function loanCheckRecordedV1ToV2(v1: LoanCheckRecordedV1): LoanCheckRecorded['data'] {
  const { agencyExitedForMisconduct, ...rest } = v1;
  return { ...rest, agencyExitedForMisconduct: agencyExitedForMisconduct ?? false };
}

export const LOAN_CHECK_RECORDED_V1: EventUpcaster = {
  type: 'LoanCheckRecorded',
  fromVersion: 1,
  storedFields: ['loanCheckId', 'bankId', 'amountFen', 'pbocReferenceChecked', 'reliesOn', 'thresholdFen', 'dualReportRequired', 'checkedAt'],
  reads: {
    agencyExitedForMisconduct: 'when absent: false — the check was decided before the A26 flag existed, as a plain A18 check, and flagged nothing',
  },
  // The store checked the type and the stored version: the data is the v1 shape.
  upcast: (data: StoredEventData) => loanCheckRecordedV1ToV2(data as LoanCheckRecordedV1),
};
