import type { SubjectState } from '../../domain/subject/state.js';

/** The record maps of a subject's state, each answered as a section of its own (a count and pages). */
export const STATE_SECTIONS = ['commitments', 'breaches', 'reviews', 'creditReports', 'reportUses', 'loanChecks', 'objections', 'annotations', 'repairs'] as const;
export type StateSection = (typeof STATE_SECTIONS)[number];

/**
 * Bytes of records in one answer (UTF-8 JSON), so that no answer passes ~1 MB however long the
 * stream: a page stops early when the next record would pass it (nextCursor then points at it). A
 * section page always holds at least one record, so paging goes on even past an oversized one.
 */
export const ITEM_BYTES_BUDGET = 512 * 1024;

export interface SectionPage {
  readonly count: number;
  readonly items: { readonly id: string; readonly record: unknown }[];
  /** Where the next page starts; null after the last record. */
  readonly nextCursor: string | null;
}

/** A cursor pins the revision as well as the place, so every page of a listing comes from the same state. */
export interface StateCursor {
  readonly revision: number;
  readonly section: StateSection;
  readonly offset: number;
}

export function encodeStateCursor(cursor: StateCursor): string {
  return Buffer.from(JSON.stringify([cursor.revision, cursor.section, cursor.offset]), 'utf8').toString('base64url');
}

/** The cursor, or null when it is not one this route gave out. */
export function decodeStateCursor(raw: string): StateCursor | null {
  try {
    const [revision, section, offset] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    const whole = (value: unknown, min: number): value is number => Number.isSafeInteger(value) && (value as number) >= min;
    if (!whole(revision, 0) || !whole(offset, 0) || !STATE_SECTIONS.includes(section as StateSection)) return null;
    return { revision, section: section as StateSection, offset };
  } catch {
    return null;
  }
}

/** A shared allowance of bytes across the sections of one answer. */
export class ByteBudget {
  constructor(private left: number) {}

  /** Takes the bytes when they fit, or when `always` (the first record of a section page). */
  take(bytes: number, always = false): boolean {
    if (bytes > this.left && !always) return false;
    this.left -= bytes;
    return true;
  }
}

/** Records `offset`… of one section, at most `limit`, within the budget. */
export function sectionPage(state: SubjectState, revision: number, section: StateSection, offset: number, limit: number, budget: ByteBudget, atLeastOne: boolean): SectionPage {
  const map = state[section] as Readonly<Record<string, unknown>>;
  const ids = Object.keys(map);
  const items: { id: string; record: unknown }[] = [];
  let next = offset;
  while (next < ids.length && items.length < limit) {
    const id = ids[next]!;
    const item = { id, record: map[id] };
    if (!budget.take(Buffer.byteLength(JSON.stringify(item)), atLeastOne && items.length === 0)) break;
    items.push(item);
    next += 1;
  }
  return { count: ids.length, items, nextCursor: next < ids.length ? encodeStateCursor({ revision, section, offset: next }) : null };
}

/** The whole state in brief: the registration, and each section's count with its first records. */
export function stateOverview(state: SubjectState, revision: number, limit: number): Record<string, unknown> {
  const budget = new ByteBudget(ITEM_BYTES_BUDGET);
  const sections = Object.fromEntries(STATE_SECTIONS.map((section) => [section, sectionPage(state, revision, section, 0, limit, budget, false)]));
  return { registration: state.registration, ...sections };
}
