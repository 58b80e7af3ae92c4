import { describe, it, expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import { exited, REPO_ROOT } from '../support/child-process.js';

/** This process's environment without the servers' URLs (and jest's NODE_OPTIONS), plus `env`. */
function envWithout(env: Record<string, string>): NodeJS.ProcessEnv {
  const { EVENTSTORE_URL: _es, MONGODB_URL: _mongo, NODE_OPTIONS: _jest, ...rest } = process.env;
  return { ...rest, ...env };
}

/** `npm run -s test:engines -- …` as a user runs it (package.json wiring included). */
function testEngines(args: readonly string[], env: Record<string, string> = {}) {
  return exited(spawn('npm', ['run', '-s', 'test:engines', '--', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: envWithout(env) }));
}

// Issue 14, item 7: the command that exists to run the engines' contract suites never passes by running nothing.
describe('npm run test:engines without its servers (issue 14, item 7)', () => {
  it('fails (exit 1) naming EVENTSTORE_URL and MONGODB_URL when neither is set, and runs no suite', async () => {
    const run = await testEngines([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('test:engines: EVENTSTORE_URL is not set');
    expect(run.stderr).toContain('test:engines: MONGODB_URL is not set');
    expect(run.stderr).toContain('nothing was run');
    expect(run.stdout + run.stderr).not.toMatch(/Test Suites:|SKIPPED/);
  });

  it('fails naming only the variable still missing when one of the two is set (an empty value counts as unset)', async () => {
    const run = await testEngines([], { EVENTSTORE_URL: 'esdb://localhost:2113?tls=false', MONGODB_URL: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('test:engines: MONGODB_URL is not set');
    expect(run.stderr).not.toContain('EVENTSTORE_URL is not set');
  });

  it('one engine asked for: fails naming the variable that engine needs, whatever else is set', async () => {
    const run = await testEngines(['mongodb'], { EVENTSTORE_URL: 'esdb://localhost:2113?tls=false' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('test:engines: MONGODB_URL is not set');
    expect(run.stderr).not.toContain('EVENTSTORE_URL');
  });

  it('exits 2 with the usage for an engine it does not know', async () => {
    const run = await testEngines(['postgres']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown engine "postgres"');
    expect(run.stderr).toContain('usage: npm run test:engines');
  });
});
