import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { RecordLoanCheckRequest } from './record-loan-check.request.js';

export interface RecordedLoanCheck {
  readonly loanCheckId: string;
  readonly subjectId: string;
  /** A18: the amount reached the configured threshold, so a valid report was required. */
  readonly dualReportRequired: boolean;
  readonly thresholdFen: number;
  /** A26: the credit report relied on comes from an agency that exited for misconduct (flagged). */
  readonly agencyExitedForMisconduct: boolean;
  readonly result: AppendResult;
}

export class RecordLoanCheckCommand extends Command<RecordedLoanCheck> {
  constructor(readonly request: RecordLoanCheckRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
