import type { ExitReason, FilingLevel } from '../../domain/agency/filing-level.js';
import type { BreachClass } from '../../domain/rules/disclosure.js';

/**
 * One credit service agency (A15, A20, A26), id = agencyId. Its standing on a day (in force,
 * suspended, exited) depends on that day: `agencyStatusOn(doc, date)` answers it at read time.
 */
export type AgencySuspensionEntry = {
  readonly from: string;
  /** Last suspended day, inclusive; null = until lifted. */
  readonly until: string | null;
  /** First day in force again; null while not lifted. */
  readonly liftedOn: string | null;
  readonly reason: string;
  readonly basisDocument: string;
  readonly liftBasisDocument: string | null;
};

export type AgencyBreachEntry = {
  readonly breachId: string;
  readonly breachClass: BreachClass;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly summary: string;
  /** Pseudonymous staff id (A28), when a staff member was responsible. */
  readonly staffId: string | null;
};

export type AgencyRegistryDoc = {
  readonly agencyId: string;
  readonly name: string;
  readonly uscc: string;
  readonly usccWarnings: readonly string[];
  /** A15, A20 "filed or recognised" (备案或认可): how the agency became eligible; the other basis is null. */
  readonly eligibleBy: 'filing' | 'recognition';
  readonly filing: { readonly authority: string; readonly level: FilingLevel; readonly number: string; readonly filedOn: string } | null;
  readonly recognition: { readonly authority: string; readonly level: FilingLevel; readonly document: string; readonly recognisedOn: string } | null;
  readonly recordedAt: string;
  /** 'exited' once an exit is recorded (whatever its date); otherwise 'filed'. */
  readonly status: 'filed' | 'exited';
  readonly suspensions: readonly AgencySuspensionEntry[];
  readonly exit: { readonly exitedOn: string; readonly reason: ExitReason; readonly basisDocument: string } | null;
  /** A26: its reports are flagged (the subject views join on this by agencyId). */
  readonly exitedForMisconduct: boolean;
  /** Staff currently with the agency, pseudonymous id → role (A28). */
  readonly currentStaff: Readonly<Record<string, string>>;
  readonly staffCount: number;
  /** Every staff id ever recorded (A26 records outlive membership). */
  readonly knownStaffIds: readonly string[];
  readonly breaches: readonly AgencyBreachEntry[];
  readonly breachCount: number;
};
