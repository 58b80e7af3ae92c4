import type { SubjectPolicy } from '../../domain/subject/decider.js';
import type { AppConfig } from './app-config.js';

/** The configured subject policy (A18 loan-check threshold, A26 misconduct reports): the service, replay and the demo fold alike. */
export function subjectPolicyOf(config: AppConfig): SubjectPolicy {
  return { loanCheckThresholdFen: config.loanCheckThresholdFen, countReportsOfMisconductAgencies: config.countReportsOfMisconductAgencies };
}
