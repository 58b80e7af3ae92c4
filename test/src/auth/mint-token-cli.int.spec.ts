import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { runTsToExit, type ChildRun } from '../../support/child-process.js';
import { tempDir } from '../../support/temp-dir.js';

/** `npm run token` as a user runs it: its exit codes are the operator CLI's (docs/operations.md, "Operator CLI"). */
describe('npm run token: exit codes (0 printed, 1 refused, 2 bad arguments, 78 bad configuration)', () => {
  const dir = tempDir('mint-token-cli-');
  const token = (args: readonly string[], env: Record<string, string> = {}): Promise<ChildRun> =>
    runTsToExit('src/auth/mint-token-cli.ts', args, { DATA_DIR: dir.path, ...env });
  let printed: ChildRun;
  beforeAll(async () => {
    printed = await token(['--role', 'department', '--department', 'ks-drc']);
  });
  afterAll(() => dir.remove());

  it('prints a token and exits 0', () => {
    expect(printed.code).toBe(0);
    expect(printed.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it.each([
    ['an unknown option', ['--role', 'center', '--colour', 'red'], /Unknown option '--colour'/],
    ['no --role', ['--sub', 'clerk-1'], /--role is required/],
    ['a role without the id it needs', ['--role', 'department'], /--role department needs --department <id>/],
    ['a bad --ttl', ['--role', 'center', '--ttl', 'forever'], /--ttl must be a number and a unit/],
  ])('%s: exit 2 with the usage text, as the CLI and seed:demo', async (_case, args, message) => {
    const run = await token(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('usage: npm run token');
    expect(run.stdout).toBe('');
  });

  it('JWT_JWKS_URL set: refused, exit 1 (tokens come from the identity provider)', async () => {
    const run = await token(['--role', 'center'], { JWT_JWKS_URL: 'https://idp.example.org/jwks', JWT_ISSUER: 'https://idp.example.org', JWT_AUDIENCE: 'credit-ledger' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JWT_JWKS_URL is set');
    expect(run.stdout).toBe('');
  });

  it('a bad configuration variable: exit 78 naming it', async () => {
    const run = await token(['--role', 'center'], { JWT_SECRET: 'short' });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('configuration JWT_SECRET');
  });
});
