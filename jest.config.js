/** ESM jest (NestJS 12 is ESM-only): ts-jest in ESM mode, `.js` import suffixes mapped back to `.ts`. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 30000,
  // Two suites at a time: jest's default on this 2-core machine is one (cores − 1), yet most of the
  // slow suites wait on child processes, worker threads and fsync rather than use a core.
  maxWorkers: 2,
  verbose: true,
};
