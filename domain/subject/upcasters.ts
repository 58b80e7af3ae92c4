/**
 * The subject events whose shape grew after they were first stored: each older stored shape is
 * read in the current one by a pure upcaster (`upcasters/`); the log itself is never rewritten.
 */
import type { EventUpcaster } from '../kernel/event-catalogue.js';
import { LOAN_CHECK_RECORDED_V1 } from './upcasters/loan-check-recorded.js';
import { RECORD_CORRECTED_V1 } from './upcasters/record-corrected.js';
import { REVIEW_REQUESTED_V1 } from './upcasters/review-requested.js';

export type { LoanCheckRecordedV1 } from './upcasters/loan-check-recorded.js';
export type { RecordCorrectedV1 } from './upcasters/record-corrected.js';
export type { ReviewRequestedV1 } from './upcasters/review-requested.js';
export { loanCheckRecordedV1ToV2 } from './upcasters/loan-check-recorded.js';
export { recordCorrectedV1ToV2 } from './upcasters/record-corrected.js';
export { reviewRequestedV1ToV2 } from './upcasters/review-requested.js';

export const SUBJECT_UPCASTERS: readonly EventUpcaster[] = [REVIEW_REQUESTED_V1, LOAN_CHECK_RECORDED_V1, RECORD_CORRECTED_V1];
