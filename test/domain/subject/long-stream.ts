/**
 * A long-lived enterprise's stream, decided by the real decider: commitments and their checks,
 * breaches, credit reports and their uses, loan checks, objections decided, over and over, every
 * record new; one review report early on, flagged by the later breaches while it is valid (A14), so
 * one record's array grows with the stream too. Deterministic: fixed ids, fixed dates in 2026.
 */
import { DateTime } from 'luxon';
import { FoldScope } from '../../../domain/kernel/fold-scope.js';
import type { SubjectCommand } from '../../../domain/subject/commands.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import {
  AGENCY_IN_FORCE, checkCommitment, decideObjection, fileCreditReport, fileObjection, issueReviewReport, makeCommitment, recordBreach,
  recordLoanCheck, recordReportUse, registerOrganisation, requestReview,
} from './fixture-commands.js';
import { subject } from './random-streams.js';

const START = DateTime.fromISO('2026-01-05T09:00:00+08:00', { setZone: true });

/** One round of a busy subject's records, `i` making every id new; `now` and `today` when it happens. */
function round(i: number, now: string, today: string): SubjectCommand[] {
  return [
    makeCommitment({ now, commitmentId: `CM-${i}`, matter: `permit ${i}`, followUpCheckOn: today }),
    checkCommitment({ now, commitmentId: `CM-${i}`, checkedOn: today }),
    recordBreach({ now, breachId: `BR-${i}`, decisionDate: today }),
    fileCreditReport({ now, reportId: `CR-${i}`, issuedOn: today, agencyStanding: { ...AGENCY_IN_FORCE, on: today } }),
    recordReportUse({ now, useId: `US-${i}`, reportId: `CR-${i}`, matter: `tender ${i}` }),
    recordLoanCheck({ now, loanCheckId: `LC-${i}` }),
    fileObjection({ now, objectionId: `OB-${i}`, target: { kind: 'breach', id: `BR-${i}` } }),
    decideObjection({ now, objectionId: `OB-${i}`, outcome: i % 2 === 0 ? 'rejected' : 'unresolved', reasons: 'decided on the file' }),
  ];
}

/** Exactly `length` events (the last round cut short). Every command must be accepted: a refusal fails the build. */
export function longSubjectStream(length: number): SubjectEvent[] {
  const scope = new FoldScope();
  let state = subject.initialState;
  const events: SubjectEvent[] = [];
  const apply = (command: SubjectCommand) => {
    for (const event of subject.decide(command, state)) {
      events.push(event);
      state = subject.evolve(state, event, scope); // the builder's own fold: no state of it is ever shown
    }
  };
  apply(registerOrganisation({ now: START.toISO()! }));
  apply(requestReview({ now: START.plus({ minutes: 1 }).toISO()!, reviewId: 'RV-1' }));
  apply(issueReviewReport({ now: START.plus({ minutes: 2 }).toISO()!, reviewId: 'RV-1' }));
  for (let i = 0; events.length < length; i += 1) {
    // Ten rounds a day, one minute apart; weekends are fine for the records used here.
    const at = START.plus({ days: 1 + Math.floor(i / 10), minutes: i % 10 });
    for (const command of round(i, at.toISO()!, at.toISODate()!)) apply(command);
  }
  return events.slice(0, length);
}
