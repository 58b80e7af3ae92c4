import type { DomainEvent } from '../../kernel/event.js';
import type { EventSpec } from '../../kernel/event-catalogue.js';

/**
 * A4: the subject exists. No personal data of a natural person is ever stored here (A28):
 * a person is known only by a pseudonymous id computed outside the domain; the identity number
 * is checked when deciding (GB 11643-1999) and never written, nor its birth date.
 */
export type SubjectRegistered = DomainEvent<'SubjectRegistered', {
  readonly subjectId: string;
  readonly kind: 'organisation' | 'person';
  readonly uscc: string | null;
  readonly name: string | null;
  readonly legalRepresentative: string | null;
  readonly divisionCode: string | null;
  readonly usccWarnings: readonly string[];
  readonly registeredAt: string;
}>;

export const REGISTRATION_EVENT_SPECS: readonly EventSpec[] = [
  {
    type: 'SubjectRegistered',
    schemaVersion: 1,
    articles: ['A4', 'A28', 'GB 32100-2015', 'GB 11643-1999'],
    description:
      'A credit subject (organisation or natural person) was registered; persons appear only under a pseudonymous id (their identity number was checked, and is stored in no event).',
    fields: {
      subjectId: 'string — the stream id: the USCC of an organisation, an opaque pseudonymous id for a person',
      kind: "'organisation' | 'person'",
      uscc: 'string | null — upper-cased GB 32100-2015 code (organisations only)',
      name: 'string | null — registered name (organisations only; a person\'s name is never stored in events, A28)',
      legalRepresentative: 'string | null — legal representative of an organisation (publishable, docs/domain.md A28)',
      divisionCode: 'string | null — administrative division code of a person, if given',
      usccWarnings: 'string[] — non-fatal USCC findings, e.g. USCC_ORG_CODE_CHECK',
      registeredAt: 'instant — when the registration was decided',
    },
  },
];
