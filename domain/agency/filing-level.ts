/**
 * A15, A20: a report counts only when its agency is filed with a credit management body
 * "at city level or above (含市级)". In the measure "city" is Kunshan itself (市信用办), so a
 * filing with the Kunshan credit office is `city`; a district or township filing is not.
 */
export const FILING_LEVELS = ['city', 'province', 'national'] as const;
export type FilingLevel = (typeof FILING_LEVELS)[number];

export function isFilingLevel(level: string): level is FilingLevel {
  return (FILING_LEVELS as readonly string[]).includes(level);
}

/** A26 market exit: leaving of its own will, or removed for misconduct (its earlier reports are then flagged). */
export const EXIT_REASONS = ['voluntary', 'misconduct'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** A26 credit records of staff: a staff member joins or leaves an agency. */
export const STAFF_CHANGES = ['joined', 'left'] as const;
export type StaffChange = (typeof STAFF_CHANGES)[number];
