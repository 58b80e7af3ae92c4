import type { Request } from 'express';
import type { AppConfig } from '../config/app-config.js';

/** Whether this request may mint a development token, and if not, why (shown by the console). */
export type DevSignInAvailability = { readonly enabled: true } | { readonly enabled: false; readonly reason: string };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The one-click sign-in is for a developer's own machine: it signs any role's token with the service's
 * own HS256 secret, exactly like `npm run token`. So it is off with an identity provider
 * (JWT_JWKS_URL), off when switched off (DEV_SIGN_IN=false), off behind a proxy (TRUST_PROXY=true: the
 * proxy's address is loopback and the client's is only a header) and answers loopback clients only.
 */
export function devSignInAvailability(config: AppConfig, request: Request): DevSignInAvailability {
  if (config.auth.jwksUrl !== undefined) return { enabled: false, reason: 'JWT_JWKS_URL is set: tokens come from the identity provider' };
  if (!config.devSignIn) return { enabled: false, reason: 'DEV_SIGN_IN=false' };
  if (config.trustProxy) return { enabled: false, reason: 'TRUST_PROXY=true: behind a proxy the client cannot be told from the proxy' };
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) return { enabled: false, reason: 'only for a browser on the same machine as the service (loopback)' };
  return { enabled: true };
}
