import { describe, expect, it } from '@jest/globals';
import { agencyDecider } from '../../../domain/agency/decider.js';
import type { AgencyEvent } from '../../../domain/agency/events.js';
import { agencyStandingOn } from '../../../domain/agency/standing.js';
import { fold } from '../../../domain/kernel/decider.js';
import { exited, filed, lifted, suspended } from './fixtures.js';

function statusOn(events: AgencyEvent[], date: string): string {
  return agencyStandingOn(fold(agencyDecider, events), date).status;
}

describe('agencyStandingOn', () => {
  it('A20: an agency never filed is not-filed on any date', () => {
    expect(agencyStandingOn(agencyDecider.initialState, '2025-01-01')).toEqual({
      agencyId: null, on: '2025-01-01', status: 'not-filed', filedOn: null, exitReason: null, exitedOn: null, level: null,
    });
  });

  it('A20: before its filing date the agency is not-filed; from that day it is in force', () => {
    expect(statusOn([filed], '2020-05-10')).toBe('not-filed');
    expect(agencyStandingOn(fold(agencyDecider, [filed]), '2020-05-11')).toEqual({
      agencyId: 'AG-17', on: '2020-05-11', status: 'in-force', filedOn: '2020-05-11', exitReason: null, exitedOn: null, level: 'city',
    });
  });

  it('A26: suspended on every day of the period, first and last included; in force after', () => {
    const events = [filed, suspended('2025-03-01', '2025-05-31')];
    expect(statusOn(events, '2025-02-28')).toBe('in-force');
    expect(statusOn(events, '2025-03-01')).toBe('suspended');
    expect(statusOn(events, '2025-05-31')).toBe('suspended');
    expect(statusOn(events, '2025-06-01')).toBe('in-force');
  });

  it('A26: a lift on a day puts the filing back in force from that day, not before', () => {
    const events = [filed, suspended('2025-03-01', null), lifted('2025-04-01')];
    expect(statusOn(events, '2025-03-31')).toBe('suspended');
    expect(statusOn(events, '2025-04-01')).toBe('in-force');
    expect(statusOn([filed, suspended('2025-03-01', null)], '2030-01-01')).toBe('suspended');
  });

  it('A26: a suspension cancelled before it starts covers no day', () => {
    expect(statusOn([filed, suspended('2025-03-01', '2025-05-31'), lifted('2025-02-01')], '2025-03-15')).toBe('in-force');
  });

  it('A26: exited on and after the exit date; the reason is known for earlier dates too', () => {
    const state = fold(agencyDecider, [filed, exited('2025-01-01', 'misconduct')]);
    expect(agencyStandingOn(state, '2024-12-31')).toMatchObject({ status: 'in-force', exitReason: 'misconduct', exitedOn: '2025-01-01' });
    expect(agencyStandingOn(state, '2025-01-01').status).toBe('exited');
  });

  it('A26: exit wins over a suspension covering the same day', () => {
    expect(statusOn([filed, suspended('2024-10-01', null), exited('2025-01-01', 'misconduct')], '2025-02-01')).toBe('exited');
  });
});
