import { describe, it, expect } from '@jest/globals';
import { departmentDecider } from '../../../domain/department/decider.js';
import type { DepartmentEvent } from '../../../domain/department/events.js';
import { fold } from '../../../domain/kernel/decider.js';
import type { DepartmentRegistryDoc } from '../../../projections/department-registry/department-registry.doc.js';
import { DEPARTMENTS_COLLECTION, departmentRegistryProjection } from '../../../projections/department-registry/department-registry.projection.js';
import { DEPT, joined, merged, registered, registeredNonPilot, renamed, ruleRetired, ruleSet, split } from '../../domain/department/fixtures.js';
import { ProjectionHarness, projected, streamOf } from '../support/harness.js';

const STREAM = `department-${DEPT}`;

async function registry(...events: DepartmentEvent[]): Promise<DepartmentRegistryDoc | null> {
  const h = await new ProjectionHarness(departmentRegistryProjection).apply(...streamOf(STREAM, events));
  return h.doc(DEPARTMENTS_COLLECTION, DEPT) as DepartmentRegistryDoc | null;
}

/** The document is the domain's own folded state, plus the successor id and the last position applied. */
function expectState(doc: DepartmentRegistryDoc | null, events: DepartmentEvent[]): void {
  const { successorId: _s, appliedThrough, ...state } = doc!;
  expect(state).toEqual(fold(departmentDecider, events));
  expect(appliedThrough).toBe(events.length);
}

describe('department-registry projection', () => {
  it('A13: DepartmentRegistered lists the pilot department as the domain folds it, no successor', async () => {
    const doc = await registry(registered);
    expectState(doc, [registered]);
    expect(doc).toMatchObject({ departmentId: DEPT, pilot: true, participatesFrom: '2017-03-06', successorId: null });
  });

  it('A13: DepartmentJoinedReviewScheme records when a non-pilot takes part', async () => {
    const events = [registeredNonPilot, joined('2026-04-01')];
    expectState(await registry(...events), events);
    expect((await registry(...events))?.participatesFrom).toBe('2026-04-01');
  });

  it('DepartmentRenamed adds the name in force from its date (the read side picks it for the day)', async () => {
    const events = [registered, renamed('市生态环境局', 'Ecology and Environment Bureau', '2019-03-01')];
    const doc = await registry(...events);
    expectState(doc, events);
    expect(doc?.names.map((n) => n.nameZh)).toEqual(['市环保局', '市生态环境局']);
  });

  it('A24, A25: DepartmentMerged names the successor, indexed as successorId', async () => {
    const events = [registered, merged('ks-eco', '2019-03-01')];
    expectState(await registry(...events), events);
    expect((await registry(...events))?.successorId).toBe('ks-eco');
  });

  it('A24, A25: DepartmentSplit names the successor the rules follow', async () => {
    const events = [registered, split(['ks-eco', 'ks-water'], 'ks-water', '2019-03-01')];
    expectState(await registry(...events), events);
    expect((await registry(...events))?.successorId).toBe('ks-water');
  });

  it('A24: DepartmentRuleSet and DepartmentRuleRetired keep the rules as the domain does', async () => {
    const events = [registered, ruleSet('R-1', '2026-01-01'), ruleRetired('R-1', '2026-06-01')];
    const doc = await registry(...events);
    expectState(doc, events);
    expect(doc?.rules).toEqual([expect.objectContaining({ ruleId: 'R-1', retiredOn: '2026-06-01' })]);
  });

  it('a stream that does not start with its registration makes no document', async () => {
    expect(await registry(joined('2026-04-01'))).toBeNull();
  });

  it('applying the stream a second time changes nothing, and evolve itself is idempotent (a rule is not listed twice)', async () => {
    const events = [registered, ruleSet('R-1', '2026-01-01'), merged('ks-eco', '2026-03-01')];
    const h = await new ProjectionHarness(departmentRegistryProjection).apply(...streamOf(STREAM, events));
    const once = h.snapshot();
    await h.apply(...streamOf(STREAM, events));
    expect(h.snapshot()).toEqual(once);
    let doc = null as ReturnType<typeof departmentRegistryProjection.evolve>;
    for (const event of streamOf(STREAM, events).map(projected)) {
      const [key] = departmentRegistryProjection.keysFor(event);
      const first = departmentRegistryProjection.evolve(doc, event, key!);
      expect(departmentRegistryProjection.evolve(first, event, key!)).toEqual(first);
      doc = first;
    }
    expect((doc as DepartmentRegistryDoc).rules).toHaveLength(1);
  });
});
