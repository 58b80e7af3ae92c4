import { describe, it, expect } from '@jest/globals';
import { DisclosurePeriodOutOfBoundsError } from '../../../domain/subject/errors.js';
import type { RecordBreach } from '../../../domain/subject/commands.js';
import { NOW, breachRecorded, decideOn, history, reviewReportIssued, reviewRequested, spec } from './fixtures.js';

const record = (extra: Partial<RecordBreach> = {}): RecordBreach => ({
  type: 'RecordBreach',
  now: NOW,
  breachId: 'BR-1',
  departmentId: 'DEP-MARKET',
  breachClass: 'general',
  basisDocument: '昆市监罚〔2026〕12号',
  decisionDate: '2026-01-15',
  disclosureMonths: 6,
  summary: 'failed to keep a quality pledge',
  subjectMinorOnDecision: false,
  ...extra,
});

describe('RecordBreach (A9)', () => {
  it('A9: a general breach is disclosed for the chosen period from the decision date and repairable after 3 months', () => {
    spec().given(history()).when(record()).then([breachRecorded({ recordedAt: NOW })]);
  });

  it('A9: a serious breach decided 2024-02-29 for 36 months is disclosed through 2027-02-28, repairable from 2025-03-01', () => {
    const [event] = decideOn(history(), record({ breachClass: 'serious', decisionDate: '2024-02-29', disclosureMonths: 36 }));
    expect(event.data).toMatchObject({ disclosedThrough: '2027-02-28', repairPossibleFrom: '2025-03-01' });
  });

  it('A9: a minor breach with 0 months is recorded but not disclosed (disclosedThrough null)', () => {
    const [event] = decideOn(history(), record({ breachClass: 'minor', disclosureMonths: 0 }));
    expect(event.data).toMatchObject({ disclosureMonths: 0, disclosedThrough: null, repairPossibleFrom: '2026-01-16' });
  });

  it('A28: a breach of a subject who was a minor on the decision date is still recorded, marked never to publish', () => {
    const [event] = decideOn(history(), record({ subjectMinorOnDecision: true }));
    expect(event).toMatchObject({ type: 'BreachRecorded', data: { subjectMinorOnDecision: true } });
  });

  it('A9: a general breach with 0 months (only minor may go undisclosed) is refused with DISCLOSURE_PERIOD_OUT_OF_BOUNDS', () => {
    spec().given(history()).when(record({ disclosureMonths: 0 })).thenThrows(DisclosurePeriodOutOfBoundsError);
  });

  it('A9: a serious breach disclosed for 37 months is refused with DISCLOSURE_PERIOD_OUT_OF_BOUNDS', () => {
    spec().given(history()).when(record({ breachClass: 'serious', disclosureMonths: 37 })).thenThrows('DISCLOSURE_PERIOD_OUT_OF_BOUNDS');
  });

  it('A9: an unknown breach class is invalid input', () => {
    spec().given(history()).when(record({ breachClass: 'grave' as never })).thenThrows('VALIDATION_FAILED');
  });

  it('A9: a decision dated after today is invalid input', () => {
    spec().given(history()).when(record({ decisionDate: '2026-03-03' })).thenThrows('VALIDATION_FAILED');
  });

  it('A9: a breach without its basis document is invalid input', () => {
    spec().given(history()).when(record({ basisDocument: '' })).thenThrows('VALIDATION_FAILED');
  });

  it('A9: a breach id already used is refused with RECORD_ID_ALREADY_USED', () => {
    spec().given(history(breachRecorded())).when(record()).thenThrows('RECORD_ID_ALREADY_USED');
  });

  it('A14: a breach recorded while a review report is valid flags that report for amendment', () => {
    spec().given(history(reviewRequested(), reviewReportIssued())).when(record()).then([
      breachRecorded({ recordedAt: NOW }),
      { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'BreachRecorded', causeId: 'BR-1', flaggedAt: NOW } },
    ]);
  });

  it('A14: an expired review report is not flagged', () => {
    const expired = reviewReportIssued({ issuedAt: '2025-02-05T15:00:00+08:00', issuedOn: '2025-02-05', validThrough: '2026-02-05', expiresAt: '2026-02-05T23:59:59.999+08:00' });
    spec().given(history(reviewRequested({ receivedAt: '2025-02-03T09:00:00+08:00' }), expired)).when(record()).then([breachRecorded({ recordedAt: NOW })]);
  });
});
