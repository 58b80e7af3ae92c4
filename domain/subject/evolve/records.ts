import { appendItem, type FoldScope } from '../../kernel/fold-scope.js';
import type { BreachRecorded } from '../events/breaches.js';
import type { CommitmentCheckRecorded, CommitmentMade } from '../events/commitments.js';
import type { RepairApplied, RepairDecided } from '../events/repairs.js';
import type { CreditReportFiled, LoanCheckRecorded, ReportUsed } from '../events/reports.js';
import { NO_ANNOTATIONS, type SubjectState } from '../state.js';
import { targetKey } from '../values.js';
import { get, put, update } from './maps.js';

export function commitmentMade(state: SubjectState, { data }: CommitmentMade, scope?: FoldScope): SubjectState {
  return { ...state, commitments: put(state.commitments, data.commitmentId, { ...data, check: null, earlierChecks: [] }, scope) };
}

/**
 * A8, SH-SCR art. 38: a new check can follow only a revoked one. The revoked check moves to
 * `earlierChecks` with its annotations, so the objections to it never count against the new one.
 */
export function commitmentCheckRecorded(state: SubjectState, { data }: CommitmentCheckRecorded, scope?: FoldScope): SubjectState {
  const { outcome, checkedOn, departmentId, breachId, recordedAt } = data;
  const commitment = get(state.commitments, data.commitmentId);
  if (commitment === undefined) return state;
  const check = { outcome, checkedOn, departmentId, breachId, recordedAt };
  if (commitment.check === null) return { ...state, commitments: put(state.commitments, data.commitmentId, { ...commitment, check }, scope) };
  const key = targetKey({ kind: 'commitment-check', id: data.commitmentId });
  // The annotations move (the key is reset below), so an owned one stays in one place.
  const earlier = { check: commitment.check, annotations: get(state.annotations, key) ?? NO_ANNOTATIONS };
  return {
    ...state,
    commitments: put(state.commitments, data.commitmentId, { ...commitment, check, earlierChecks: appendItem(commitment.earlierChecks, earlier, scope) }, scope),
    annotations: put(state.annotations, key, NO_ANNOTATIONS, scope),
  };
}

export function breachRecorded(state: SubjectState, { data }: BreachRecorded, scope?: FoldScope): SubjectState {
  return { ...state, breaches: put(state.breaches, data.breachId, { ...data, pendingRepairId: null, repairedAt: null, repairedBy: null }, scope) };
}

export function creditReportFiled(state: SubjectState, { data }: CreditReportFiled, scope?: FoldScope): SubjectState {
  const { reportId, agencyId, commissionedBy, sections, summary, rating, riskNotes, issuedOn, validThrough, expiresAt, filedAt } = data;
  return {
    ...state,
    creditReports: put(state.creditReports, reportId, {
      reportId, agencyId, commissionedBy, sections, summary, rating, riskNotes, filedAt,
      validity: { issuedOn, validThrough, expiresAt },
    }, scope),
  };
}

export function reportUsed(state: SubjectState, { data }: ReportUsed, scope?: FoldScope): SubjectState {
  const { useId, reportKind, reportId, usedBy, area, matter, usedAt } = data;
  return { ...state, reportUses: put(state.reportUses, useId, { useId, report: { kind: reportKind, reportId }, usedBy, area, matter, usedAt }, scope) };
}

export function loanCheckRecorded(state: SubjectState, { data }: LoanCheckRecorded, scope?: FoldScope): SubjectState {
  const { loanCheckId, bankId, amountFen, reliesOn, agencyExitedForMisconduct, dualReportRequired, checkedAt } = data;
  return {
    ...state,
    loanChecks: put(state.loanChecks, loanCheckId, { loanCheckId, bankId, amountFen, reliesOn, agencyExitedForMisconduct, dualReportRequired, checkedAt }, scope),
  };
}

export function repairApplied(state: SubjectState, { data }: RepairApplied, scope?: FoldScope): SubjectState {
  return {
    ...state,
    repairs: put(state.repairs, data.repairId, { ...data, decision: null }, scope),
    breaches: update(state.breaches, data.breachId, (b) => ({ ...b, pendingRepairId: data.repairId }), scope),
  };
}

/** Approval ends public disclosure and sharing for new decisions; the breach record stays. */
export function repairDecided(state: SubjectState, { data }: RepairDecided, scope?: FoldScope): SubjectState {
  const { repairId, breachId, outcome, reasons, decidedAt } = data;
  return {
    ...state,
    repairs: update(state.repairs, repairId, (r) => ({ ...r, decision: { outcome, reasons, decidedAt } }), scope),
    breaches: update(state.breaches, breachId, (b) => ({
      ...b,
      pendingRepairId: b.pendingRepairId === repairId ? null : b.pendingRepairId,
      ...(outcome === 'approved' ? { repairedAt: decidedAt, repairedBy: repairId } : {}),
    }), scope),
  };
}
