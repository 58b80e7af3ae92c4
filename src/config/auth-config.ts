import { ConfigError, ConfigErrors } from './config-error.js';

/** How tokens are verified: an HS256 shared secret (embedded default) or an identity provider's JWKS (RS256). */
export interface AuthConfig {
  /** JWT_SECRET; unset: a random secret created once in DATA_DIR/keys/jwt.secret. Ignored when jwksUrl is set. */
  readonly jwtSecret: string | undefined;
  /** JWT_JWKS_URL: the identity provider's key set; tokens must then be RS256 and signed by one of its keys. */
  readonly jwksUrl: string | undefined;
  /** JWT_ISSUER / JWT_AUDIENCE: when set, the `iss` / `aud` claims must match; required with JWT_JWKS_URL. */
  readonly issuer: string | undefined;
  readonly audience: string | undefined;
}

/** At least 32 bytes: a shorter HS256 secret can be brute-forced. */
export const MIN_SECRET_BYTES = 32;

function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
}

function jwksUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = text(env, 'JWT_JWKS_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('JWT_JWKS_URL', 'must be an absolute https:// (or http:// for local testing) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('JWT_JWKS_URL', 'must be an https:// (or http:// for local testing) URL');
  return raw;
}

/**
 * Reads and validates the authentication variables once, at start-up (issue 5: secrets only from
 * configuration). Every bad variable is reported (issue 11): one ConfigError, or ConfigErrors for several.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const problems: ConfigError[] = [];
  const jwtSecret = text(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret, 'utf8') < MIN_SECRET_BYTES)
    problems.push(new ConfigError('JWT_SECRET', `must be at least ${MIN_SECRET_BYTES} bytes`));
  let url: string | undefined;
  try {
    url = jwksUrl(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(error);
  }
  const config = { jwtSecret, jwksUrl: url, issuer: text(env, 'JWT_ISSUER'), audience: text(env, 'JWT_AUDIENCE') };
  // An identity provider's keys sign tokens for many services: without iss/aud pinned, a token it
  // issued for another service (or another tenant) would be accepted here. Asked of a set JWT_JWKS_URL
  // even when it is malformed, so that both are reported at once.
  if (text(env, 'JWT_JWKS_URL') !== undefined) {
    const missing = [config.issuer === undefined ? 'JWT_ISSUER' : null, config.audience === undefined ? 'JWT_AUDIENCE' : null].filter((name) => name !== null);
    if (missing.length > 0) problems.push(new ConfigError(missing.join(', '), 'is required when JWT_JWKS_URL is set (the provider\'s tokens must be pinned to this issuer and audience)'));
  }
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new ConfigErrors(problems);
  return config;
}
