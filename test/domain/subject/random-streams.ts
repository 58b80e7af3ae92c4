/**
 * Valid subject streams of any shape, decided by the real decider: a list of steps (a command kind
 * and small numbers picking ids and options) becomes commands on the state so far, and a command
 * the decider refuses is skipped. Small id pools make later commands hit earlier records (checks,
 * objections, corrections, repairs, amendments) as a long-lived subject's stream does.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { FoldScope } from '../../../domain/kernel/fold-scope.js';
import type { SubjectCommand } from '../../../domain/subject/commands.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import type { SubjectState } from '../../../domain/subject/state.js';
import type { RecordTarget } from '../../../domain/subject/values.js';
import {
  AGENCY_IN_FORCE, applyForRepair, checkCommitment, decideObjection, decideRepair, fileCreditReport, fileObjection, forwardObjection,
  issueReviewReport, makeCommitment, recordBreach, recordLoanCheck, recordReportUse, registerOrganisation, requestReview,
} from './fixture-commands.js';
import { WorkingDayCalendar } from '../../../domain/rules/calendar/working-day-calendar.js';
import { DEFAULT_SUBJECT_POLICY, subjectDecider } from '../../../domain/subject/decider.js';
import { loadHolidayTables, SHIPPED_HOLIDAY_DIR } from '../../../src/calendar/holiday-files.js';

export interface Step {
  readonly kind: number;
  /** Picks an id or a record. */
  readonly pick: number;
  /** Picks an option (outcome, revocation…). */
  readonly option: number;
  /** Business days pass before the step (reviews fall due, repairs become possible). */
  readonly days: number;
}

const KINDS = 14;

/** 'few': commitments, reviews and credit reports reuse four ids (later commands hit them); 'many': every record is new. */
export type IdPools = 'few' | 'many';
/** Mostly a few days; now and then months, so breaches become repairable and reports age. */
const daysArbitrary = fc.oneof({ arbitrary: fc.nat(5), weight: 5 }, { arbitrary: fc.integer({ min: 30, max: 100 }), weight: 1 });
export const stepArbitrary: fc.Arbitrary<Step> = fc.record({ kind: fc.nat(KINDS - 1), pick: fc.nat(3), option: fc.nat(3), days: daysArbitrary });

/** The subject decider with the shipped holiday tables and the default policy (as fixtures.ts builds it). */
export const subject = subjectDecider({ calendar: WorkingDayCalendar.fromTables(loadHolidayTables([SHIPPED_HOLIDAY_DIR])), policy: DEFAULT_SUBJECT_POLICY });

const START = DateTime.fromISO('2026-01-05T09:00:00+08:00', { setZone: true });

/** Every record an objection may target, in a stable order. */
function targets(state: SubjectState): RecordTarget[] {
  const ids = (map: object) => Object.keys(map);
  return [
    ...ids(state.breaches).map((id) => ({ kind: 'breach', id }) as const),
    ...ids(state.commitments).filter((id) => state.commitments[id]!.check !== null).map((id) => ({ kind: 'commitment-check', id }) as const),
    ...ids(state.commitments).map((id) => ({ kind: 'commitment', id }) as const),
    ...ids(state.creditReports).map((id) => ({ kind: 'credit-report', id }) as const),
    ...ids(state.reviews).filter((id) => state.reviews[id]!.report !== null).map((id) => ({ kind: 'review-report', id }) as const),
    ...ids(state.loanChecks).map((id) => ({ kind: 'loan-check', id }) as const),
    ...ids(state.reportUses).map((id) => ({ kind: 'report-use', id }) as const),
  ];
}

const issuedReviews = (state: SubjectState) => Object.keys(state.reviews).filter((id) => state.reviews[id]!.report !== null);

/** SH-SCR art. 37: an objection goes to the department that provided the record. */
function providerOf(state: SubjectState, target: RecordTarget): string {
  if (target.kind === 'breach') return state.breaches[target.id]?.departmentId ?? 'DEP-MARKET';
  if (target.kind === 'commitment-check') return state.commitments[target.id]?.check?.departmentId ?? 'DEP-HOUSING';
  if (target.kind === 'commitment') return state.commitments[target.id]?.departmentId ?? 'DEP-HOUSING';
  return 'DEP-MARKET';
}

/** The `pick`-th record: counted from the first with few ids (old records come back), from the newest with many. */
const at = <T>(items: readonly T[], pick: number, ids: IdPools = 'few'): T | undefined =>
  items.length === 0 ? undefined : items[ids === 'few' ? pick % items.length : items.length - 1 - (pick % items.length)];

/** The command a step stands for on this state, or null when it has nothing to act on. */
function commandOf(step: Step, index: number, now: string, state: SubjectState, ids: IdPools): SubjectCommand | null {
  const today = now.slice(0, 10);
  const n = ids === 'few' ? `${step.pick}` : `${index}`;
  switch (step.kind) {
    case 0: return makeCommitment({ now, commitmentId: `CM-${n}`, matter: `matter ${index}` });
    case 1: {
      const id = at(Object.keys(state.commitments), step.pick, ids);
      if (id === undefined) return null;
      const breached = step.option % 2 === 1;
      return checkCommitment({
        now, commitmentId: id, checkedOn: today, departmentId: state.commitments[id]!.departmentId, outcome: breached ? 'breached' : 'kept',
        ...(breached ? { breach: { breachId: `BR-C${index}`, breachClass: 'general', basisDocument: '昆市监罚〔2026〕7号', decisionDate: today, disclosureMonths: 6, summary: 'pledge broken', subjectMinorOnDecision: false } } : {}),
      });
    }
    case 2: return recordBreach({ now, breachId: `BR-${index}`, decisionDate: today, breachClass: step.option % 3 === 0 ? 'serious' : 'general' });
    case 3: return requestReview({ now, reviewId: `RV-${n}` });
    case 4: {
      const id = at(Object.keys(state.reviews), step.pick, ids);
      return id === undefined ? null : issueReviewReport({ now, reviewId: id, conclusion: step.option % 2 === 0 ? 'no-adverse-record' : 'adverse-record-found', findings: step.option % 2 === 0 ? [] : ['a breach on file'] });
    }
    case 5: {
      const id = at(issuedReviews(state), step.pick, ids);
      return id === undefined ? null : { type: 'AmendReviewReport', now, reviewId: id, conclusion: 'no-adverse-record', findings: [], reason: 'corrected record', requestedBy: 'center' };
    }
    case 6: return fileCreditReport({ now, reportId: `CR-${n}`, issuedOn: today, agencyStanding: { ...AGENCY_IN_FORCE, on: today } });
    case 7: {
      const reports = [...Object.keys(state.creditReports).map((id) => ['credit-report', id] as const), ...issuedReviews(state).map((id) => ['review-report', id] as const)];
      const report = at(reports, step.pick, ids);
      if (report === undefined) return null;
      return recordReportUse({
        now, useId: `US-${index}`, reportKind: report[0], reportId: report[1],
        ...(report[0] === 'review-report' ? { area: 'fiscal-funds-policy-loans' } : {}),
      });
    }
    case 8: return recordLoanCheck({ now, loanCheckId: `LC-${index}` });
    case 9: {
      const target = at(targets(state), step.pick + step.option, ids);
      return target === undefined ? null : fileObjection({ now, objectionId: `OB-${index}`, target });
    }
    case 10: {
      const id = at(Object.keys(state.objections), step.pick, ids);
      return id === undefined ? null : forwardObjection({ now, objectionId: id, toDepartmentId: providerOf(state, state.objections[id]!.target) });
    }
    case 11: {
      const id = at(Object.keys(state.objections), step.pick, ids);
      if (id === undefined) return null;
      const forwarded = state.objections[id]!.forwarded;
      const decidedBy = forwarded === null ? { kind: 'center' as const } : { kind: 'department' as const, departmentId: forwarded.toDepartmentId };
      if (step.option === 0) return decideObjection({ now, objectionId: id, decidedBy, outcome: 'rejected', reasons: 'stands' });
      if (step.option === 1) return decideObjection({ now, objectionId: id, decidedBy, outcome: 'unresolved', reasons: 'both shown' });
      return decideObjection({ now, objectionId: id, decidedBy, outcome: 'corrected', reasons: undefined, correction: {}, revokesRecord: true });
    }
    case 12: {
      const id = at(Object.keys(state.breaches).filter((breachId) => state.breaches[breachId]!.repairPossibleFrom <= today), step.pick, ids);
      return id === undefined ? null : applyForRepair({ now, repairId: `RP-${index}`, breachId: id, repairCommitmentId: `CM-R${index}` });
    }
    default: {
      const id = at(Object.keys(state.repairs), step.pick, ids);
      if (id === undefined) return null;
      const breach = state.breaches[state.repairs[id]!.breachId];
      return decideRepair({ now, repairId: id, departmentId: breach?.departmentId ?? 'DEP-MARKET', outcome: step.option % 2 === 0 ? 'approved' : 'refused', ...(step.option % 2 === 0 ? {} : { reasons: 'not fulfilled' }) });
    }
  }
}

/**
 * The events the decider decides for these steps, after the subject's registration. The state
 * along the way is folded with one scope the caller never sees (so building a long stream is linear).
 */
export function decideSteps(steps: readonly Step[], ids: IdPools = 'few'): SubjectEvent[] {
  const scope = new FoldScope();
  let state = subject.initialState;
  let time = START;
  const events: SubjectEvent[] = [];
  const apply = (command: SubjectCommand) => {
    let decided: readonly SubjectEvent[];
    try {
      decided = subject.decide(command, state);
    } catch {
      return; // a refusal: the step is skipped, as a real caller would be answered 4xx
    }
    for (const event of decided) {
      events.push(event);
      state = subject.evolve(state, event, scope);
    }
  };
  apply(registerOrganisation({ now: time.toISO()! }));
  steps.forEach((step, index) => {
    time = time.plus({ days: step.days, minutes: 7 });
    const command = commandOf(step, index, time.toISO()!, state, ids);
    if (command !== null) apply(command);
  });
  return events;
}

export const streamArbitrary: fc.Arbitrary<SubjectEvent[]> = fc.array(stepArbitrary, { minLength: 5, maxLength: 80 }).map((steps) => decideSteps(steps));
