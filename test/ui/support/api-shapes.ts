/** The parts of the API's answers the browser suites compare the pages with (docs/api.md; the OpenAPI document at /docs). */

/** The state summary's sections (ui/src/api/subject-types.ts SECTIONS), each shown as `count-<section>`. */
export const SECTIONS = ['commitments', 'breaches', 'reviews', 'creditReports', 'reportUses', 'loanChecks', 'objections', 'annotations', 'repairs'] as const;

/** GET /subjects/{id}/state?asOf= */
export interface StateAnswer {
  readonly revision: number;
  readonly state: Record<string, { count: number } | unknown> | null;
}

/** GET /disputes/{oid} (docs/api.md, "The dispute case file"): `deadlineSteps`, `dueNext` and `disclosure` are issue 12's. */
export interface CaseFile {
  readonly outcome: string | null;
  readonly deadlineSteps?: readonly { step: string; status: string; dueAt: string | null; workingDaysLeft: number | null }[];
  readonly dueNext?: { step: string; dueAt: string; workingDaysLeft: number } | null;
  readonly disclosure?: { beforeDecision: { disclosedThrough: string } | null; afterDecision: { disclosedThrough: string } | null } | null;
}

/** GET /departments/names (issue 12: the public department registry). */
export interface DepartmentNames {
  readonly items: readonly { departmentId: string; name: string; successorId: string | null }[];
}

/** GET /departments/{id}/usage?year= (A25), in the usage chart's column order (ui/src/components/usage-chart.tsx METRICS). */
export const USAGE_METRICS = ['commitmentsTaken', 'checksMade', 'reviewsRequested', 'reportsUsed', 'breachesRecorded', 'loanChecks'] as const;
export interface UsageAnswer {
  readonly total: Record<(typeof USAGE_METRICS)[number], number>;
}
