/** Every refusal of the subject decider: one class per stable `code`, each naming its article. */
export * from './errors/records.js';
export * from './errors/reviews.js';
export * from './errors/reports.js';
export * from './errors/objections.js';
export * from './errors/repairs.js';
export { DisclosurePeriodOutOfBoundsError } from '../rules/disclosure.js';
