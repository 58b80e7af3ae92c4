import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { ReportCommissioner, ReportSections } from '../../../../domain/subject/values.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { AgencyFacts } from '../../../use-case-support/facts/agency-facts.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import type { FileCreditReportRequest } from './file-credit-report.request.js';

export interface FiledCreditReport {
  readonly reportId: string;
  /** A19: last valid day, one year after the issue date. */
  readonly validThrough: string;
  readonly result: AppendResult;
}

export class FileCreditReportCommand extends ApiCommand<{ subjectId: string }, FileCreditReportRequest, FiledCreditReport> {}

/**
 * A15: an agency (the policy table) files the report it issued; the acting agency is the issuer (never the body).
 * A20, A26: its standing on the issue date is folded from the agency's own stream.
 */
@CommandHandler(FileCreditReportCommand)
export class FileCreditReportHandler implements ICommandHandler<FileCreditReportCommand, FiledCreditReport> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(AgencyFacts) private readonly agencies: AgencyFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId }, request, actor, headers }: FileCreditReportCommand): Promise<FiledCreditReport> {
    const agencyId = actor.id;
    const agencyStanding = await this.agencies.standingOn(agencyId, request.issuedOn);
    const reportId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({
        type: 'FileCreditReport', now, reportId, agencyId, agencyStanding,
        commissionedBy: commissioner(request), issuedOn: request.issuedOn, sections: sections(request),
        summary: request.summary, rating: request.rating, riskNotes: request.riskNotes,
      }),
    });
    const data = writtenData(result);
    return { reportId: String(data.reportId), validThrough: String(data.validThrough), result };
  }
}

function commissioner({ commissionedBy }: FileCreditReportRequest): ReportCommissioner {
  return commissionedBy.kind === 'department' ? { kind: 'department', departmentId: commissionedBy.departmentId! } : { kind: 'subject' };
}

/** Only the sections given, as plain values (the DTO instance carries no other keys: whitelisted). */
function sections({ sections: given }: FileCreditReportRequest): Partial<ReportSections> {
  return Object.fromEntries(Object.entries(given).filter(([, text]) => text !== undefined)) as Partial<ReportSections>;
}
