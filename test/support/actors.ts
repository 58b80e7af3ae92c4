import { createHmac } from 'node:crypto';

/** The HS256 secret every test app is started with (test-app.ts passes it as JWT_SECRET). Fixed, test-only. */
export const TEST_JWT_SECRET = 'credit-ledger-test-secret-0123456789abcdef';

/** Fixed instants (seconds): tokens are identical on every run and valid until 2099. */
const ISSUED_AT = Date.UTC(2026, 0, 1) / 1000;
const VALID_UNTIL = Date.UTC(2099, 0, 1) / 1000;

export type ActorKindForTests = 'subject' | 'department' | 'center' | 'credit-office' | 'agency' | 'bank' | 'auditor';

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** A compact HS256 JWT, signed synchronously so fixtures stay plain constants. */
export function signTestToken(claims: Record<string, unknown>, secret: string = TEST_JWT_SECRET): string {
  const head = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** The claims the ledger reads for an actor: a subject, an agency and a bank carry their own id claim. */
export function claimsFor(kind: ActorKindForTests, id: string, department?: string): Record<string, unknown> {
  return {
    sub: id, role: kind, iat: ISSUED_AT, exp: VALID_UNTIL,
    ...(department !== undefined ? { department } : {}),
    ...(kind === 'subject' ? { subject: id } : {}),
    ...(kind === 'agency' ? { agency: id } : {}),
    ...(kind === 'bank' ? { bank: id } : {}),
  };
}

/** Request headers acting as `kind` with this id (and department, for a department officer). */
export function actor(kind: ActorKindForTests, id: string, department?: string): { Authorization: string } {
  return { Authorization: `Bearer ${signTestToken(claimsFor(kind, id, department))}` };
}
