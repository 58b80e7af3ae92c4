import type { ActingUser } from '../http/acting-user.js';
import type { RoutePolicy, Scope } from './policy.js';
import { isRole } from './roles.js';

/** The guard's answer: allowed, or refused with 401 (who are you?) / 403 (not you) and why. */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly status: 401 | 403; readonly code: 'UNAUTHORIZED' | 'FORBIDDEN'; readonly reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (status: 401 | 403, reason: string): Decision => ({ allowed: false, status, code: status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN', reason });

function withinScope(scope: Scope, actor: ActingUser, params: Readonly<Record<string, string | undefined>>): string | null {
  switch (scope) {
    case 'any':
      return null;
    case 'own-subject':
      return params.id !== undefined && params.id === actor.id ? null : `a subject acts only on its own records (A28), not on ${params.id ?? 'this route'}`;
    case 'own-department':
      if (actor.department === null) return 'the department token names no department';
      if (params.did !== undefined && params.did !== actor.department) return `department ${actor.department} may not act for department ${params.did}`;
      return null;
  }
}

/**
 * Pure: may this acting user call a route with this policy and these path parameters? Deny by
 * default: an unknown route (no policy) is refused, and so is every role the policy does not list.
 */
export function authorize(policy: RoutePolicy | undefined, actor: ActingUser, params: Readonly<Record<string, string | undefined>>): Decision {
  if (policy === undefined) return deny(403, 'the route is not in the access policy (deny by default)');
  if (policy === 'public') return ALLOW;
  if (actor.kind === 'public') return deny(401, 'this route needs a bearer token');
  const scope = isRole(actor.kind) ? policy[actor.kind] : undefined;
  if (scope === undefined) return deny(403, `the role ${actor.kind} may not call this route`);
  const outside = withinScope(scope, actor, params);
  return outside === null ? ALLOW : deny(403, outside);
}
