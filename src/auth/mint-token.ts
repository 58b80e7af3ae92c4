import { SignJWT } from 'jose';
import { ID_PATTERN, isRole, ROLES, type LedgerClaims, type Role } from './roles.js';

/** What a development token says; the id claim a role needs is required (see acting-user-from-claims.ts). */
export interface DevTokenRequest {
  readonly role: Role;
  readonly sub?: string;
  readonly department?: string;
  readonly subject?: string;
  readonly agency?: string;
  readonly bank?: string;
  /** Lifetime, e.g. '8h', '30m', '2d' (jose's time span syntax). */
  readonly ttl?: string;
}

const TTL = /^[1-9]\d{0,5}[smhd]$/;

export class DevTokenRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DevTokenRefused';
  }
}

const NEEDS: Partial<Record<Role, 'department' | 'subject' | 'agency' | 'bank'>> = { department: 'department', subject: 'subject', agency: 'agency', bank: 'bank' };

/** The claims of a development token, checked the way the server will read them. */
export function devTokenClaims(request: DevTokenRequest): LedgerClaims {
  if (!isRole(request.role)) throw new DevTokenRefused(`--role must be one of ${ROLES.join(', ')}`);
  const needed = NEEDS[request.role];
  if (request.ttl !== undefined && !TTL.test(request.ttl)) throw new DevTokenRefused(`--ttl must be a number and a unit (s, m, h, d), e.g. 8h, got "${request.ttl}"`);
  if (needed && request[needed] === undefined) throw new DevTokenRefused(`--role ${request.role} needs --${needed} <id>`);
  const claims: LedgerClaims = {
    // A subject, an agency and a bank act under their own id; an officer is `<role>-dev` unless --sub names one.
    sub: request.sub ?? (needed !== undefined && needed !== 'department' ? request[needed] : undefined) ?? `${request.role}-dev`,
    role: request.role,
    ...(request.department !== undefined ? { department: request.department } : {}),
    ...(request.subject !== undefined ? { subject: request.subject } : {}),
    ...(request.agency !== undefined ? { agency: request.agency } : {}),
    ...(request.bank !== undefined ? { bank: request.bank } : {}),
  };
  for (const [claim, value] of Object.entries(claims))
    if (claim !== 'role' && !ID_PATTERN.test(String(value))) throw new DevTokenRefused(`${claim} must be 1–100 characters of [A-Za-z0-9._:@-], got "${String(value)}"`);
  return claims;
}

/** An HS256 token for development, signed with the configured secret (the server's JWT_SECRET or its secret file). */
export async function mintDevToken(secret: Uint8Array, request: DevTokenRequest, options: { issuer?: string; audience?: string } = {}): Promise<string> {
  const { sub, ...claims } = devTokenClaims(request);
  let jwt = new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(sub).setIssuedAt().setExpirationTime(request.ttl ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(secret);
}
