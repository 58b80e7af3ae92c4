import { subjectPlan, subjectSeed } from '../../../bench/city/city-subjects.js';

const SEED = 20170306;
const TODAY = '2026-12-07';

/** The first two subject indexes whose generators start from the same 32-bit seed. */
function twins(): [number, number] {
  const bySeed = new Map<number, number>();
  for (let index = 0; index < 2_000_000; index++) {
    const seed = subjectSeed(SEED, index);
    const earlier = bySeed.get(seed);
    if (earlier !== undefined) return [earlier, index];
    bySeed.set(seed, index);
  }
  throw new Error('no two subjects share a seed in 2M: the test needs another way to find twins');
}

describe('city plan ids', () => {
  it('two subjects whose generators share a seed still get different record ids at the same instant', () => {
    const [a, b] = twins();
    const instant = '2021-03-04T10:15:00+08:00';
    const ids = (index: number) => {
      const plan = subjectPlan(SEED, index, TODAY);
      return Array.from({ length: 5 }, () => plan.id(instant));
    };
    // Twins draw the same random numbers: only the index tells their ids apart.
    expect(subjectPlan(SEED, a, TODAY).rng.next()).toBe(subjectPlan(SEED, b, TODAY).rng.next());
    const [idsA, idsB] = [ids(a), ids(b)];
    for (const id of idsA) expect(idsB).not.toContain(id);
    expect(idsA[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
