import { describe, it, expect } from '@jest/globals';
import { DisclosurePeriodOutOfBoundsError } from '../../../domain/subject/errors.js';
import type { RecordBreach } from '../../../domain/subject/commands.js';
import { issueReviewReport, recordBreach, requestReview } from './fixture-commands.js';
import { NOW, breachRecorded, decided, history, reviewReportIssued, reviewRequested, spec } from './fixtures.js';

const record = (extra: Partial<RecordBreach> = {}): RecordBreach => recordBreach({ now: NOW, ...extra });

describe('RecordBreach (A9)', () => {
  it('A9: a general breach is disclosed for the chosen period from the decision date and repairable after 3 months', () => {
    spec().given(history()).when(record()).then([breachRecorded({ recordedAt: NOW })]);
  });

  it('A9: a serious breach decided 2024-02-29 for 36 months is disclosed through 2027-02-28, repairable from 2025-03-01', () => {
    spec()
      .given(history())
      .when(record({ breachClass: 'serious', decisionDate: '2024-02-29', disclosureMonths: 36 }))
      .thenEmits([{ data: { disclosedThrough: '2027-02-28', repairPossibleFrom: '2025-03-01' } }]);
  });

  it('A9: a minor breach with 0 months is recorded but not disclosed (disclosedThrough null)', () => {
    spec()
      .given(history())
      .when(record({ breachClass: 'minor', disclosureMonths: 0 }))
      .thenEmits([{ data: { disclosureMonths: 0, disclosedThrough: null, repairPossibleFrom: '2026-01-16' } }]);
  });

  it('A28: a breach of a subject who was a minor on the decision date is still recorded, marked never to publish', () => {
    spec().given(history()).when(record({ subjectMinorOnDecision: true })).thenEmits([{ type: 'BreachRecorded', data: { subjectMinorOnDecision: true } }]);
  });

  it('A9: a general breach with 0 months (only minor may go undisclosed) is refused with DISCLOSURE_PERIOD_OUT_OF_BOUNDS', () => {
    spec().given(history()).when(record({ disclosureMonths: 0 })).thenThrows(DisclosurePeriodOutOfBoundsError);
  });

  it('A9: a serious breach disclosed for 37 months is refused with DISCLOSURE_PERIOD_OUT_OF_BOUNDS', () => {
    spec().given(history()).when(record({ breachClass: 'serious', disclosureMonths: 37 })).thenThrows('DISCLOSURE_PERIOD_OUT_OF_BOUNDS');
  });

  it('A9: an unknown breach class is invalid input (BREACH_CLASS)', () => {
    spec().given(history()).when(record({ breachClass: 'grave' as never })).thenInvalid('BREACH_CLASS');
  });

  it('A9: a disclosure period that is not a whole number of months is invalid input (DISCLOSURE_MONTHS_INTEGER)', () => {
    spec().given(history()).when(record({ disclosureMonths: 4.5 })).thenInvalid('DISCLOSURE_MONTHS_INTEGER');
  });

  it('A9: a decision dated after today is invalid input (DATE_NOT_IN_FUTURE)', () => {
    spec().given(history()).when(record({ decisionDate: '2026-03-03' })).thenInvalid('DATE_NOT_IN_FUTURE');
    // A9, A31: nor before the measure took effect.
    expect(spec().given(history()).when(record({ decisionDate: '0000-01-01' })).thenInvalid('BEFORE_MEASURE').article).toBe('A31');
  });

  it('A9: a decision date that does not exist is invalid input (CALENDAR_DATE)', () => {
    spec().given(history()).when(record({ decisionDate: '2026-02-29' })).thenInvalid('CALENDAR_DATE');
  });

  it('A9: a breach without its basis document is invalid input (TEXT_REQUIRED), citing A9', () => {
    expect(spec().given(history()).when(record({ basisDocument: '' })).thenInvalid('TEXT_REQUIRED').article).toBe('A9');
  });

  it('A9: a breach id already used is refused with RECORD_ID_ALREADY_USED, citing A9', () => {
    spec().given(history(breachRecorded())).when(record()).thenThrows('RECORD_ID_ALREADY_USED');
    spec().given(history(breachRecorded())).when(record()).thenRefuses({ article: 'A9' });
  });

  it('A14: a breach recorded while a review report is valid flags that report for amendment', () => {
    spec().given(history(reviewRequested(), reviewReportIssued())).when(record()).then([
      breachRecorded({ recordedAt: NOW }),
      { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'BreachRecorded', causeId: 'BR-1', flaggedAt: NOW } },
    ]);
  });

  it('A14: a review report issued 2025-02-05 (valid through 2026-02-05) is not flagged by a breach recorded on 2026-03-02', () => {
    const given = decided(requestReview({ now: '2025-02-03T09:00:00+08:00' }), issueReviewReport({ now: '2025-02-05T15:00:00+08:00' }));
    spec().given(given).when(record()).then([breachRecorded({ recordedAt: NOW })]);
  });
});
