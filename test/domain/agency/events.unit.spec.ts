import { describe, expect, it } from '@jest/globals';
import { AGENCY_EVENT_CATALOGUE } from '../../../domain/agency/events.js';
import { breach, exited, filed, lifted, recognised, staff, suspended } from './fixtures.js';

describe('AGENCY_EVENT_CATALOGUE', () => {
  const samples = [filed, recognised, suspended('2025-03-01', null), lifted('2025-04-01'), exited('2025-06-01', 'voluntary'), staff('ST-a', 'joined', '2021-01-04'), breach];

  it('A20/A26: one version-1 entry per event type, citing articles', () => {
    expect(AGENCY_EVENT_CATALOGUE.map((spec) => spec.type).sort()).toEqual(samples.map((event) => event.type).sort());
    for (const spec of AGENCY_EVENT_CATALOGUE) {
      expect(spec.schemaVersion).toBe(1);
      expect(spec.articles.length).toBeGreaterThan(0);
    }
  });

  it('A20/A26: every data field is described, and nothing else', () => {
    for (const event of samples) {
      const spec = AGENCY_EVENT_CATALOGUE.find((entry) => entry.type === event.type);
      expect(Object.keys(spec?.fields ?? {}).sort()).toEqual(Object.keys(event.data).sort());
    }
  });
});
