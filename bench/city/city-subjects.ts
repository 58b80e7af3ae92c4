/**
 * The city's credit subjects (A4): organisations (~10%) under valid Kunshan USCCs and persons under
 * the keyed pseudonym the service computes (A28), registered the way the demo registers them. A
 * person's name and identity number go to the personal-data store, never into an event.
 */
import type { DemoPlan } from '../../src/demo/demo-plan.js';
import { CENTER, subjectActor } from '../../src/demo/demo-actors.js';
import type { DemoSubject } from '../../src/demo/demo-subjects.js';
import { DEMO_START, officeHours } from '../../src/demo/demo-time.js';
import { legalRepresentative, organisationName, personName } from '../../src/demo/names.js';
import type { Pseudonymizer } from '../../src/personal-data/pseudonymizer.js';
import { addDays, randomDate } from './city-days.js';
import { cityIdentityNumber, cityUscc } from './city-identifiers.js';
import { CityPlan } from './city-plan.js';

export const ORGANISATION_SHARE = 0.1;
/** Business time of the city: from the demo's start (after the institutions) to the day before today. */
export const CITY_START = DEMO_START;

/** What the personal-data store keeps of a person (A28), without the instant (known once decided). */
export interface PersonalFields {
  readonly fullName: string;
  readonly identityNumber: string;
  readonly birthDate: string;
}

export interface PlannedSubject {
  readonly subject: DemoSubject;
  readonly personal: PersonalFields | null;
}

/** Each subject has its own generator, so subject i is the same whatever else the city holds. */
export function subjectPlan(seed: number, index: number, today: string): CityPlan {
  return new CityPlan(subjectSeed(seed, index), today, index);
}

/** Subject `index`'s generator seed: a 32-bit hash of the city seed and the index (so some subjects share one). */
export function subjectSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Registers subject `index` on its plan; its identifier is a function of the index (city-identifiers.ts). */
export function registerCitySubject(plan: DemoPlan, index: number, kind: DemoSubject['kind'], pseudonyms: Pseudonymizer, early = false): PlannedSubject {
  // Most subjects register when the system opens; the rest join over the years.
  const latest = addDays(plan.today, -30);
  const registeredOn = early || plan.rng.chance(0.6) ? randomDate(plan.rng, CITY_START, addDays(CITY_START, 90)) : randomDate(plan.rng, CITY_START, latest);
  const now = officeHours(plan.rng, registeredOn);
  if (kind === 'organisation') {
    const uscc = cityUscc(index);
    const name = organisationName(plan.rng, new Set());
    const representative = legalRepresentative(plan.rng);
    const actor = plan.rng.chance(0.7) ? subjectActor(uscc) : CENTER;
    plan.subject({ now, id: uscc, actor, build: () => ({ type: 'RegisterSubject', now, subject: { kind: 'organisation', uscc, name, legalRepresentative: representative } }) });
    return { subject: { subjectId: uscc, kind, registeredAt: now, identityNumber: null }, personal: null };
  }
  const { identityNumber, birthDate } = cityIdentityNumber(index);
  const subjectId = pseudonyms.subjectIdFor(identityNumber);
  const fullName = personName(plan.rng);
  plan.subject({
    now, id: subjectId, actor: CENTER,
    build: () => ({ type: 'RegisterSubject', now, subject: { kind: 'person', subjectId, identityNumber, divisionCode: identityNumber.slice(0, 6) } }),
  });
  return { subject: { subjectId, kind, registeredAt: now, identityNumber }, personal: { fullName, identityNumber, birthDate } };
}
