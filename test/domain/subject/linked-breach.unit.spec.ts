import { describe, it, expect } from '@jest/globals';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { activeDisclosuresAt, sharedBreachesAt } from '../../../domain/subject/queries.js';
import { checkCommitment, fileObjection, makeCommitment } from './fixture-commands.js';
import { BREACH, CORRECTED_AT, correct, objectedTo } from './fixture-objections.js';
import { decided, decidedAfter, spec, stateOf } from './fixtures.js';

const SOURCE = 'SH-SCR 36–38';

describe(`a breached commitment check corrected away takes its breach with it (A8, A9, ${SOURCE})`, () => {
  /** CM-1 checked breached on 2026-02-20 (breach BR-C, general, 6 months), objected to on 02-23. */
  const breachedCheck = (): SubjectEvent[] =>
    decidedAfter(
      decided(
        makeCommitment(),
        checkCommitment({
          outcome: 'breached',
          breach: {
            breachId: 'BR-C', breachClass: 'general', basisDocument: '昆住建〔2026〕3号', decisionDate: '2026-02-20',
            disclosureMonths: 6, summary: 'started work before the permit', subjectMinorOnDecision: false,
          },
        }),
      ),
      fileObjection({ target: { kind: 'commitment-check', id: 'CM-1' } }),
    );

  it('A8, A9: corrected to kept, the check revokes breach BR-C on the same event; disclosure ends by the 3rd working day (Saturday 02-28 works: Tuesday 2026-03-03)', () => {
    spec()
      .given(breachedCheck())
      .when(correct({ outcome: 'kept' }))
      .thenEmits([
        { type: 'ObjectionDecided' },
        {
          type: 'RecordCorrected',
          data: { correction: { outcome: 'kept' }, revokesRecord: false, revokesLinkedBreachId: 'BR-C', disclosureEndsBy: '2026-03-03', provisional: false },
        },
      ]);
  });

  it('A9: the breach is disclosed and shared until the correction, neither after; its record stays', () => {
    const state = stateOf(decidedAfter(breachedCheck(), correct({ outcome: 'kept' })));
    expect(activeDisclosuresAt(state, '2026-02-26T10:00:00+08:00').map((b) => b.breachId)).toEqual(['BR-C']);
    expect(activeDisclosuresAt(state, CORRECTED_AT)).toEqual([]);
    expect(sharedBreachesAt(state, CORRECTED_AT)).toEqual([]);
    expect(state.breaches['BR-C']).toMatchObject({ breachId: 'BR-C', commitmentId: 'CM-1' });
    expect(state.annotations['breach:BR-C']).toMatchObject({ revokedAt: CORRECTED_AT, disclosureEndsBy: '2026-03-03' });
  });

  it('A8, A9: revoking the breached check revokes its breach as well', () => {
    spec()
      .given(breachedCheck())
      .when(correct(undefined, { revokesRecord: true }))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected', data: { revokesRecord: true, revokesLinkedBreachId: 'BR-C' } }]);
  });

  it('A8: a kept check corrected (nothing linked) revokes no breach', () => {
    const given = decidedAfter(decided(makeCommitment(), checkCommitment()), fileObjection({ target: { kind: 'commitment-check', id: 'CM-1' } }));
    spec()
      .given(given)
      .when(correct(undefined, { revokesRecord: true }))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected', data: { revokesLinkedBreachId: null, disclosureEndsBy: null } }]);
  });

  it('docs/domain.md Time: a revocation deadline that walks into a year with no holiday notice (2027) is marked provisional', () => {
    spec()
      .given(objectedTo(BREACH))
      .when(correct(undefined, { revokesRecord: true, now: '2026-12-30T10:00:00+08:00' }))
      .thenEmits([{ type: 'ObjectionDecided' }, { type: 'RecordCorrected', data: { revokesRecord: true, provisional: true } }]);
  });
});
