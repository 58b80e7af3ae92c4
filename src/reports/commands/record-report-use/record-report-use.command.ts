import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { RecordReportUseRequest } from './record-report-use.request.js';

export interface RecordedReportUse {
  readonly useId: string;
  /** A26: the report's agency exited for misconduct (flagged; counted per configuration). */
  readonly agencyExitedForMisconduct: boolean;
  readonly result: AppendResult;
}

export class RecordReportUseCommand extends Command<RecordedReportUse> {
  constructor(
    readonly subjectId: string,
    readonly reportId: string,
    readonly request: RecordReportUseRequest,
    readonly actor: ActingUser,
    readonly headers: CommandHeaders,
  ) {
    super();
  }
}
