import type { ProjectedEvent } from '../kernel/projection.js';
import type { CaseEventEntry } from './case-file.doc.js';

const MAX_TEXT = 200;

/** An event in short: its scalar fields and one-level objects of scalars; long texts cut, lists and deeper shapes left to the log. */
export function caseEventEntry(event: ProjectedEvent): CaseEventEntry {
  const summary: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(event.data)) {
    if (isScalar(value)) summary[field] = shorten(value);
    else if (isFlatObject(value)) summary[field] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  }
  const { type, position, revision, recordedAt, actor } = event;
  return { type, position, revision, recordedAt, actor, summary };
}

/** Adds the entry unless the event at that position is already listed (a replay lists nothing twice). */
export function withEntry(entries: readonly CaseEventEntry[], entry: CaseEventEntry): CaseEventEntry[] {
  return entries.some((e) => e.position === entry.position) ? [...entries] : [...entries, entry].sort((a, b) => a.position - b.position);
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isFlatObject(value: unknown): value is Record<string, string | number | boolean | null> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isScalar);
}

function shorten(value: unknown): unknown {
  return typeof value === 'string' && value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
}
