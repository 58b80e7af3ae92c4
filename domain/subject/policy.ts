/** Values no public source fixes: decisions of ours, configurable (docs/domain.md). */
export interface SubjectPolicy {
  /** A18: a loan at or above this amount (fen) needs a valid review or credit report. Default CNY 10,000,000 (decision). */
  readonly loanCheckThresholdFen: number;
  /** A26: reports of an agency that exited for misconduct are flagged; do they still count? Default yes (decision). */
  readonly countReportsOfMisconductAgencies: boolean;
  /** A16, docs/domain.md "(optional D)": a rating of D is accepted. Default yes (decision); absent means yes. */
  readonly allowRatingGradeD?: boolean;
}

export const DEFAULT_SUBJECT_POLICY: SubjectPolicy = {
  loanCheckThresholdFen: 1_000_000_000,
  countReportsOfMisconductAgencies: true,
  allowRatingGradeD: true,
};
