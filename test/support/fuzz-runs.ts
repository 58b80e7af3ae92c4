/**
 * How many cases a property or fuzz test runs. `npm test` runs a fifth of the full count (never
 * fewer than 20), enough for every generator to reach its edges on each run; `npm run test:fuzz`
 * (FUZZ=full) runs the full count, and FUZZ_SEED in the suites that take it explores other seeds.
 */
export function fuzzRuns(full: number): number {
  return process.env.FUZZ === 'full' ? full : Math.max(20, Math.ceil(full / 5));
}
