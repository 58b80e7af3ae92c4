import { CityPlan } from '../../../bench/city/city-plan.js';

const TODAY = '2026-12-07';
const INSTANT = '2021-03-04T10:15:00+08:00';

describe('city plan ids', () => {
  // Each subject's generator (mulberry32) walks one 2^32 cycle from its seed: at a million subjects
  // many walks overlap, and two subjects then draw the same numbers (city-v3 wrote duplicate event ids).
  it('two subjects that draw the same random numbers still get different record ids at the same instant', () => {
    const ids = (index: number) => {
      const plan = new CityPlan(12345, TODAY, index);
      return Array.from({ length: 5 }, () => plan.id(INSTANT));
    };
    const [first, second] = [ids(7), ids(8)];
    for (const id of first) expect(second).not.toContain(id);
    expect(new Set(first).size).toBe(5);
    expect(first[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
