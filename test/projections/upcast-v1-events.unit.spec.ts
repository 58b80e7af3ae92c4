/**
 * Every view built from events stored at v1 (read through the registered upcasters, as the
 * projection runner reads the log) is the view built from their v2 equivalents: no projection
 * needs a fallback for a field an old event lacks.
 */
import { describe, it, expect } from '@jest/globals';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { DEPARTMENT_USAGE_COLLECTION } from '../../projections/department-usage/department-usage.projection.js';
import { REVIEWS_COLLECTION } from '../../projections/reviews/reviews.projection.js';
import { recordDocId } from '../../projections/shared/events.js';
import type { SubjectEvent } from '../../domain/subject/events.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';
import type { JsonObject } from '../../src/shared/json.js';
import { ProjectionHarness } from './support/harness.js';
import { SCENARIO, SUBJECT_ID, storedScenario } from './support/subject-scenario.js';

/** What each of the three types gained after it was first stored, and the value v2 gives for it. */
const GAINED: Record<string, JsonObject> = {
  ReviewRequested: { forDepartmentId: 'DEP-FINANCE' }, // A10, A13: a department's request is for itself
  LoanCheckRecorded: { agencyExitedForMisconduct: false }, // A26: not flagged before the flag existed
  RecordCorrected: { recomputed: null, revokesLinkedBreachId: null, provisional: false }, // A9, A8
};

/** The scenario with its review requested by a department, so the A13 count has a department to count for. */
const V2_EVENTS: SubjectEvent[] = SCENARIO.map((event) => {
  if (event.type === 'ReviewRequested') return { ...event, data: { ...event.data, requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE' }, ...GAINED.ReviewRequested } } as SubjectEvent;
  const gained = GAINED[event.type];
  return gained ? ({ ...event, data: { ...event.data, ...gained } } as SubjectEvent) : event;
});

const schemas = domainEventSchemas();
const atCurrentVersion = (event: StoredEvent): StoredEvent => ({ ...event, schemaVersion: schemas.currentVersion(event.type) });

/** The v2 events as the log would hold them had they been written at v1: without the gained fields. */
function storedAtV1(event: StoredEvent): StoredEvent {
  const gained = GAINED[event.type];
  if (!gained) return atCurrentVersion(event);
  const data = Object.fromEntries(Object.entries(event.data).filter(([field]) => !(field in gained)));
  return { ...event, schemaVersion: 1, data };
}

async function views(events: readonly StoredEvent[]) {
  const out: Record<string, unknown> = {};
  for (const projection of ALL_PROJECTIONS) out[projection.name] = (await new ProjectionHarness(projection).apply(...events)).snapshot();
  return out;
}

describe('projections fed events stored at v1, upcast on read', () => {
  const v2 = storedScenario(V2_EVENTS).map(atCurrentVersion);
  const v1 = storedScenario(V2_EVENTS).map(storedAtV1);

  it('the v1 stored shapes lack the gained fields (the test really feeds old shapes)', () => {
    const old = v1.filter((event) => event.type in GAINED);
    expect(old.map((event) => event.type).sort()).toEqual(['LoanCheckRecorded', 'RecordCorrected', 'ReviewRequested']);
    for (const event of old) for (const field of Object.keys(GAINED[event.type]!)) expect(event.data).not.toHaveProperty(field);
  });

  it('A9, A13, A26: every view built from the upcast v1 events equals the view built from the v2 events', async () => {
    expect(await views(v1.map((event) => schemas.upcast(event)))).toEqual(await views(v2));
  });

  it("A13: the review upcast from v1 is for the requesting department, in the reviews view and in that department's usage count", async () => {
    const upcast = v1.map((event) => schemas.upcast(event));
    const reviews = await new ProjectionHarness(ALL_PROJECTIONS.find((p) => p.name === 'reviews')!).apply(...upcast);
    expect(reviews.doc(REVIEWS_COLLECTION, recordDocId(SUBJECT_ID, 'review', 'RV-1'))).toMatchObject({ forDepartmentId: 'DEP-FINANCE' });
    const usage = await new ProjectionHarness(ALL_PROJECTIONS.find((p) => p.name === 'department-usage')!).apply(...upcast);
    expect(usage.doc(DEPARTMENT_USAGE_COLLECTION, 'DEP-FINANCE:2026')).toMatchObject({ reviewsRequested: 1 });
  });
});
