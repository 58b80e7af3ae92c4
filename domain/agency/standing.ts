/**
 * A20: a credit report counts only if its agency's filing was in force on the issue date.
 * The subject aggregate asks this of the agency's folded state before accepting a report.
 */
import type { ExitReason, FilingLevel } from './filing-level.js';
import { suspensionCovers, type AgencyState, type FiledAgencyState } from './state.js';

export const AGENCY_STATUSES_ON_DATE = ['not-filed', 'in-force', 'suspended', 'exited'] as const;
export type AgencyStatusOnDate = (typeof AGENCY_STATUSES_ON_DATE)[number];

export type AgencyStanding = {
  readonly agencyId: string | null;
  /** The calendar date (YYYY-MM-DD, Asia/Shanghai) the standing was computed for: a report's issue date (A20). */
  readonly on: string;
  /** On the asked date: not filed yet, in force, suspended (A26), or out of the market (A26). */
  readonly status: AgencyStatusOnDate;
  readonly filedOn: string | null;
  /**
   * The agency's exit reason as known now, even for a date before the exit: reports issued
   * before an exit for misconduct are flagged (docs/domain.md "Agencies and reports").
   */
  readonly exitReason: ExitReason | null;
  readonly exitedOn: string | null;
  readonly level: FilingLevel | null;
};

/** Standing of the agency on a calendar date (YYYY-MM-DD, Asia/Shanghai). */
export function agencyStandingOn(state: AgencyState, date: string): AgencyStanding {
  if (state.status !== 'filed') {
    return { agencyId: null, on: date, status: 'not-filed', filedOn: null, exitReason: null, exitedOn: null, level: null };
  }
  const known = {
    agencyId: state.agencyId,
    filedOn: state.filedOn,
    exitReason: state.exit?.reason ?? null,
    exitedOn: state.exit?.exitedOn ?? null,
    level: state.level,
  };
  return { ...known, on: date, status: statusOn(state, date) };
}

function statusOn(state: FiledAgencyState, date: string): AgencyStatusOnDate {
  if (date < state.filedOn) return 'not-filed';
  if (state.exit !== null && state.exit.exitedOn <= date) return 'exited'; // A26 market exit
  if (state.suspensions.some((suspension) => suspensionCovers(suspension, date))) return 'suspended'; // A26
  return 'in-force';
}
