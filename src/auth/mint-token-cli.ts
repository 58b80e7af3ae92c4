// npm run token -- --role department --department ks-drc [--sub ID] [--subject ID] [--agency ID] [--bank ID] [--ttl 8h]
// Prints a development bearer token signed with the configured HS256 secret (JWT_SECRET, else DATA_DIR/keys/jwt.secret).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config.js';
import { ConfigError } from '../config/config-error.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { devTokenClaims, DevTokenRefused, mintDevToken } from './mint-token.js';
import { ROLES, type Role } from './roles.js';

const USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> [--department ID] [--subject ID] [--agency ID] [--bank ID] [--sub ID] [--ttl 8h]`;

/** The exit codes of the operator CLI (src/cli/cli-errors.ts; docs/operations.md, "Operator CLI"). */
const EXIT = { ok: 0, refused: 1, usage: 2, config: 78 } as const;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string' }, sub: { type: 'string' }, department: { type: 'string' }, subject: { type: 'string' },
        agency: { type: 'string' }, bank: { type: 'string' }, ttl: { type: 'string' }, help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    console.error(USAGE);
    return EXIT.ok;
  }
  if (values.role === undefined) return usageError('--role is required');
  const { role, help: _help, ...claims } = values;
  const request = { ...claims, role: role as Role };
  try {
    devTokenClaims(request); // bad arguments are reported before the configuration is read
  } catch (error) {
    if (error instanceof DevTokenRefused) return usageError(error.message);
    throw error;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return EXIT.config;
  }
  // Production tokens come from the identity provider: a locally signed HS256 token would be refused anyway.
  if (config.auth.jwksUrl !== undefined) {
    console.error('refused: JWT_JWKS_URL is set: tokens come from the identity provider, not from npm run token');
    return EXIT.refused;
  }
  const secret = resolveJwtSecret(config.auth, config.dataDir);
  console.log(await mintDevToken(secret, request, { issuer: config.auth.issuer, audience: config.auth.audience }));
  return EXIT.ok;
}

function usageError(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return EXIT.usage;
}

process.exitCode = await main();
