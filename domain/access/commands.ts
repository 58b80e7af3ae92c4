/** What the personal-data routes ask of an access stream (A28); `now` comes in, no clock is read. */
import type { CommandContext } from '../kernel/event.js';

export interface AccessActor {
  readonly kind: string;
  readonly id: string;
  readonly department: string | null;
}

/** A28: record one read of unmasked personal data before it is answered. */
export type RecordPersonalDataAccess = CommandContext & {
  readonly type: 'RecordPersonalDataAccess';
  readonly subjectId: string;
  readonly actor: AccessActor;
  readonly purpose: string;
  readonly fields: readonly string[];
};

/** A28: erase the person's personal fields on a lawful request of the credit office. */
export type ErasePersonalData = CommandContext & {
  readonly type: 'ErasePersonalData';
  readonly subjectId: string;
  readonly actor: AccessActor;
  readonly basisDocument: string;
};

export type AccessCommand = RecordPersonalDataAccess | ErasePersonalData;
