/**
 * A25: what one department (or A29 user organisation, or bank) used in one Asia/Shanghai calendar
 * year, id `<departmentId>:<year>`. Counted by the id named in the event; succession (a merged or
 * renamed department's statistics following its successor) is applied by the read side from the
 * department registry, which also holds the authoritative kind (DepartmentRegistered.kind).
 */
export type DepartmentUsageDoc = {
  readonly departmentId: string;
  /** `YYYY`, the Shanghai year of the instant the use happened. */
  readonly year: string;
  /** The kind of user the last event naming one gave (ReportUsed.usedBy.kind; 'bank' for a loan check); null if none did. */
  readonly userKind: 'department' | 'bank' | 'organisation' | null;
  readonly reviewsRequested: number;
  readonly reportsUsed: number;
  readonly commitmentsTaken: number;
  readonly breachesRecorded: number;
  /** Follow-up checks of commitments (A8). */
  readonly checksMade: number;
  /** Banks' dual-report checks (A18). */
  readonly loanChecks: number;
  readonly lastCountedAt: string;
};

export type UsageCounter = 'reviewsRequested' | 'reportsUsed' | 'commitmentsTaken' | 'breachesRecorded' | 'checksMade' | 'loanChecks';
