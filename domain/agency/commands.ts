/**
 * What the credit office asks of an agency stream (A15, A20, A26). Every command carries the
 * instant it is decided at (`now`) and the agency's id; nothing here reads a clock.
 */
import type { CommandContext } from '../kernel/event.js';

type AgencyCommandOf<Type extends string, Fields> = CommandContext & { readonly type: Type; readonly agencyId: string } & Fields;

/** A15, A20. `level` is checked: only city, province or national filings count. */
export type FileAgency = AgencyCommandOf<'FileAgency', {
  readonly name: string;
  readonly uscc: string;
  readonly filingAuthority: string;
  readonly level: string;
  readonly filingNumber: string;
  readonly filedOn: string;
}>;

/**
 * A15, A20 "filed or recognised" (备案或认可): the second way an agency's reports come to count.
 * The credit office records a recognition by a credit management body at city level or above,
 * with the recognition document (number and title) and the day it took effect.
 */
export type RecogniseAgency = AgencyCommandOf<'RecogniseAgency', {
  readonly name: string;
  readonly uscc: string;
  readonly recognisingAuthority: string;
  readonly level: string;
  readonly recognitionDocument: string;
  readonly recognisedOn: string;
}>;

/** A26. `until` is the last suspended day (inclusive), or null for "until lifted". */
export type SuspendAgency = AgencyCommandOf<'SuspendAgency', {
  readonly from: string;
  readonly until: string | null;
  readonly reason: string;
  readonly basisDocument: string;
}>;

/** A26. `on` is the first day the filing is in force again. */
export type LiftAgencySuspension = AgencyCommandOf<'LiftAgencySuspension', {
  readonly on: string;
  readonly basisDocument: string;
}>;

/** A26 market exit. */
export type ExitAgency = AgencyCommandOf<'ExitAgency', {
  readonly exitedOn: string;
  readonly reason: string;
  readonly basisDocument: string;
}>;

/** A26 credit records of staff; `staffId` is pseudonymous (A28). */
export type RecordAgencyStaff = AgencyCommandOf<'RecordAgencyStaff', {
  readonly staffId: string;
  readonly role: string;
  readonly change: string;
  readonly on: string;
}>;

/** A26 the agency's own credit, or that of one of its staff. */
export type RecordAgencyBreach = AgencyCommandOf<'RecordAgencyBreach', {
  readonly breachId: string;
  readonly breachClass: string;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly summary: string;
  readonly staffId: string | null;
}>;

export type AgencyCommand =
  | FileAgency
  | RecogniseAgency
  | SuspendAgency
  | LiftAgencySuspension
  | ExitAgency
  | RecordAgencyStaff
  | RecordAgencyBreach;
