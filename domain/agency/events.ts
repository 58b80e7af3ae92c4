/**
 * The events of one agency stream (`agency-<id>`): its filing (A15, A20), suspension and market
 * exit (A26), and the credit records of the agency and its staff (A26). Data holds only
 * primitives and ISO strings; every event names its agency so a projection needs nothing else.
 */
import type { DomainEvent } from '../kernel/event.js';
import type { EventCatalogue } from '../kernel/event-catalogue.js';
import type { BreachClass } from '../rules/disclosure.js';
import type { ExitReason, FilingLevel, StaffChange } from './filing-level.js';

export type AgencyFiled = DomainEvent<'AgencyFiled', {
  readonly agencyId: string;
  readonly name: string;
  readonly uscc: string;
  /** Non-fatal findings of the GB 32100-2015 check, e.g. `USCC_ORG_CODE_CHECK` (position 17 fails GB 11714). */
  readonly usccWarnings: readonly string[];
  readonly filingAuthority: string;
  readonly level: FilingLevel;
  readonly filingNumber: string;
  readonly filedOn: string;
  readonly recordedAt: string;
}>;

/** A15, A20: recognised (认可) rather than filed — the agency's reports count from `recognisedOn`. */
export type AgencyRecognised = DomainEvent<'AgencyRecognised', {
  readonly agencyId: string;
  readonly name: string;
  readonly uscc: string;
  readonly usccWarnings: readonly string[];
  readonly recognisingAuthority: string;
  readonly level: FilingLevel;
  readonly recognitionDocument: string;
  readonly recognisedOn: string;
  readonly recordedAt: string;
}>;

export type AgencySuspended = DomainEvent<'AgencySuspended', {
  readonly agencyId: string;
  readonly from: string;
  /** Last suspended day, inclusive; null = until lifted. */
  readonly until: string | null;
  readonly reason: string;
  readonly basisDocument: string;
}>;

export type AgencySuspensionLifted = DomainEvent<'AgencySuspensionLifted', {
  readonly agencyId: string;
  /** First day the filing is in force again. */
  readonly on: string;
  readonly basisDocument: string;
}>;

export type AgencyExited = DomainEvent<'AgencyExited', {
  readonly agencyId: string;
  readonly exitedOn: string;
  readonly reason: ExitReason;
  readonly basisDocument: string;
}>;

export type AgencyStaffRecorded = DomainEvent<'AgencyStaffRecorded', {
  readonly agencyId: string;
  readonly staffId: string;
  readonly role: string;
  readonly change: StaffChange;
  readonly on: string;
}>;

export type AgencyBreachRecorded = DomainEvent<'AgencyBreachRecorded', {
  readonly agencyId: string;
  readonly breachId: string;
  readonly breachClass: BreachClass;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly summary: string;
  readonly staffId: string | null;
}>;

export type AgencyEvent =
  | AgencyFiled
  | AgencyRecognised
  | AgencySuspended
  | AgencySuspensionLifted
  | AgencyExited
  | AgencyStaffRecorded
  | AgencyBreachRecorded;

// What auditors read about each stored agency event (docs/events.md is generated from it).

const AGENCY_ID = 'string — the agency (stream `agency-<id>`)';
const BASIS = 'string — the document that decided it (number and title)';

export const AGENCY_EVENT_CATALOGUE: EventCatalogue = [
  {
    type: 'AgencyFiled',
    schemaVersion: 1,
    articles: ['A15', 'A20', 'GB 32100-2015'],
    description: 'A credit service agency was filed (备案) with a credit management body at city level or above.',
    fields: {
      agencyId: AGENCY_ID,
      name: 'string — registered name of the agency',
      uscc: 'string — unified social credit code (GB 32100-2015), upper-cased',
      usccWarnings: 'string[] — non-fatal USCC findings, e.g. USCC_ORG_CODE_CHECK (position 17 fails GB 11714; early pilot codes are accepted)',
      filingAuthority: 'string — the body the agency is filed with',
      level: "'city' | 'province' | 'national' — level of the filing authority (A15: city or above)",
      filingNumber: 'string — filing number given by the authority',
      filedOn: 'date — day the filing took effect',
      recordedAt: 'instant — when the filing was recorded here',
    },
  },
  {
    type: 'AgencyRecognised',
    schemaVersion: 1,
    articles: ['A15', 'A20', 'GB 32100-2015'],
    description: 'A credit service agency was recognised (认可) by a credit management body at city level or above: the second way, beside filing, that its reports come to count.',
    fields: {
      agencyId: AGENCY_ID,
      name: 'string — registered name of the agency',
      uscc: 'string — unified social credit code (GB 32100-2015), upper-cased',
      usccWarnings: 'string[] — non-fatal USCC findings, as for a filing',
      recognisingAuthority: 'string — the body that recognised the agency',
      level: "'city' | 'province' | 'national' — level of the recognising body (A15: city or above)",
      recognitionDocument: 'string — the recognition document (number and title)',
      recognisedOn: 'date — day the recognition took effect',
      recordedAt: 'instant — when the credit office recorded the recognition here',
    },
  },
  {
    type: 'AgencySuspended',
    schemaVersion: 1,
    articles: ['A26'],
    description: 'The credit office suspended the agency: reports it issues in the period do not count (A20).',
    fields: {
      agencyId: AGENCY_ID,
      from: 'date — first suspended day',
      until: 'date | null — last suspended day, inclusive; null until lifted',
      reason: 'string — why',
      basisDocument: BASIS,
    },
  },
  {
    type: 'AgencySuspensionLifted',
    schemaVersion: 1,
    articles: ['A26'],
    description: 'The open suspension was lifted: the filing is in force again from `on`.',
    fields: { agencyId: AGENCY_ID, on: 'date — first day in force again', basisDocument: BASIS },
  },
  {
    type: 'AgencyExited',
    schemaVersion: 1,
    articles: ['A26'],
    description: 'Market exit: the agency issues no more reports that count; after misconduct its earlier reports are flagged.',
    fields: {
      agencyId: AGENCY_ID,
      exitedOn: 'date — first day out of the market',
      reason: "'voluntary' | 'misconduct'",
      basisDocument: BASIS,
    },
  },
  {
    type: 'AgencyStaffRecorded',
    schemaVersion: 1,
    articles: ['A26', 'A28'],
    description: 'A staff member joined or left the agency (credit records of staff), under a pseudonymous id.',
    fields: {
      agencyId: AGENCY_ID,
      staffId: 'string — opaque pseudonymous id; never a name or identity number (A28)',
      role: 'string — role at the agency',
      change: "'joined' | 'left'",
      on: 'date — day of the change',
    },
  },
  {
    type: 'AgencyBreachRecorded',
    schemaVersion: 1,
    articles: ['A26', 'A9'],
    description: "A breach by the agency (its own credit) or by one of its staff was recorded.",
    fields: {
      agencyId: AGENCY_ID,
      breachId: 'string — id of the breach record',
      breachClass: "'minor' | 'general' | 'serious' (国办发〔2025〕22号)",
      basisDocument: BASIS,
      decisionDate: 'date — date of the deciding document',
      summary: 'string — what happened',
      staffId: 'string | null — the staff member responsible, if one (pseudonymous)',
    },
  },
];
