/**
 * What follows a breach in the city (A9): an objection — left open (overdue), forwarded to the
 * recording department and decided there (corrected or rejected), or rejected by the center
 * (SH-SCR 36–38) — or, once the class's minimum period has passed, a repair (NDRC 令第36号).
 */
import { DISCLOSURE_BOUNDS, repairPossibleFrom } from '../../domain/rules/disclosure.js';
import type { DemoPlan } from '../../src/demo/demo-plan.js';
import type { DemoSubject } from '../../src/demo/demo-subjects.js';
import { dateOf, officeHours } from '../../src/demo/demo-time.js';
import * as step from '../../src/demo/subject-steps.js';
import { addDays, weekday } from './city-days.js';

const REASONS = ['处罚决定正在行政复议中', '违法事实认定有误', '已在规定期限内完成整改', '处罚对象认定错误'];

/** An objection (30%) or, once the class's minimum period has passed, a repair (20% of the others). */
export function aftermath(plan: DemoPlan, subject: DemoSubject, recordedAt: string, breachId: string, departmentId: string, breach: step.Breach): void {
  const roll = plan.rng.next();
  if (roll < 0.3) objection(plan, subject, recordedAt, breachId, departmentId, breach);
  else if (roll < 0.5 && breach.breachClass !== 'minor') repairLater(plan, subject, breachId, departmentId, breach);
}

/** SH-SCR 36–38: left open (overdue), forwarded and decided by the department (corrected or rejected), or rejected by the center. */
function objection(plan: DemoPlan, subject: DemoSubject, recordedAt: string, breachId: string, departmentId: string, breach: step.Breach): void {
  const filed = officeHours(plan.rng, weekday(addDays(dateOf(recordedAt), plan.rng.int(1, 20))));
  if (!plan.happened(filed) || filed <= recordedAt) return;
  const thread = plan.thread(filed);
  const objectionId = step.fileObjection(plan, subject, filed, { kind: 'breach', id: breachId }, plan.rng.pick(REASONS), thread);
  const roll = plan.rng.next();
  if (roll < 0.15) return;
  if (roll < 0.6) {
    const forwarded = officeHours(plan.rng, weekday(addDays(dateOf(filed), plan.rng.int(1, 3))));
    if (!plan.happened(forwarded) || forwarded <= filed) return;
    step.forwardObjection(plan, subject, forwarded, objectionId, departmentId, thread);
    const decided = officeHours(plan.rng, weekday(addDays(dateOf(forwarded), plan.rng.int(1, 12))));
    if (!plan.happened(decided) || decided <= forwarded) return;
    if (plan.rng.chance(0.4)) {
      const { minMonths, maxMonths } = DISCLOSURE_BOUNDS[breach.breachClass];
      const correction = { disclosureMonths: plan.rng.int(minMonths, maxMonths), summary: `${breach.summary}（已更正）` };
      step.decideObjection(plan, subject, decided, objectionId, departmentId, 'corrected', { correction }, thread);
    } else {
      step.decideObjection(plan, subject, decided, objectionId, departmentId, 'rejected', { reasons: '经复核，原认定事实清楚、证据确凿' }, thread);
    }
    return;
  }
  const decided = officeHours(plan.rng, weekday(addDays(dateOf(filed), plan.rng.int(1, 10))));
  if (!plan.happened(decided) || decided <= filed) return;
  step.decideObjection(plan, subject, decided, objectionId, null, 'rejected', { reasons: '经核查，异议理由不成立' }, thread);
}

function repairLater(plan: DemoPlan, subject: DemoSubject, breachId: string, departmentId: string, breach: step.Breach): void {
  const possible = repairPossibleFrom(breach.breachClass, breach.decisionDate);
  const applied = officeHours(plan.rng, weekday(addDays(possible, plan.rng.int(0, 60))));
  const decided = officeHours(plan.rng, weekday(addDays(dateOf(applied), plan.rng.int(1, 15))));
  if (!plan.happened(decided) || decided <= applied) return;
  step.repair(plan, subject, applied, decided, breachId, departmentId);
}
