/**
 * Personal data of natural persons (A28) lives here, never in the event log: events carry only the
 * pseudonymous subject id. So personal fields can be masked, access-logged and erased on a lawful
 * request while the log stays intact and verifiable.
 */
export interface PersonalRecord {
  readonly subjectId: string;
  readonly fullName: string;
  readonly identityNumber: string;
  readonly birthDate: string;
  readonly recordedAt: string;
}

export type PersonalLookup =
  | { readonly state: 'present'; readonly record: PersonalRecord }
  | { readonly state: 'erased'; readonly subjectId: string; readonly erasedAt: string; readonly basis: string }
  | { readonly state: 'unknown' };

export interface PersonalDataStore {
  /**
   * Stores a person's fields, replacing a record a registration left before it failed to reach the
   * log (written first, so a retry repairs it). Callers write only for a person not yet registered;
   * an erased record is never revived.
   */
  put(record: PersonalRecord): Promise<void>;
  get(subjectId: string): Promise<PersonalLookup>;
  /** The same for many subjects in one call (a page of a list); every id asked for is in the map. */
  getMany(subjectIds: readonly string[]): Promise<Map<string, PersonalLookup>>;
  /** Removes the personal fields for good, keeping only the fact and basis of the erasure. */
  erase(subjectId: string, erasedAt: string, basis: string): Promise<boolean>;
  close(): Promise<void>;
}

export const PERSONAL_DATA_STORE = Symbol('PersonalDataStore');
