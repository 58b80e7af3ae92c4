import { describe, expect, it } from '@jest/globals';
import { departmentDecider } from '../../../domain/department/decider.js';
import type { DepartmentEvent } from '../../../domain/department/events.js';
import { departmentNameOn, participatesInReviewsOn, successorOn } from '../../../domain/department/queries.js';
import { fold } from '../../../domain/kernel/decider.js';
import { joined, merged, registered, registeredNonPilot, renamed, split } from './fixtures.js';

const state = (events: DepartmentEvent[]) => fold(departmentDecider, events);

describe('departmentNameOn', () => {
  const history = state([
    registered,
    renamed('苏州市昆山生态环境局', 'Kunshan Ecology and Environment Bureau', '2019-03-01'),
    renamed('苏州市昆山生态环境局（新）', 'Kunshan Ecology and Environment Bureau (new)', '2018-01-01'),
  ]);

  it('A13: before any rename the registered 2017 name is in force', () => {
    expect(departmentNameOn(history, '2017-03-06')).toEqual({ nameZh: '市环保局', nameEn: 'Environmental Protection Bureau' });
  });

  it('A24: from its effective date a rename is in force; renames recorded out of order are sorted by date', () => {
    expect(departmentNameOn(history, '2018-06-30')?.nameEn).toBe('Kunshan Ecology and Environment Bureau (new)');
    expect(departmentNameOn(history, '2019-02-28')?.nameEn).toBe('Kunshan Ecology and Environment Bureau (new)');
    expect(departmentNameOn(history, '2019-03-01')?.nameZh).toBe('苏州市昆山生态环境局');
  });

  it('A2: an unregistered department has no name', () => {
    expect(departmentNameOn(departmentDecider.initialState, '2019-03-01')).toBeNull();
  });
});

describe('participatesInReviewsOn', () => {
  it('A13: a pilot takes part from the date of issue, not before', () => {
    expect(participatesInReviewsOn(state([registered]), '2017-03-05')).toBe(false);
    expect(participatesInReviewsOn(state([registered]), '2017-03-06')).toBe(true);
  });

  it('A13: a non-pilot takes part only from the day it joins', () => {
    expect(participatesInReviewsOn(state([registeredNonPilot]), '2025-01-01')).toBe(false);
    expect(participatesInReviewsOn(state([registeredNonPilot, joined('2019-07-01')]), '2019-06-30')).toBe(false);
    expect(participatesInReviewsOn(state([registeredNonPilot, joined('2019-07-01')]), '2019-07-01')).toBe(true);
  });

  it('A24/A25: from a merger the old department no longer takes part; its successor does', () => {
    const mergedAway = state([registered, merged('ks-ecology', '2019-03-01')]);
    expect(participatesInReviewsOn(mergedAway, '2019-02-28')).toBe(true);
    expect(participatesInReviewsOn(mergedAway, '2019-03-01')).toBe(false);
  });

  it('A2: an unregistered department takes no part', () => {
    expect(participatesInReviewsOn(departmentDecider.initialState, '2019-03-01')).toBe(false);
  });
});

describe('successorOn', () => {
  it('A24: no successor before the merger takes effect; the merged-into department from then on', () => {
    const mergedAway = state([registered, merged('ks-tax', '2018-07-05')]);
    expect(successorOn(mergedAway, '2018-07-04')).toBeNull();
    expect(successorOn(mergedAway, '2018-07-05')).toBe('ks-tax');
  });

  it('A24: after a split the successor named in rulesFollow', () => {
    expect(successorOn(state([registered, split(['ks-drc', 'ks-market'], 'ks-market', '2019-03-01')]), '2019-03-01')).toBe('ks-market');
  });

  it('A2: none for a department never succeeded or not registered', () => {
    expect(successorOn(state([registered]), '2030-01-01')).toBeNull();
    expect(successorOn(departmentDecider.initialState, '2030-01-01')).toBeNull();
  });
});
