import { describe, expect, it } from '@jest/globals';
import { DEPARTMENT_EVENT_CATALOGUE } from '../../../domain/department/events.js';
import { joined, merged, registered, renamed, ruleRetired, ruleSet, split } from './fixtures.js';

describe('DEPARTMENT_EVENT_CATALOGUE', () => {
  const samples = [registered, joined('2019-07-01'), renamed('新名', 'New', '2019-03-01'), merged('ks-tax', '2018-07-05'), split(['ks-a', 'ks-b'], 'ks-a', '2019-03-01'), ruleSet('R-1', '2017-06-01'), ruleRetired('R-1', '2020-01-01')];

  it('A13/A24: one version-1 entry per event type, citing articles', () => {
    expect(DEPARTMENT_EVENT_CATALOGUE.map((spec) => spec.type).sort()).toEqual(samples.map((event) => event.type).sort());
    for (const spec of DEPARTMENT_EVENT_CATALOGUE) {
      expect(spec.schemaVersion).toBe(1);
      expect(spec.articles.length).toBeGreaterThan(0);
    }
  });

  it('A13/A24: every data field is described, and nothing else', () => {
    for (const event of samples) {
      const spec = DEPARTMENT_EVENT_CATALOGUE.find((entry) => entry.type === event.type);
      expect(Object.keys(spec?.fields ?? {}).sort()).toEqual(Object.keys(event.data).sort());
    }
  });
});
