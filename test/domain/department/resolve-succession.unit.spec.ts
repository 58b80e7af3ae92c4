import { describe, expect, it } from '@jest/globals';
import { departmentDecider } from '../../../domain/department/decider.js';
import { DepartmentSuccessionCycleError } from '../../../domain/department/errors.js';
import type { DepartmentEvent } from '../../../domain/department/events.js';
import { resolveSuccession } from '../../../domain/department/resolve-succession.js';
import { ruleFor } from '../../../domain/department/rule-for.js';
import type { DepartmentState } from '../../../domain/department/state.js';
import { fold } from '../../../domain/kernel/decider.js';

// The 2018 reform: the state and local tax bureaus became one tax bureau, registered 2018-07-20.
const MERGER_DOC = 'operator record: merger of the state and local tax bureaus (2018 reform)';
const TAX_MERGER = '2018-07-20';
const AREA = 'fiscal-funds-policy-loans';

function registeredPilot(departmentId: string, nameZh: string, nameEn: string): DepartmentEvent {
  const data = { departmentId, nameZh, nameEn, kind: 'department' as const, pilot: true, participatesFrom: '2017-03-06', basisDocument: '昆政办发〔2017〕41号' };
  return { type: 'DepartmentRegistered', data };
}

function mergedInto(departmentId: string, intoDepartmentId: string, effectiveOn: string): DepartmentEvent {
  return { type: 'DepartmentMerged', data: { departmentId, intoDepartmentId, effectiveOn, basisDocument: MERGER_DOC } };
}

function ruleOf(departmentId: string, ruleId: string, effectiveFrom: string, products: ('commitment' | 'review' | 'report')[]): DepartmentEvent {
  return {
    type: 'DepartmentRuleSet',
    data: { departmentId, ruleId, matterKind: 'tax-incentive', area: AREA, products, mode: 'all', effectiveFrom },
  };
}

const ksTax: DepartmentEvent = {
  type: 'DepartmentRegistered',
  data: {
    departmentId: 'ks-tax',
    nameZh: '国家税务总局昆山市税务局',
    nameEn: 'Kunshan Tax Bureau (State Taxation Administration)',
    kind: 'department',
    pilot: false,
    participatesFrom: TAX_MERGER,
    basisDocument: MERGER_DOC,
  },
};

function statesOf(streams: Record<string, DepartmentEvent[]>): ReadonlyMap<string, DepartmentState> {
  return new Map(Object.entries(streams).map(([id, events]) => [id, fold(departmentDecider, events)]));
}

const taxReform = statesOf({
  'ks-state-tax': [registeredPilot('ks-state-tax', '市国税局', 'State Taxation Bureau'), mergedInto('ks-state-tax', 'ks-tax', TAX_MERGER)],
  'ks-local-tax': [
    registeredPilot('ks-local-tax', '市地税局', 'Local Taxation Bureau'),
    ruleOf('ks-local-tax', 'LT-1', '2017-06-01', ['commitment', 'review']),
    mergedInto('ks-local-tax', 'ks-tax', TAX_MERGER),
  ],
  'ks-tax': [ksTax, ruleOf('ks-tax', 'TAX-1', TAX_MERGER, ['commitment'])],
});

describe('resolveSuccession', () => {
  it('A24 (2018 tax merger): before 2018-07-20 the state and local tax bureaus are each in charge of their own matters', () => {
    expect(resolveSuccession(taxReform, 'ks-state-tax', '2018-07-19')).toBe('ks-state-tax');
    expect(resolveSuccession(taxReform, 'ks-local-tax', '2018-07-19')).toBe('ks-local-tax');
  });

  it('A24/A25 (2018 tax merger): from 2018-07-20 both are succeeded by ks-tax, which is in charge of itself', () => {
    for (const date of ['2018-07-20', '2026-03-06']) {
      expect(resolveSuccession(taxReform, 'ks-state-tax', date)).toBe('ks-tax');
      expect(resolveSuccession(taxReform, 'ks-local-tax', date)).toBe('ks-tax');
      expect(resolveSuccession(taxReform, 'ks-tax', date)).toBe('ks-tax');
    }
  });

  it('A24 (2018 tax merger): a matter addressed to the local tax bureau is decided by the rule of the department in charge on the date', () => {
    const rulesOn = (date: string) => ruleFor(taxReform.get(resolveSuccession(taxReform, 'ks-local-tax', date)) as DepartmentState, 'tax-incentive', AREA, date);
    expect(rulesOn('2018-07-19')?.ruleId).toBe('LT-1');
    expect(rulesOn('2018-07-20')).toEqual({ ruleId: 'TAX-1', products: ['commitment'], mode: 'all', effectiveFrom: TAX_MERGER });
  });

  it('A24: the chain is followed transitively, each step from its own effective date (constructed chain)', () => {
    const chain = statesOf({
      'ks-local-tax': [registeredPilot('ks-local-tax', '市地税局', 'Local Taxation Bureau'), mergedInto('ks-local-tax', 'ks-tax', TAX_MERGER)],
      'ks-tax': [ksTax, mergedInto('ks-tax', 'ks-revenue', '2030-01-01')],
    });
    expect(resolveSuccession(chain, 'ks-local-tax', '2029-12-31')).toBe('ks-tax');
    expect(resolveSuccession(chain, 'ks-local-tax', '2030-01-01')).toBe('ks-revenue');
  });

  it('A24 (2019 price bureau split): after a split the successor named in rulesFollow is in charge', () => {
    const price = statesOf({
      'ks-price': [
        registeredPilot('ks-price', '市物价局', 'Price Bureau'),
        { type: 'DepartmentSplit', data: { departmentId: 'ks-price', successorIds: ['ks-drc', 'ks-market'], effectiveOn: '2019-03-01', basisDocument: '昆政办发〔2019〕1号', rulesFollow: 'ks-market' } },
      ],
    });
    expect(resolveSuccession(price, 'ks-price', '2019-02-28')).toBe('ks-price');
    expect(resolveSuccession(price, 'ks-price', '2019-03-01')).toBe('ks-market');
  });

  it('A24: a successor whose stream is not loaded, or a department never registered, is taken as in charge', () => {
    const onlyOld = statesOf({ 'ks-state-tax': [registeredPilot('ks-state-tax', '市国税局', 'State Taxation Bureau'), mergedInto('ks-state-tax', 'ks-tax', TAX_MERGER)] });
    expect(resolveSuccession(onlyOld, 'ks-state-tax', TAX_MERGER)).toBe('ks-tax');
    expect(resolveSuccession(onlyOld, 'ks-unknown', TAX_MERGER)).toBe('ks-unknown');
    expect(resolveSuccession(new Map([['ks-x', departmentDecider.initialState]]), 'ks-x', TAX_MERGER)).toBe('ks-x');
  });

  it('A24: successors that run in a circle are refused instead of looping (cycle protection)', () => {
    const circle = statesOf({
      'ks-a': [registeredPilot('ks-a', '甲', 'A'), mergedInto('ks-a', 'ks-b', '2019-01-01')],
      'ks-b': [registeredPilot('ks-b', '乙', 'B'), mergedInto('ks-b', 'ks-a', '2019-06-01')],
    });
    expect(resolveSuccession(circle, 'ks-a', '2019-03-01')).toBe('ks-b');
    let thrown: unknown;
    try {
      resolveSuccession(circle, 'ks-a', '2019-06-01');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DepartmentSuccessionCycleError);
    expect(thrown).toMatchObject({ code: 'DEPARTMENT_SUCCESSION_CYCLE', article: 'A24', details: { departmentId: 'ks-a', date: '2019-06-01', cycle: ['ks-a', 'ks-b', 'ks-a'] } });
  });
});
