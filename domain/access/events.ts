/**
 * The events of one access stream (`access-<subjectId>`, A28): who read a natural person's unmasked
 * personal data, for what purpose, and the erasure of that data on a lawful request. The stream
 * holds no personal data itself: only the pseudonymous subject id, actors and documents.
 */
import type { DomainEvent } from '../kernel/event.js';
import type { EventCatalogue } from '../kernel/event-catalogue.js';

export type PersonalDataAccessed = DomainEvent<'PersonalDataAccessed', {
  readonly subjectId: string;
  readonly accessedAt: string;
  readonly actorKind: string;
  readonly actorId: string;
  readonly actorDepartment: string | null;
  readonly purpose: string;
  /** Which personal fields the answer carried in clear. */
  readonly fields: readonly string[];
}>;

export type PersonalDataErased = DomainEvent<'PersonalDataErased', {
  readonly subjectId: string;
  readonly erasedAt: string;
  readonly actorKind: string;
  readonly actorId: string;
  readonly basisDocument: string;
}>;

export type AccessEvent = PersonalDataAccessed | PersonalDataErased;

// What auditors read about each stored access event (docs/events.md is generated from it).

const SUBJECT_ID = 'string — the person\'s pseudonymous subject id (stream `access-<subjectId>`)';

export const ACCESS_EVENT_CATALOGUE: EventCatalogue = [
  {
    type: 'PersonalDataAccessed',
    schemaVersion: 1,
    articles: ['A28'],
    description: 'A government role read the person\'s unmasked personal data (name, identity number, birth date) for a stated purpose.',
    fields: {
      subjectId: SUBJECT_ID,
      accessedAt: 'instant — when the data was read',
      actorKind: "'department' | 'center' | 'credit-office' — the reader's role (from the verified token)",
      actorId: 'string — the reader (token subject)',
      actorDepartment: 'string | null — the reader\'s department, for a department officer',
      purpose: 'string — the purpose or matter the reader stated (X-Purpose header or purpose query parameter)',
      fields: 'string[] — the personal fields returned in clear',
    },
  },
  {
    type: 'PersonalDataErased',
    schemaVersion: 1,
    articles: ['A28'],
    description: 'The credit office erased the person\'s personal fields on a lawful request; the log stays intact, views show the person as erased.',
    fields: {
      subjectId: SUBJECT_ID,
      erasedAt: 'instant — when the fields were erased',
      actorKind: "'credit-office' — who ordered the erasure",
      actorId: 'string — the officer (token subject)',
      basisDocument: 'string — the legal basis document (number and title)',
    },
  },
];
