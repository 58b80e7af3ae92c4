/**
 * A dispute's deadlines step by step (SH-SCR arts. 36–38, docs/domain.md): the center forwards
 * within 2 working days or decides within 5; once forwarded, the department decides within 5. Each
 * due date is the one the decider set when the step began (stored in the events, read through the
 * objections view's evolve); only the working days left are counted here, with A11's calendar.
 */
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { workingDaysLeft } from '../../domain/rules/deadlines.js';
import { compareInstants } from '../../domain/rules/time.js';
import { CENTER_WORKING_DAYS, DEPARTMENT_WORKING_DAYS, FORWARD_WORKING_DAYS } from '../../domain/subject/decide/objection-rules.js';
import type { ObjectionDoc } from '../../projections/objections/objections.doc.js';

export type DisputeStep = 'forward' | 'center-decision' | 'department-decision';

/**
 * met: the step happened (metAt); running: its clock runs now; waiting: it has not begun (the
 * department's step before a forward); not-needed: the dispute took the other path (the center
 * decided itself, or forwarded instead of deciding).
 */
export type StepStatus = 'met' | 'running' | 'waiting' | 'not-needed';

export interface DeadlineStep {
  readonly step: DisputeStep;
  readonly status: StepStatus;
  /** End of the last working day allowed, +08:00; null while the step has not begun. */
  readonly dueAt: string | null;
  readonly workingDaysAllowed: number;
  /** While running, as of now (A11's count: negative = working days overdue); else null. */
  readonly workingDaysLeft: number | null;
  readonly metAt: string | null;
  /** Met: whether it was late, as the decider recorded it; running: whether now is past dueAt; else null. */
  readonly late: boolean | null;
}

export interface DueNext {
  readonly step: DisputeStep;
  readonly dueAt: string;
  readonly workingDaysLeft: number;
}

export function deadlineSteps(objection: ObjectionDoc, calendar: WorkingDayCalendar, now: string): { readonly deadlineSteps: DeadlineStep[]; readonly dueNext: DueNext | null } {
  const open = objection.status === 'open';
  const decidedBy = objection.decidedBy?.kind ?? null;
  const forwarded = objection.forwardedAt !== null;
  const step = (name: DisputeStep, dueAt: string | null, allowed: number, status: StepStatus, metAt: string | null, lateWhenMet: boolean | null): DeadlineStep => {
    const running = status === 'running' && dueAt !== null;
    return {
      step: name, status, dueAt, workingDaysAllowed: allowed,
      workingDaysLeft: running ? workingDaysLeft(calendar, now, dueAt) : null,
      metAt,
      late: status === 'met' ? lateWhenMet : running ? compareInstants(now, dueAt) > 0 : null,
    };
  };
  const steps = [
    step('forward', objection.forwardDueAt, FORWARD_WORKING_DAYS, forwarded ? 'met' : open ? 'running' : 'not-needed', objection.forwardedAt, objection.forwardLate),
    step('center-decision', objection.centerDueAt, CENTER_WORKING_DAYS,
      decidedBy === 'center' ? 'met' : forwarded ? 'not-needed' : 'running', decidedBy === 'center' ? objection.decidedAt : null, objection.late),
    step('department-decision', objection.departmentDueAt, DEPARTMENT_WORKING_DAYS,
      decidedBy === 'department' ? 'met' : !forwarded ? (open ? 'waiting' : 'not-needed') : 'running', decidedBy === 'department' ? objection.decidedAt : null, objection.late),
  ];
  // The decision deadline in force (the objections view's dueAt): the center's, then the department's once forwarded.
  const next = open ? steps.find((s) => s.status === 'running' && s.dueAt === objection.dueAt) : undefined;
  const dueNext = next && next.dueAt !== null && next.workingDaysLeft !== null ? { step: next.step, dueAt: next.dueAt, workingDaysLeft: next.workingDaysLeft } : null;
  return { deadlineSteps: steps, dueNext };
}
