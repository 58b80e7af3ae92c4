/** The words a department's own rule (A24) is written in. */

/** A3: the three kinds of credit product. */
export const CREDIT_PRODUCTS = ['commitment', 'review', 'report'] as const;
export type CreditProduct = (typeof CREDIT_PRODUCTS)[number];

/** A24: the subject must bring every listed product (`all`) or may choose one of them (`any`). */
export const RULE_MODES = ['all', 'any'] as const;
export type RuleMode = (typeof RULE_MODES)[number];

/** A2 departments, and A29 user organisations (associations, chambers, enterprises) counted apart. */
export const DEPARTMENT_KINDS = ['department', 'user-organisation'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A31: the measure is in force from its date of issue; nobody takes part in it earlier. */
export { MEASURE_IN_FORCE_FROM } from '../rules/business-dates.js';
export const MEASURE_DOCUMENT = '昆政办发〔2017〕41号';
