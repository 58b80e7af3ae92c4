import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { ActingUser } from '../http/acting-user.js';
import { actingUserFromClaims, InvalidClaims } from './acting-user-from-claims.js';
import type { AuthConfig } from '../config/auth-config.js';

/** 401: the bearer token is missing its parts, expired, badly signed or names no valid actor. */
export class AuthenticationFailed extends Error {
  readonly code = 'UNAUTHORIZED';
  constructor(readonly reason: string) {
    super(`the bearer token was refused: ${reason}`);
    this.name = 'AuthenticationFailed';
  }
}

/** 503: the identity provider's key set could not be fetched; the token may well be valid. */
export class IdentityProviderUnavailable extends Error {
  readonly code = 'IDENTITY_PROVIDER_UNAVAILABLE';
  constructor(cause: unknown) {
    super('the identity provider\'s key set (JWT_JWKS_URL) could not be fetched', { cause });
    this.name = 'IdentityProviderUnavailable';
  }
}

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Why a token failed, in words safe to return (never the token itself). */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} ${error.reason}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no matching key';
  if (error instanceof InvalidClaims) return error.message;
  return 'malformed token';
}

/**
 * Verifies a compact JWT: HS256 with the shared secret (embedded default), or RS256 against the
 * identity provider's JWKS (production). Exactly one of the two is active; the other algorithm is refused.
 */
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly config: AuthConfig, secret: () => Uint8Array) {
    if (config.jwksUrl !== undefined) {
      this.key = createRemoteJWKSet(new URL(config.jwksUrl));
      this.algorithms = ['RS256'];
    } else {
      this.key = secret();
      this.algorithms = ['HS256'];
    }
  }

  async verify(token: string): Promise<ActingUser> {
    let payload: JWTPayload;
    try {
      const options = { algorithms: this.algorithms, requiredClaims: ['exp', 'sub'], ...(this.config.issuer ? { issuer: this.config.issuer } : {}), ...(this.config.audience ? { audience: this.config.audience } : {}) };
      ({ payload } = typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options));
    } catch (error) {
      // Not a verdict on the token (a fetch failure, a broken key set): the provider is unavailable.
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) throw new IdentityProviderUnavailable(error);
      throw new AuthenticationFailed(reasonOf(error));
    }
    try {
      return actingUserFromClaims(payload);
    } catch (error) {
      throw new AuthenticationFailed(reasonOf(error));
    }
  }
}
