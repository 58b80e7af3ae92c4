import { describe, it, expect } from '@jest/globals';
import { CorrectionFieldNotCorrectableError, DisclosurePeriodOutOfBoundsError } from '../../../domain/subject/errors.js';
import { activeDisclosuresAt, sharedBreachesAt, validCreditReportAt, validReviewReportAt } from '../../../domain/subject/queries.js';
import { applyForRepair, fileObjection } from './fixture-commands.js';
import { BREACH, CORRECTED_AT, REPAIR_CORRECTED_AT, correct, correctAt, objectedTo } from './fixture-objections.js';
import { decidedAfter, spec, stateOf } from './fixtures.js';

const SOURCE = 'SH-SCR 36–38';
const SOURCE_ARTICLE = 'SH-SCR arts. 36–38';
describe(`DecideObjection, corrected: which fields, checked how (${SOURCE}; A8, A9, A10, A16)`, () => {
  it.each([
    ['breach', 'departmentId', 'BR-1'],
    ['breach', 'recordedAt', 'BR-1'],
    ['review-report', 'issuedAt', 'RV-1'],
    ['credit-report', 'issuedOn', 'CR-1'],
    ['credit-report', 'agencyId', 'CR-1'],
    ['commitment-check', 'checkedOn', 'CM-1'],
    ['loan-check', 'amountFen', 'LC-1'],
    ['commitment', 'departmentId', 'CM-1'],
    ['commitment', 'pledges', 'CM-1'],
    ['report-use', 'matter', 'US-1'],
    ['repair-decision', 'outcome', 'RP-1'],
  ] as const)(`${SOURCE}: a correction of the %s field %s is refused with CORRECTION_FIELD_NOT_CORRECTABLE`, (kind, field, id) => {
    spec().given(objectedTo({ kind, id })).when(correct({ [field]: 'x' }, correctAt(kind))).thenThrows(CorrectionFieldNotCorrectableError);
  });

  it(`A6, ${SOURCE}: a commitment is corrected only in how it was recorded: its matter (TEXT_REQUIRED) and consent to publication (BOOLEAN)`, () => {
    const given = objectedTo({ kind: 'commitment', id: 'CM-1' });
    const [, corrected] = spec().given(given).when(correct({ matter: 'construction permit, phase 2', consentToPublication: false })).thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected' }]);
    expect(corrected.data).toHaveProperty('correction', { matter: 'construction permit, phase 2', consentToPublication: false });
    spec().given(given).when(correct({ consentToPublication: 'no' })).thenInvalid('BOOLEAN');
    spec().given(given).when(correct({ matter: ' ' })).thenInvalid('TEXT_REQUIRED');
  });

  it(`A25, ${SOURCE}: a report use can be objected to and revoked, not rewritten`, () => {
    spec()
      .given(objectedTo({ kind: 'report-use', id: 'US-1' }))
      .when(correct({}, { revokesRecord: true }))
      .thenEmits([
        { type: 'ObjectionDecided' },
        { type: 'RecordCorrected', data: { target: { kind: 'report-use', id: 'US-1' }, revokesRecord: true, disclosureEndsBy: null } },
      ]);
  });

  it(`令第36号, ${SOURCE}: a repair decision's reasons can be corrected; revoking the approval makes the breach disclosed and shared again`, () => {
    const given = objectedTo({ kind: 'repair-decision', id: 'RP-1' });
    spec()
      .given(given)
      .when(correct({ reasons: 'proof re-examined' }, correctAt('repair-decision')))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected', data: { correction: { reasons: 'proof re-examined' } } }]);
    const state = stateOf(decidedAfter(given, correct({}, { revokesRecord: true, ...correctAt('repair-decision') })));
    expect(sharedBreachesAt(state, '2026-04-27T10:00:00+08:00')).toEqual([]);
    expect(sharedBreachesAt(state, REPAIR_CORRECTED_AT).map((b) => b.breachId)).toEqual(['BR-1']);
    expect(activeDisclosuresAt(state, REPAIR_CORRECTED_AT).map((b) => b.breachId)).toEqual(['BR-1']);
  });

  it(`${SOURCE}: a decision dated before the objection was filed is refused with COMMAND_PRECEDES_RECORD`, () => {
    spec().given(objectedTo(BREACH)).when(correct({ summary: 'late filing' }, { now: '2026-02-23T09:59:59+08:00' })).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      article: SOURCE_ARTICLE,
      details: { recordAt: '2026-02-23T10:00:00+08:00', commandAt: '2026-02-23T09:59:59+08:00' },
    });
  });

  it(`A18, ${SOURCE}: no field of a loan check can be corrected; the refusal says so and cites the rule`, () => {
    spec().given(objectedTo({ kind: 'loan-check', id: 'LC-1' })).when(correct({ bankId: 'BANK-2' })).thenRefuses({
      code: 'CORRECTION_FIELD_NOT_CORRECTABLE',
      article: 'SH-SCR arts. 36–38',
      details: { kind: 'loan-check', field: 'bankId', correctable: [] },
    });
  });

  it(`A18, ${SOURCE}: a loan check can still be revoked`, () => {
    spec()
      .given(objectedTo({ kind: 'loan-check', id: 'LC-1' }))
      .when(correct({}, { revokesRecord: true }))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected' }]);
  });

  it(`A9: a correction moving a general breach to serious keeps its 6 months: refused with DISCLOSURE_PERIOD_OUT_OF_BOUNDS`, () => {
    spec().given(objectedTo(BREACH)).when(correct({ breachClass: 'serious' })).thenThrows(DisclosurePeriodOutOfBoundsError);
  });

  it('A9: a corrected period beyond the class bounds is refused with DISCLOSURE_PERIOD_OUT_OF_BOUNDS', () => {
    spec().given(objectedTo(BREACH)).when(correct({ disclosureMonths: 13 })).thenThrows('DISCLOSURE_PERIOD_OUT_OF_BOUNDS');
  });

  it('A9: corrected values are checked like the original: class (BREACH_CLASS), months (DISCLOSURE_MONTHS_INTEGER), date (DATE_NOT_IN_FUTURE), texts (TEXT_REQUIRED)', () => {
    spec().given(objectedTo(BREACH)).when(correct({ breachClass: 'grave' })).thenInvalid('BREACH_CLASS');
    spec().given(objectedTo(BREACH)).when(correct({ disclosureMonths: '6' })).thenInvalid('DISCLOSURE_MONTHS_INTEGER');
    spec().given(objectedTo(BREACH)).when(correct({ decisionDate: '2026-02-28' })).thenInvalid('DATE_NOT_IN_FUTURE');
    spec().given(objectedTo(BREACH)).when(correct({ summary: ' ' })).thenInvalid('TEXT_REQUIRED');
  });

  it('A16: a corrected rating is checked on the scale (RATING_MODIFIER) and stored as grade and modifier', () => {
    spec().given(objectedTo({ kind: 'credit-report', id: 'CR-1' })).when(correct({ rating: 'AAA+' })).thenInvalid('RATING_MODIFIER');
    const [, corrected] = spec()
      .given(objectedTo({ kind: 'credit-report', id: 'CR-1' }))
      .when(correct({ rating: 'BBB\u2212', riskNotes: ['overdue tax 2025'] }))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected' }]);
    expect(corrected.data).toHaveProperty('correction', { rating: { grade: 'BBB', modifier: '-' }, riskNotes: ['overdue tax 2025'] });
  });

  it('A10: a corrected review conclusion must be one of the stable codes (ONE_OF); findings a list of texts (TEXT_LIST)', () => {
    spec().given(objectedTo({ kind: 'review-report', id: 'RV-1' })).when(correct({ conclusion: 'fine' })).thenInvalid('ONE_OF');
    spec().given(objectedTo({ kind: 'review-report', id: 'RV-1' })).when(correct({ findings: 'none' })).thenInvalid('TEXT_LIST');
  });

  it('A8, A9: a kept check cannot be corrected into a breach without breach information (BREACH_DETAILS_REQUIRED)', () => {
    spec().given(objectedTo({ kind: 'commitment-check', id: 'CM-1' })).when(correct({ outcome: 'breached' })).thenInvalid('BREACH_DETAILS_REQUIRED');
  });

  it(`${SOURCE}: a correction that is not an object is invalid input (CORRECTION_OBJECT)`, () => {
    spec().given(objectedTo(BREACH)).when(correct(['summary'] as never)).thenInvalid('CORRECTION_OBJECT');
  });

  it('A9: a breach corrected to minor with 0 months is no longer disclosed: recomputed disclosedThrough null, repairable from the day after the decision', () => {
    spec()
      .given(objectedTo(BREACH))
      .when(correct({ breachClass: 'minor', disclosureMonths: 0 }))
      .thenEmits([
        { type: 'ObjectionDecided' },
        { type: 'RecordCorrected', data: { correction: { breachClass: 'minor', disclosureMonths: 0 }, recomputed: { disclosedThrough: null, repairPossibleFrom: '2026-01-16' } } },
      ]);
  });

  it('A9: a breach whose decision date is corrected to 2025-12-31 (6 months) is disclosed through 2026-06-30, repairable from 2026-04-01', () => {
    const [, corrected] = spec().given(objectedTo(BREACH)).when(correct({ decisionDate: '2025-12-31' })).thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected' }]);
    expect(corrected.data).toHaveProperty('recomputed', { disclosedThrough: '2026-06-30', repairPossibleFrom: '2026-04-01' });
  });

  it(`${SOURCE}: the corrected record stays as stored: its event is unchanged and the correction is a new RecordCorrected`, () => {
    const given = objectedTo(BREACH);
    const recordedBefore = structuredClone(given.find((e) => e.type === 'BreachRecorded'));
    const stateBefore = structuredClone(stateOf(given).breaches['BR-1']);
    const produced = spec()
      .given(given)
      .when(correct({ breachClass: 'minor', disclosureMonths: 0 }))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected' }]);
    const after = [...given, ...produced];
    expect(after.find((e) => e.type === 'BreachRecorded')).toEqual(recordedBefore);
    expect(recordedBefore).toMatchObject({ data: { breachClass: 'general', disclosureMonths: 6, disclosedThrough: '2026-07-15' } });
    expect(stateOf(after).breaches['BR-1']).toEqual(stateBefore);
  });
});

describe(`views apply the corrections in force at the asked instant (${SOURCE})`, () => {
  it('A9: a breach corrected to minor / 0 months on 2026-02-27 is disclosed until then and not after', () => {
    const state = stateOf(decidedAfter(objectedTo(BREACH), correct({ breachClass: 'minor', disclosureMonths: 0 })));
    expect(activeDisclosuresAt(state, '2026-02-27T09:59:59+08:00')).toMatchObject([{ breachId: 'BR-1', breachClass: 'general', corrected: false }]);
    expect(activeDisclosuresAt(state, CORRECTED_AT)).toEqual([]);
  });

  it('A9: a period corrected from 6 to 3 months ends disclosure on 2026-04-15 instead of 2026-07-15; the corrected values are shown', () => {
    const state = stateOf(decidedAfter(objectedTo(BREACH), correct({ disclosureMonths: 3, summary: 'late filing' })));
    expect(activeDisclosuresAt(state, '2026-04-15T12:00:00+08:00')).toMatchObject([
      { breachId: 'BR-1', disclosureMonths: 3, disclosedThrough: '2026-04-15', summary: 'late filing', corrected: true, underObjection: false },
    ]);
    expect(activeDisclosuresAt(state, '2026-04-16T00:00:00+08:00')).toEqual([]);
  });

  it('A9: the latest correction of a field wins; earlier corrections of other fields stay in force', () => {
    const first = decidedAfter(objectedTo(BREACH), correct({ summary: 'late filing' }));
    const second = decidedAfter(first, fileObjection({ now: '2026-03-02T10:00:00+08:00', objectionId: 'OB-2' }), correct({ disclosureMonths: 4 }, { objectionId: 'OB-2', now: '2026-03-03T10:00:00+08:00' }));
    expect(activeDisclosuresAt(stateOf(second), '2026-03-03T10:00:00+08:00')).toMatchObject([{ summary: 'late filing', disclosureMonths: 4, disclosedThrough: '2026-05-15' }]);
  });

  it('令第36号: a decision date corrected to 2025-12-31 lets the subject apply for repair from 2026-04-01', () => {
    const given = decidedAfter(objectedTo(BREACH), correct({ decisionDate: '2025-12-31' }));
    spec().given(given).when(applyForRepair({ now: '2026-03-31T10:00:00+08:00' })).thenRefuses({ details: { possibleFrom: '2026-04-01' } });
    spec().given(given).when(applyForRepair({ now: '2026-04-01T10:00:00+08:00' })).thenEmits([{ type: 'CommitmentMade' }, { type: 'RepairApplied' }]);
  });

  it('A16: a credit report shows its corrected rating from the correction on, the original before', () => {
    const state = stateOf(decidedAfter(objectedTo({ kind: 'credit-report', id: 'CR-1' }), correct({ rating: 'A' })));
    expect(validCreditReportAt(state, '2026-02-26T10:00:00+08:00')?.rating).toEqual({ grade: 'AA', modifier: '+' });
    expect(validCreditReportAt(state, CORRECTED_AT)?.rating).toEqual({ grade: 'A', modifier: null });
  });

  it('A10: a review report shows its corrected conclusion from the correction on', () => {
    const state = stateOf(decidedAfter(objectedTo({ kind: 'review-report', id: 'RV-1' }), correct({ conclusion: 'adverse-record-found', findings: ['BR-1'] })));
    expect(validReviewReportAt(state, '2026-02-26T10:00:00+08:00')?.report).toMatchObject({ conclusion: 'no-adverse-record', findings: [] });
    expect(validReviewReportAt(state, CORRECTED_AT)?.report).toMatchObject({ conclusion: 'adverse-record-found', findings: ['BR-1'] });
  });

  it('A14: an amendment issued after a correction supersedes it (the amendment re-issues the content)', () => {
    const corrected = decidedAfter(objectedTo({ kind: 'review-report', id: 'RV-1' }), correct({ conclusion: 'adverse-record-found' }));
    const amended = decidedAfter(corrected, {
      type: 'AmendReviewReport',
      now: '2026-03-02T10:00:00+08:00',
      reviewId: 'RV-1',
      conclusion: 'no-adverse-record',
      findings: ['BR-1 repaired'],
      reason: 'the breach was repaired',
      requestedBy: 'center',
    });
    expect(validReviewReportAt(stateOf(amended), '2026-03-02T10:00:00+08:00')?.report).toMatchObject({ conclusion: 'no-adverse-record', findings: ['BR-1 repaired'] });
  });
});

