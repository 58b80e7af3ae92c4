import { describe, expect, it } from '@jest/globals';
import { AREA_LABELS, REPORT_AREAS, REVIEW_AREAS, USAGE_AREAS, isUsageArea } from '../../../domain/department/areas.js';

describe('usage areas', () => {
  it('A12: five review areas, A17: four report areas, all distinct kebab-case codes', () => {
    expect(REVIEW_AREAS).toHaveLength(5);
    expect(REPORT_AREAS).toHaveLength(4);
    expect(new Set(USAGE_AREAS).size).toBe(9);
    for (const code of USAGE_AREAS) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('A12/A17: each code has the Chinese wording and its item number in the article', () => {
    expect(REVIEW_AREAS.map((code) => AREA_LABELS[code])).toEqual(REVIEW_AREAS.map((_, i) => expect.objectContaining({ article: 'A12', item: i + 1 })));
    expect(REPORT_AREAS.map((code) => AREA_LABELS[code])).toEqual(REPORT_AREAS.map((_, i) => expect.objectContaining({ article: 'A17', item: i + 1 })));
    expect(AREA_LABELS['fiscal-funds-policy-loans'].zh).toContain('财政资金');
  });

  it('A12/A17: isUsageArea accepts the codes and nothing else', () => {
    expect(isUsageArea('other')).toBe(true);
    expect(isUsageArea('major-decisions-other')).toBe(true);
    expect(isUsageArea('food-safety')).toBe(false);
  });
});
