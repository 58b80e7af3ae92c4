import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { FileCreditReportRequest } from './file-credit-report.request.js';

export interface FiledCreditReport {
  readonly reportId: string;
  /** A19: last valid day, one year after the issue date. */
  readonly validThrough: string;
  readonly result: AppendResult;
}

export class FileCreditReportCommand extends Command<FiledCreditReport> {
  constructor(readonly subjectId: string, readonly request: FileCreditReportRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
