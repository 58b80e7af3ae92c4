import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkResidentId } from '../../../../domain/rules/identifiers/resident-id.js';
import { checkUscc } from '../../../../domain/rules/identifiers/uscc.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../../personal-data/personal-data.port.js';
import { PSEUDONYMIZER, type Pseudonymizer } from '../../../personal-data/pseudonymizer.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../subject-decider.provider.js';
import { RegisterSubjectCommand, type RegisteredSubject } from './register-subject.command.js';

/**
 * A4. An organisation's stream is named by its USCC; a person's by a keyed hash of the identity
 * number (A28). The person's name and number go to the personal-data store, never to the log.
 */
@CommandHandler(RegisterSubjectCommand)
export class RegisterSubjectHandler implements ICommandHandler<RegisterSubjectCommand, RegisteredSubject> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(PSEUDONYMIZER) private readonly pseudonyms: Pseudonymizer,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
  ) {}

  async execute({ request, actor, headers }: RegisterSubjectCommand): Promise<RegisteredSubject> {
    if (request.kind === 'organisation') {
      const { code } = checkUscc(request.uscc!, 'uscc');
      const result = await this.commands.run({
        decider: this.decider, stream: subjectStreamName(code), commandType: 'RegisterSubject', actor, headers,
        command: (now): SubjectCommand => ({ type: 'RegisterSubject', now, subject: { kind: 'organisation', uscc: code, name: request.name!, ...(request.legalRepresentative ? { legalRepresentative: request.legalRepresentative } : {}) } }),
      });
      return { subjectId: code, result };
    }
    const checked = checkResidentId(request.identityNumber!, 'identityNumber');
    const subjectId = this.pseudonyms.subjectIdFor(checked.id);
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), commandType: 'RegisterSubject', actor, headers,
      command: (now): SubjectCommand => ({ type: 'RegisterSubject', now, subject: { kind: 'person', subjectId, identityNumber: checked.id, ...(request.divisionCode ? { divisionCode: request.divisionCode } : {}) } }),
    });
    await this.personalData.put({ subjectId, fullName: request.fullName!, identityNumber: checked.id, birthDate: checked.birthDate, recordedAt: result.events[0]?.metadata.recordedAt ?? '' });
    return { subjectId, result };
  }
}
