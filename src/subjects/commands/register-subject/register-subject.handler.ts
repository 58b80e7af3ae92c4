import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkResidentId } from '../../../../domain/rules/identifiers/resident-id.js';
import { checkUscc } from '../../../../domain/rules/identifiers/uscc.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand, type NoPath } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../../personal-data/personal-data.port.js';
import { PSEUDONYMIZER, type Pseudonymizer } from '../../../personal-data/pseudonymizer.js';
import { KeyedLock } from '../../../shared/keyed-lock.js';
import { crashIfTestAsks } from '../../../shared/test-crash-point.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { RegisterSubjectRequest } from './register-subject.request.js';

export interface RegisteredSubject {
  readonly subjectId: string;
  readonly result: AppendResult;
}

export class RegisterSubjectCommand extends ApiCommand<NoPath, RegisterSubjectRequest, RegisteredSubject> {}

/**
 * A4. An organisation's stream is named by its USCC; a person's by a keyed hash of the identity
 * number (A28). The person's name and number go to the personal-data store, never to the log.
 *
 * Two stores, no partial state a retry cannot repair: the personal data is written FIRST under the
 * pseudonymous id, then the registration is appended. A failure or crash between the two leaves a
 * personal-data row with no registration, which nothing serves (reads go through the registered
 * subject) and the retry overwrites. Registrations of one person run one at a time here so a
 * losing concurrent attempt cannot overwrite the winner's row.
 */
@CommandHandler(RegisterSubjectCommand)
export class RegisterSubjectHandler implements ICommandHandler<RegisterSubjectCommand, RegisteredSubject> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(PSEUDONYMIZER) private readonly pseudonyms: Pseudonymizer,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
  ) {}

  private readonly personLock = new KeyedLock();

  async execute({ request, actor, headers }: RegisterSubjectCommand): Promise<RegisteredSubject> {
    if (request.kind === 'organisation') {
      const { code } = checkUscc(request.uscc!, 'uscc');
      const result = await this.commands.run({
        decider: this.decider, stream: subjectStreamName(code), actor, headers,
        build: (_, now): SubjectCommand => ({ type: 'RegisterSubject', now, subject: { kind: 'organisation', uscc: code, name: request.name!, ...(request.legalRepresentative ? { legalRepresentative: request.legalRepresentative } : {}) } }),
      });
      return { subjectId: code, result };
    }
    const checked = checkResidentId(request.identityNumber!, 'identityNumber');
    const subjectId = this.pseudonyms.subjectIdFor(checked.id);
    const result = await this.personLock.run(subjectId, () => this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: async (state, now): Promise<SubjectCommand> => {
        // Registered already: the decider refuses it; the held row stays as it is.
        if (state.registration === null) {
          await this.personalData.put({ subjectId, fullName: request.fullName!, identityNumber: checked.id, birthDate: checked.birthDate, recordedAt: now });
          crashIfTestAsks('after-personal-data');
        }
        return { type: 'RegisterSubject', now, subject: { kind: 'person', subjectId, identityNumber: checked.id, ...(request.divisionCode ? { divisionCode: request.divisionCode } : {}) } };
      },
    }));
    return { subjectId, result };
  }
}
