/**
 * A9, A28: the public disclosure of a disputed breach as `GET /disclosures` showed it right before
 * the decision and right after it. Nothing is re-derived here: the disclosures and objections
 * projections' own evolve are replayed over the subject's stream up to those revisions (the slice
 * the auditor's as-of fold reads), and the list's own A9 "active on that day" filter is applied.
 */
import { shanghaiDateOf } from '../../domain/rules/time.js';
import type { DisclosureDoc } from '../../projections/disclosures/disclosures.doc.js';
import { DISCLOSURES_COLLECTION, disclosuresProjection } from '../../projections/disclosures/disclosures.projection.js';
import type { ProjectedEvent } from '../../projections/kernel/projection.js';
import { replayDoc } from '../../projections/kernel/replay-doc.js';
import { isUnderObjection, type ObjectionDoc } from '../../projections/objections/objections.doc.js';
import { OBJECTIONS_COLLECTION, objectionsProjection } from '../../projections/objections/objections.projection.js';
import { BREACH_CLASS_LABELS } from '../http/labels.js';
import { activeDisclosureFilter } from '../use-case-support/lists/list-queries.js';
import { matchesFilter } from '../view-store/match-filter.js';

/** One entry of the public list, without who it is about (the case file names the subject). */
export interface PublicDisclosureEntry {
  readonly breachId: string;
  readonly breachClass: DisclosureDoc['breachClass'];
  readonly breachClassLabel: string;
  readonly departmentId: string;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosedThrough: string | null;
  readonly underObjection: boolean;
}

export interface DisclosureAroundDecision {
  /** The public entry just before the decision (before a decision: now); null when it was not disclosed. */
  readonly beforeDecision: PublicDisclosureEntry | null;
  /** Just after the decision and the correction it made; null when no longer disclosed, or not decided yet. */
  readonly afterDecision: PublicDisclosureEntry | null;
  /** The stream revisions the two entries stand at (`GET /subjects/{id}/state?revision=`), and the day the period was checked on. */
  readonly beforeRevision: number;
  readonly afterRevision: number | null;
  readonly onDate: string;
}

/** Null when the disputed record is no breach: only breaches are disclosed (A9). */
export function disclosureAroundDecision(stream: readonly ProjectedEvent[], objectionId: string, recordKey: string, today: string): DisclosureAroundDecision | null {
  const ofThis = (type: string) => stream.find((e) => e.type === type && e.data.objectionId === objectionId);
  const filed = ofThis('ObjectionFiled');
  if ((filed?.data.target as { kind?: string } | undefined)?.kind !== 'breach') return null;
  const decided = ofThis('ObjectionDecided');
  const upTo = (revision: number) => stream.filter((e) => e.revision <= revision);
  const latest = stream[stream.length - 1]!.revision;
  if (decided === undefined) return { beforeDecision: entryAt(stream, recordKey, today), afterDecision: null, beforeRevision: latest, afterRevision: null, onDate: today };
  // The decision's own events end with the correction it made, if any (appended with it).
  const afterRevision = (ofThis('RecordCorrected') ?? decided).revision;
  const onDate = shanghaiDateOf(String(decided.data.decidedAt));
  return {
    beforeDecision: entryAt(upTo(decided.revision - 1), recordKey, onDate),
    afterDecision: entryAt(upTo(afterRevision), recordKey, onDate),
    beforeRevision: decided.revision - 1, afterRevision, onDate,
  };
}

/** A9, A28: what the public list showed of the breach after these events, on that day; null when it was not listed. */
function entryAt(events: readonly ProjectedEvent[], recordKey: string, day: string): PublicDisclosureEntry | null {
  const doc = replayDoc(disclosuresProjection, events, { collection: DISCLOSURES_COLLECTION, id: recordKey }) as DisclosureDoc | null;
  if (doc === null || !matchesFilter(doc, activeDisclosureFilter(day))) return null;
  const last = doc.lastObjectionId === null ? null : (replayDoc(objectionsProjection, events, { collection: OBJECTIONS_COLLECTION, id: doc.lastObjectionId }) as ObjectionDoc | null);
  const { breachId, breachClass, departmentId, basisDocument, decisionDate, disclosedThrough } = doc;
  return { breachId, breachClass, breachClassLabel: BREACH_CLASS_LABELS[breachClass], departmentId, basisDocument, decisionDate, disclosedThrough, underObjection: isUnderObjection(last) };
}
