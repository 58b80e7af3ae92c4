import { HttpException, Inject, Injectable } from '@nestjs/common';
import type { AccessCommand } from '../../domain/access/commands.js';
import { accessDecider, accessStreamName } from '../../domain/access/decider.js';
import { PersonalDataErasedError } from '../../domain/access/errors.js';
import type { PersonalDataErased } from '../../domain/access/events.js';
import { subjectStreamName } from '../../domain/subject/decider.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { EVENT_STORE, type AppendResult, type EventStore } from '../event-store/event-store.port.js';
import type { ActingUser } from '../http/acting-user.js';
import type { CommandHeaders } from '../http/command-headers.js';
import { errorBody } from '../http/error-body.js';
import { PersonalDataNotFoundError } from '../http/not-found.errors.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore, type PersonalLookup, type PersonalRecord } from '../personal-data/personal-data.port.js';
import { forbidden } from '../use-case-support/actor-guards.js';
import { departmentIsInvolved } from './department-involvement.js';

/** The personal fields a read returns in clear (recorded in each access event). */
export const CLEAR_FIELDS = ['fullName', 'identityNumber', 'birthDate'] as const;

/** A28: a department reads only what its matters need: a person of whom it holds no record is not its business. */
const notItsMatter = (subjectId: string, department: string) =>
  forbidden(`department ${department} has no record of subject ${subjectId} (no commitment, breach, review, report use, objection or repair involving it), so its personal data is not needed for its matters (A28)`, { subjectId, department, article: 'A28' });

/** 410 Gone: the person existed, the data was erased on a lawful request (A28). */
const gone = (subjectId: string, erasedAt: string) =>
  new HttpException(errorBody(410, 'PERSONAL_DATA_ERASED', `the personal data of subject ${subjectId} was erased at ${erasedAt} (A28)`, { subjectId, erasedAt, article: 'A28' }), 410);

/**
 * A28: reads of unmasked personal data and their erasure, each recorded in the person's access
 * stream. A read is logged before it is answered (no log, no data); a refused read logs nothing.
 */
@Injectable()
export class PersonalDataAccess {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(PERSONAL_DATA_STORE) private readonly personal: PersonalDataStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async read(subjectId: string, actor: ActingUser, purpose: string): Promise<{ record: PersonalRecord; access: AppendResult }> {
    const found = await this.held(subjectId);
    if (found.state === 'unknown') throw new PersonalDataNotFoundError(subjectId);
    if (actor.kind === 'department') await this.requireInvolvement(subjectId, actor.department);
    if (found.state === 'erased') throw gone(subjectId, found.erasedAt);
    try {
      const access = await this.commands.run({
        decider: accessDecider, stream: accessStreamName(subjectId), actor, headers: {},
        build: (_, now): AccessCommand => ({ type: 'RecordPersonalDataAccess', now, subjectId, actor, purpose, fields: CLEAR_FIELDS }),
      });
      return { record: found.record, access };
    } catch (error) {
      // The log says erased though the store still answered: an erasure is under way; refuse.
      if (error instanceof PersonalDataErasedError) throw gone(subjectId, String(error.details.erasedAt));
      throw error;
    }
  }

  /**
   * The personal data of a registered subject only: registration writes the personal data before it
   * appends, so a row without a registration is a failed attempt, not a person (never served).
   */
  private async held(subjectId: string): Promise<PersonalLookup> {
    const found = await this.personal.get(subjectId);
    if (found.state === 'unknown') return found;
    const [first] = await this.events.readStream(subjectStreamName(subjectId), { toRevision: 0 });
    return first?.type === 'SubjectRegistered' ? found : { state: 'unknown' };
  }

  /** A28: checked before anything is logged, so a refused read leaves no access event. */
  private async requireInvolvement(subjectId: string, department: string | null): Promise<void> {
    // The policy guard already refuses a department token without a department; refuse here too rather than widen.
    if (department === null || !departmentIsInvolved(await this.events.readStream(subjectStreamName(subjectId)), department))
      throw notItsMatter(subjectId, department ?? '(none)');
  }

  /**
   * A28: the erasure is appended first, then the store erases. If the store step failed after the
   * append, asking again completes it (the log already holds the erasure; nothing new is written).
   */
  async erase(subjectId: string, actor: ActingUser, basisDocument: string, headers: CommandHeaders): Promise<AppendResult> {
    const found = await this.held(subjectId);
    if (found.state === 'unknown') throw new PersonalDataNotFoundError(subjectId);
    let result: AppendResult;
    try {
      result = await this.commands.run({
        decider: accessDecider, stream: accessStreamName(subjectId), actor, headers,
        build: (_, now): AccessCommand => ({ type: 'ErasePersonalData', now, subjectId, actor, basisDocument }),
      });
    } catch (error) {
      if (!(error instanceof PersonalDataErasedError) || found.state !== 'present') throw error;
      return this.completeErasure(subjectId);
    }
    const erased = result.events.find((event) => event.type === 'PersonalDataErased')?.data as PersonalDataErased['data'] | undefined;
    if (erased) await this.personal.erase(subjectId, erased.erasedAt, erased.basisDocument);
    return result;
  }

  /** The store kept the fields although the log holds the erasure: erase them now, answer with the logged event. */
  private async completeErasure(subjectId: string): Promise<AppendResult> {
    const stream = accessStreamName(subjectId);
    const logged = (await this.events.readStream(stream)).filter((event) => event.type === 'PersonalDataErased');
    const event = logged[logged.length - 1]!;
    const data = event.data as unknown as PersonalDataErased['data'];
    await this.personal.erase(subjectId, data.erasedAt, data.basisDocument);
    return { stream, revision: event.revision, position: event.position, events: [event], replayed: true };
  }
}
