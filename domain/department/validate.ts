/** A31: the department's dates (participation, renames, mergers, rules) use the shared scheme-date rule. */
export { requireSchemeDate } from '../rules/business-dates.js';
