/** What decide() and the standing query need to know about one agency, folded from its events. */
import type { ExitReason, FilingLevel } from './filing-level.js';

export type AgencySuspension = {
  readonly from: string;
  /** Last suspended day, inclusive; null = until lifted. */
  readonly until: string | null;
  /** First day in force again; null while not lifted. */
  readonly liftedOn: string | null;
};

export type AgencyExit = { readonly exitedOn: string; readonly reason: ExitReason };

/**
 * An agency whose reports can count (A15, A20): filed (备案) or recognised (认可). `eligibleBy` says
 * which; for a recognition the filing fields hold the recognising body, its document and its date.
 */
export type FiledAgencyState = {
  readonly status: 'filed';
  readonly eligibleBy: 'filing' | 'recognition';
  readonly agencyId: string;
  readonly name: string;
  readonly uscc: string;
  /** Warnings of the USCC check kept from the filing (position 17, GB 11714): shown, never refused. */
  readonly usccWarnings: readonly string[];
  readonly level: FilingLevel;
  readonly filingAuthority: string;
  /** The filing number, or the recognition document. */
  readonly filingNumber: string;
  /** First day the agency is eligible: the filing date, or the recognition date. */
  readonly filedOn: string;
  readonly suspensions: readonly AgencySuspension[];
  readonly exit: AgencyExit | null;
  /** Staff currently with the agency, by pseudonymous id → role. */
  readonly currentStaff: Readonly<Record<string, string>>;
  /** Every staff id ever recorded here (A26 records outlive membership). */
  readonly knownStaffIds: readonly string[];
  readonly breachIds: readonly string[];
};

export type AgencyState = { readonly status: 'not-filed' } | FiledAgencyState;

export const INITIAL_AGENCY_STATE: AgencyState = { status: 'not-filed' };

/** Does the suspension cover this day? A lift on day L ends it the day before L. */
export function suspensionCovers(suspension: AgencySuspension, date: string): boolean {
  return (
    suspension.from <= date &&
    (suspension.until === null || date <= suspension.until) &&
    (suspension.liftedOn === null || date < suspension.liftedOn)
  );
}

/** Does the suspension cover any day of [from, until] (until null = open-ended)? */
export function suspensionOverlaps(suspension: AgencySuspension, from: string, until: string | null): boolean {
  const first = from > suspension.from ? from : suspension.from;
  const ends = [until, suspension.until].filter((date): date is string => date !== null);
  const last = ends.length === 0 ? null : ends.reduce((a, b) => (a < b ? a : b));
  return (last === null || first <= last) && (suspension.liftedOn === null || first < suspension.liftedOn);
}

/**
 * The suspension a lift on `on` ends: the earliest one not yet lifted and not already run out
 * by `on` (a lift before its first day cancels it). Null when there is none.
 */
export function openSuspensionIndex(state: FiledAgencyState, on: string): number | null {
  let found: number | null = null;
  state.suspensions.forEach((suspension, index) => {
    const open = suspension.liftedOn === null && (suspension.until === null || on <= suspension.until);
    if (open && (found === null || suspension.from < (state.suspensions[found] as AgencySuspension).from)) found = index;
  });
  return found;
}
