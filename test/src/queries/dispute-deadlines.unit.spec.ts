import { describe, it, expect } from '@jest/globals';
import { parseHolidayTable } from '../../../domain/rules/calendar/holiday-table.js';
import { WorkingDayCalendar } from '../../../domain/rules/calendar/working-day-calendar.js';
import type { ObjectionDoc } from '../../../projections/objections/objections.doc.js';
import { deadlineSteps } from '../../../src/queries/dispute-deadlines.js';
import { shippedJson } from '../../domain/rules/calendar/shipped-tables.js';

const calendar = WorkingDayCalendar.fromTables(shippedJson().map(parseHolidayTable));
const endOf = (date: string) => `${date}T23:59:59.999+08:00`;

/** Filed Friday 2025-09-26 (National Day ahead, A11): forward by 09-29 (09-28 is an adjusted working Sunday), decide by 10-10. */
const FILED: ObjectionDoc = {
  objectionId: 'OB-1', subjectId: '91320583722291823U', target: { kind: 'breach', id: 'BR-1' }, recordKey: '91320583722291823U:breach:BR-1',
  reason: 'x', filedAt: '2025-09-26T10:00:00+08:00', centerDueAt: endOf('2025-10-10'), forwardDueAt: endOf('2025-09-29'), provisional: false,
  stage: 'at-center', status: 'open', dueAt: endOf('2025-10-10'), forwardedTo: null, forwardedAt: null, forwardLate: null, departmentDueAt: null,
  outcome: null, decidedBy: null, reasons: null, decidedAt: null, late: null, correctedAt: null, revokesRecord: false,
};
/** Forwarded late on 2025-09-30 (day 3): the department decides by 10-14 (10-11 is an adjusted working Saturday). */
const FORWARDED: ObjectionDoc = { ...FILED, stage: 'forwarded', dueAt: endOf('2025-10-14'), forwardedTo: 'ks-drc', forwardedAt: '2025-09-30T10:00:00+08:00', forwardLate: true, departmentDueAt: endOf('2025-10-14') };

describe('a dispute\'s deadline steps (SH-SCR arts. 36–38, counted with A11\'s calendar)', () => {
  it('SH-SCR 36, A11: at the center, both its steps run; across National Day 4 working days are left on 09-28 (09-29, 09-30, 10-09, 10-10); the department waits', () => {
    const { deadlineSteps: steps, dueNext } = deadlineSteps(FILED, calendar, '2025-09-28T09:00:00+08:00');
    expect(steps.map((s) => [s.step, s.status, s.workingDaysLeft, s.late])).toEqual([
      ['forward', 'running', 1, false], ['center-decision', 'running', 4, false], ['department-decision', 'waiting', null, null],
    ]);
    expect(dueNext).toEqual({ step: 'center-decision', dueAt: endOf('2025-10-10'), workingDaysLeft: 4 });
  });

  it('SH-SCR 37, A11: forwarded late, the department\'s step runs and is due next; during the holidays all 5 are still left (10-09, 10-10, 10-11, 10-13, 10-14)', () => {
    const { deadlineSteps: steps, dueNext } = deadlineSteps(FORWARDED, calendar, '2025-10-05T09:00:00+08:00');
    expect(steps).toEqual([
      { step: 'forward', status: 'met', dueAt: endOf('2025-09-29'), workingDaysAllowed: 2, workingDaysLeft: null, metAt: '2025-09-30T10:00:00+08:00', late: true },
      { step: 'center-decision', status: 'not-needed', dueAt: endOf('2025-10-10'), workingDaysAllowed: 5, workingDaysLeft: null, metAt: null, late: null },
      { step: 'department-decision', status: 'running', dueAt: endOf('2025-10-14'), workingDaysAllowed: 5, workingDaysLeft: 5, metAt: null, late: false },
    ]);
    expect(dueNext).toEqual({ step: 'department-decision', dueAt: endOf('2025-10-14'), workingDaysLeft: 5 });
  });

  it('SH-SCR 37: decided late by the department: met and late as the decider recorded it; nothing is due next', () => {
    const decided: ObjectionDoc = { ...FORWARDED, stage: 'decided', status: 'decided', dueAt: null, outcome: 'rejected', decidedBy: { kind: 'department', departmentId: 'ks-drc' }, decidedAt: '2025-10-15T09:00:00+08:00', late: true };
    const { deadlineSteps: steps, dueNext } = deadlineSteps(decided, calendar, '2025-10-20T09:00:00+08:00');
    expect(steps[2]).toMatchObject({ step: 'department-decision', status: 'met', metAt: '2025-10-15T09:00:00+08:00', late: true, workingDaysLeft: null });
    expect(dueNext).toBeNull();
  });
});
