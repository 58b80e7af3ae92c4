// `npm run test:engines [-- eventstoredb|mongodb]`: the contract suites against real servers (issue 14,
// item 7). Where `npm test` prints SKIPPED for a suite without its server, this command exists to run
// them, so a missing URL is a failure (exit 1) that names the variable, never a green run of nothing.
// CI does not run it: it needs servers (docker compose up eventstore mongo).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each engine: the variable its suites need, an example for the compose servers, and its suites. */
const ENGINES = {
  eventstoredb: {
    variable: 'EVENTSTORE_URL',
    example: 'esdb://localhost:2113?tls=false',
    suites: 'test/contract/.*\\.eventstoredb\\.',
  },
  mongodb: {
    variable: 'MONGODB_URL',
    example: 'mongodb://localhost:27017/credit_ledger_views?directConnection=true',
    suites: 'test/contract/.*\\.mongodb\\.',
  },
};
const USAGE = 'usage: npm run test:engines [-- eventstoredb|mongodb]   (default: both engines)';

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(ENGINES, name));
if (unknown.length > 0) {
  process.stderr.write(`test:engines: unknown engine "${unknown[0]}"\n${USAGE}\n`);
  process.exit(2);
}
const engines = asked.length > 0 ? [...new Set(asked)] : Object.keys(ENGINES);
const missing = engines.map((name) => ENGINES[name]).filter((engine) => !process.env[engine.variable]);
if (missing.length > 0) {
  for (const engine of missing)
    process.stderr.write(`test:engines: ${engine.variable} is not set: its contract suites need a server, e.g. ${engine.variable}=${engine.example}\n`);
  process.stderr.write(`test:engines: nothing was run. Start the servers (docker compose up -d eventstore mongo) and set ${missing.map((e) => e.variable).join(' and ')}; one engine only: ${USAGE}\n`);
  process.exit(1);
}

// Both engines: every contract suite (the SQLite ones run too, as the reference). One: its suites only.
const selection = engines.length === Object.keys(ENGINES).length
  ? ['test/contract']
  : ['--testPathPatterns', engines.map((name) => ENGINES[name].suites).join('|')];
const jest = spawnSync(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), ...selection], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
});
process.exit(jest.status ?? 1);
