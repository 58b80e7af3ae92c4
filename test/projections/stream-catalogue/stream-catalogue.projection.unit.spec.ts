import { describe, it, expect } from '@jest/globals';
import { streamCatalogueProjection } from '../../../projections/stream-catalogue/stream-catalogue.projection.js';
import { commitmentMade, registered } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, stored } from '../support/harness.js';
import { SUBJECT_STREAM } from '../support/subject-scenario.js';

describe('stream catalogue projection (the auditor\'s index of the log)', () => {
  it('indexes a stream once, when its first event is recorded: category, first type, opening instant', async () => {
    const h = await new ProjectionHarness(streamCatalogueProjection).apply(stored(SUBJECT_STREAM, 1, registered, '2026-02-01T09:00:00+08:00', 0));
    expect(h.doc('streams', SUBJECT_STREAM)).toEqual({ stream: SUBJECT_STREAM, category: 'subject', firstType: 'SubjectRegistered', firstRecordedAt: '2026-02-01T09:00:00+08:00' });
  });

  it('writes nothing for the later events of a stream', async () => {
    const h = await new ProjectionHarness(streamCatalogueProjection).apply(stored(SUBJECT_STREAM, 1, registered, '2026-02-01T09:00:00+08:00', 0));
    const before = h.snapshot();
    await h.apply(stored(SUBJECT_STREAM, 2, commitmentMade(), '2026-02-03T09:00:00+08:00', 1));
    expect(h.snapshot()).toEqual(before);
  });

  it('replaying the first event changes nothing', async () => {
    const first = stored(SUBJECT_STREAM, 1, registered, '2026-02-01T09:00:00+08:00', 0);
    const h = await new ProjectionHarness(streamCatalogueProjection).apply(first);
    const before = h.snapshot();
    await h.apply(first);
    expect(h.snapshot()).toEqual(before);
  });
});
