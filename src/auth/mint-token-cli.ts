// npm run token -- --role department --department ks-drc [--sub ID] [--subject ID] [--agency ID] [--bank ID] [--ttl 8h]
// Prints a development bearer token signed with the configured HS256 secret (JWT_SECRET, else DATA_DIR/keys/jwt.secret).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config.js';
import { ConfigError } from '../config/config-error.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { DevTokenRefused, mintDevToken } from './mint-token.js';
import { ROLES, type Role } from './roles.js';

const USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> [--department ID] [--subject ID] [--agency ID] [--bank ID] [--sub ID] [--ttl 8h]`;

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
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 64; // EX_USAGE
  }
  if (values.help || values.role === undefined) {
    console.error(USAGE);
    return values.help ? 0 : 64;
  }
  try {
    const config = loadConfig();
    // Production tokens come from the identity provider: a locally signed HS256 token would be refused anyway.
    if (config.auth.jwksUrl !== undefined) throw new DevTokenRefused('JWT_JWKS_URL is set: tokens come from the identity provider, not from npm run token');
    const secret = resolveJwtSecret(config.auth, config.dataDir);
    const { role, help: _help, ...claims } = values;
    console.log(await mintDevToken(secret, { ...claims, role: role as Role }, { issuer: config.auth.issuer, audience: config.auth.audience }));
    return 0;
  } catch (error) {
    if (error instanceof DevTokenRefused || error instanceof ConfigError) {
      console.error(`${error.message}\n${USAGE}`);
      return error instanceof ConfigError ? 78 : 64;
    }
    throw error;
  }
}

process.exitCode = await main();
