import type { Role } from './roles.js';

/**
 * How far a role's permission reaches on one route:
 * - any: no limit (the role's own work, e.g. the center's reviews, the credit office's oversight);
 * - own-department: a department officer acts for its own department only: the `{did}` in the path
 *   when there is one, otherwise the department recorded by the command (so the token must name one);
 * - own-subject: a credit subject acts only on its own `{id}` (A28: its own records).
 */
export type Scope = 'any' | 'own-department' | 'own-subject';

/** Who may call a route: anyone (no token needed), or the listed roles each within its scope. */
export type RoutePolicy = 'public' | Readonly<Partial<Record<Role, Scope>>>;

/** `METHOD /path/{param}`, the path spelled as in docs/api.md. */
export type RouteKey = `${'GET' | 'POST'} /${string}`;

const PUBLIC = 'public' as const;
const OFFICE = { 'credit-office': 'any' } as const;
/** Who reads a subject's status and the lists behind it: the government roles and the subject itself. */
const STATUS_READERS = { subject: 'own-subject', department: 'own-department', center: 'any', ...OFFICE } as const;

/**
 * THE policy table (issue 5, A28): every route of the API, deny by default. A route not listed here is
 * refused by the guard, and test/e2e/authorization-matrix.e2e.spec.ts fails when one is missing.
 * Handlers may refine (e.g. only the department an objection was forwarded to decides it), never widen.
 */
export const POLICY: Readonly<Record<RouteKey, RoutePolicy>> = {
  // Subjects (A4, A28): departments and the center register and look up; the credit office may too.
  // An auditor looks a person up too (to replay its history by pseudonymous id); the answer holds no personal data.
  'POST /subjects': { department: 'own-department', center: 'any', ...OFFICE },
  'POST /subjects/lookup': { department: 'own-department', center: 'any', auditor: 'any', ...OFFICE },
  // Issue 12: find an organisation by the start of its name or USCC (persons never by name, A28).
  // Not departments: scoping a department to the organisations it holds records of needs more than the table.
  'GET /subjects': { center: 'any', auditor: 'any', ...OFFICE },
  // Commitments (A6–A9): made by the subject or recorded by the department it was made to; checked by departments.
  'POST /subjects/{id}/commitments': { subject: 'own-subject', department: 'own-department' },
  'POST /subjects/{id}/commitments/{cid}/checks': { department: 'own-department' },
  'POST /subjects/{id}/breaches': { department: 'own-department' },
  // Reviews (A10–A14): requested by the subject or a department, reported and amended by the center.
  'POST /subjects/{id}/reviews': { subject: 'own-subject', department: 'own-department' },
  'POST /subjects/{id}/reviews/{rid}/report': { center: 'any' },
  'POST /subjects/{id}/reviews/{rid}/amendments': { subject: 'own-subject', center: 'any' },
  // Credit reports (A15–A20, A25): filed by the issuing agency, used by departments and banks.
  'POST /subjects/{id}/credit-reports': { agency: 'any' },
  'POST /subjects/{id}/credit-reports/{rpid}/uses': { department: 'own-department', bank: 'any' },
  // Objections and repairs: the subject files, the center forwards, the center or the department decides.
  'POST /subjects/{id}/objections': { subject: 'own-subject' },
  'POST /objections/{oid}/forward': { center: 'any' },
  'POST /objections/{oid}/decision': { center: 'any', department: 'own-department' },
  'POST /subjects/{id}/repairs': { subject: 'own-subject' },
  'POST /repairs/{rpid}/decision': { department: 'own-department' },
  // Banks (A18) and agency supervision (A20–A21, A26) by the credit office.
  'POST /loan-checks': { bank: 'any' },
  'POST /agencies': OFFICE,
  // A15, A20: recorded like a filing, by the credit office.
  'POST /agencies/recognitions': OFFICE,
  'POST /agencies/{aid}/suspension': OFFICE,
  'POST /agencies/{aid}/exit': OFFICE,
  'POST /agencies/{aid}/staff': OFFICE,
  'POST /agencies/{aid}/breaches': OFFICE,
  // A24: a department sets its own rules; the credit office any department's.
  'POST /departments/{did}/rules': { department: 'own-department', ...OFFICE },

  // Queries. The status: government roles and the subject itself.
  'GET /subjects/{id}/status': STATUS_READERS,
  // The full lists behind the status's capped ones: the same readers.
  'GET /subjects/{id}/breaches': STATUS_READERS,
  'GET /subjects/{id}/reports': STATUS_READERS,
  'GET /subjects/{id}/reviews': STATUS_READERS,
  'GET /subjects/{id}/objections': STATUS_READERS,
  'GET /subjects/{id}/commitments': STATUS_READERS,
  'GET /subjects/{id}/eligibility': { department: 'own-department', bank: 'any' },
  'GET /reviews/overdue': { center: 'any', ...OFFICE },
  'GET /reviews/due-soon': { center: 'any', ...OFFICE },
  'GET /reports/expiring': { department: 'own-department', ...OFFICE },
  'GET /objections/overdue': { center: 'any', ...OFFICE },
  'GET /disputes/{oid}': { ...OFFICE, auditor: 'any' },
  'GET /departments': OFFICE,
  'GET /departments/{did}/usage': { department: 'own-department', ...OFFICE },
  // A28: unmasked personal data only for the government roles whose work needs it, every read logged;
  // the access log for the person itself, auditors and the credit office; erasure by the credit office.
  'GET /subjects/{id}/personal-data': { department: 'own-department', center: 'any', ...OFFICE },
  'GET /subjects/{id}/access-log': { subject: 'own-subject', auditor: 'any', ...OFFICE },
  'POST /subjects/{id}/erasure': OFFICE,
  // The auditor reads history, state-as-of and the hash chain; nothing else it may write.
  'GET /subjects/{id}/history': { auditor: 'any', ...OFFICE },
  'GET /subjects/{id}/state': { auditor: 'any', ...OFFICE },
  'GET /subjects/{id}/verify': { auditor: 'any', ...OFFICE },
  'GET /audit/verify': { auditor: 'any', ...OFFICE },
  // Issue 13: the verifiable ledger's heads and proofs for auditors and the credit office; signing on demand is the office's.
  'GET /ledger/heads/latest': { auditor: 'any', ...OFFICE },
  'GET /ledger/heads': { auditor: 'any', ...OFFICE },
  'POST /ledger/heads': OFFICE,
  'GET /ledger/proofs/inclusion': { auditor: 'any', ...OFFICE },
  'GET /ledger/proofs/consistency': { auditor: 'any', ...OFFICE },
  'GET /subjects/{id}/ledger-bundle': { auditor: 'any', ...OFFICE },
  // Anyone, no login (A9 disclosures are masked; A20, A26 the agency registry).
  'GET /disclosures': PUBLIC,
  'GET /agencies': PUBLIC,
  'GET /agencies/{aid}': PUBLIC,
  // Issue 12: the department registry's names in force, successors and A13 participation are public information.
  'GET /departments/names': PUBLIC,
  'GET /departments/names/{did}': PUBLIC,
  'GET /calendar/deadline': PUBLIC,
  'GET /calendar/days': PUBLIC,
  // Issue 13: the public keys of the signed tree heads, for anyone to verify offline.
  'GET /.well-known/credit-ledger-keys.json': PUBLIC,
  'GET /health': PUBLIC,
  'GET /health/ready': PUBLIC,
  // Served by Swagger outside Nest's router (no guard runs there); listed so the table is the whole API.
  'GET /docs': PUBLIC,
  'GET /docs-json': PUBLIC,
  // The web console (issue 12): static pages and assets, no data; what it shows comes from the routes above, with the user's token.
  'GET /ui': PUBLIC,
  'GET /ui/assets/{name}': PUBLIC,
  'GET /ui/*path': PUBLIC,
  // The console's development sign-in (src/console/dev-sign-in.ts: loopback only, off with JWT_JWKS_URL).
  'GET /dev-sign-in': PUBLIC,
  'POST /dev-sign-in': PUBLIC,
};
