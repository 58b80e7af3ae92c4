/**
 * The demo's credit subjects (A4): organisations under valid Kunshan USCCs, persons under the
 * keyed pseudonym the service computes (A28), their names and numbers kept in the personal-data store.
 */
import type { PersonalDataStore } from '../personal-data/personal-data.port.js';
import type { Pseudonymizer } from '../personal-data/pseudonymizer.js';
import { CENTER, subjectActor } from './demo-actors.js';
import type { DemoPlan } from './demo-plan.js';
import { DEMO_START, officeHours, randomDate } from './demo-time.js';
import { demoIdentityNumber, demoUscc } from './identifiers.js';
import { legalRepresentative, organisationName, personName } from './names.js';

export interface DemoSubject {
  readonly subjectId: string;
  readonly kind: 'organisation' | 'person';
  readonly registeredAt: string;
  /** Persons only: for the A28 minor check on a breach's decision date. */
  readonly identityNumber: string | null;
}

export const ORGANISATIONS = 240;
export const PERSONS = 60;
/** A28: two of the persons are minors throughout the demo. */
const MINOR_BIRTH_DATES = ['2009-08-15', '2010-03-02'];

/** The first organisations register in January 2025, before the hand-placed cases of early 2025 (plan-showcases.ts). */
const EARLY_REGISTRATIONS = 20;

export function planOrganisations(plan: DemoPlan): DemoSubject[] {
  const used = new Set<string>();
  const subjects: DemoSubject[] = [];
  while (subjects.length < ORGANISATIONS) {
    const uscc = demoUscc(plan.rng);
    if (subjects.some((s) => s.subjectId === uscc)) continue;
    const now = officeHours(plan.rng, randomDate(plan.rng, DEMO_START, subjects.length < EARLY_REGISTRATIONS ? '2025-01-30' : '2025-06-30'));
    const name = organisationName(plan.rng, used);
    const representative = legalRepresentative(plan.rng);
    // Most enterprises register themselves through the portal; some are registered by the center.
    const actor = plan.rng.chance(0.7) ? subjectActor(uscc) : CENTER;
    plan.subject({ now, id: uscc, actor, build: () => ({ type: 'RegisterSubject', now, subject: { kind: 'organisation', uscc, name, legalRepresentative: representative } }) });
    subjects.push({ subjectId: uscc, kind: 'organisation', registeredAt: now, identityNumber: null });
  }
  return subjects;
}

export function planPersons(plan: DemoPlan, pseudonyms: Pseudonymizer, personalData: PersonalDataStore): DemoSubject[] {
  const subjects: DemoSubject[] = [];
  while (subjects.length < PERSONS) {
    const minor = MINOR_BIRTH_DATES[subjects.length];
    const birthDate = minor ?? randomDate(plan.rng, '1962-01-01', '2001-12-31');
    const identityNumber = demoIdentityNumber(plan.rng, birthDate);
    const subjectId = pseudonyms.subjectIdFor(identityNumber);
    if (subjects.some((s) => s.subjectId === subjectId)) continue;
    const now = officeHours(plan.rng, randomDate(plan.rng, DEMO_START, '2025-06-30'));
    const fullName = personName(plan.rng);
    plan.subject({
      now, id: subjectId, actor: CENTER,
      build: () => ({ type: 'RegisterSubject', now, subject: { kind: 'person', subjectId, identityNumber, divisionCode: identityNumber.slice(0, 6) } }),
      // A28: the name and number go to the personal-data store, never into an event.
      beforeAppend: () => personalData.put({ subjectId, fullName, identityNumber, birthDate, recordedAt: now }),
    });
    subjects.push({ subjectId, kind: 'person', registeredAt: now, identityNumber });
  }
  return subjects;
}
