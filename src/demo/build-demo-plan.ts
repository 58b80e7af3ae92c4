/**
 * The whole demo data set as one ordered plan: institutions first, then subjects, hand-placed
 * cases (historical and recent) and everyday activity. Deterministic given the seed and `today`.
 */
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import type { PersonalDataStore } from '../personal-data/personal-data.port.js';
import type { Pseudonymizer } from '../personal-data/pseudonymizer.js';
import { DemoPlan, type DemoStep } from './demo-plan.js';
import { planOrganisations, planPersons } from './demo-subjects.js';
import { planActivity } from './plan-activity.js';
import { planAgencies, planDepartmentRules, planTaxMerger } from './plan-institutions.js';
import { planRecent } from './plan-recent.js';
import { SHOWCASE_ORGANISATIONS, SHOWCASE_PERSONS, planShowcases } from './plan-showcases.js';
import { DEMO_SEED } from './prng.js';

export interface DemoPlanInputs {
  /** The demo's business date (YYYY-MM-DD, Asia/Shanghai): every command happens before it. */
  readonly today: string;
  readonly calendar: WorkingDayCalendar;
  readonly loanThresholdFen: number;
  readonly pseudonyms: Pseudonymizer;
  readonly personalData: PersonalDataStore;
}

export function buildDemoPlan(inputs: DemoPlanInputs): readonly DemoStep[] {
  const plan = new DemoPlan(DEMO_SEED, inputs.today);
  planTaxMerger(plan);
  planDepartmentRules(plan);
  const agencies = planAgencies(plan);
  const orgs = planOrganisations(plan);
  const persons = planPersons(plan, inputs.pseudonyms, inputs.personalData);
  planShowcases(plan, orgs, persons, agencies, inputs.loanThresholdFen);
  planRecent(plan, inputs.calendar, orgs, persons, agencies);
  const context = { plan, agencies, calendar: inputs.calendar, loanThresholdFen: inputs.loanThresholdFen };
  for (const subject of [...orgs.slice(SHOWCASE_ORGANISATIONS), ...persons.slice(SHOWCASE_PERSONS)]) planActivity(context, subject);
  return plan.ordered();
}
