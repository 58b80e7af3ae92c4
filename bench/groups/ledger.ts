/**
 * The ledger (issue 13) on the city's log: the tree caught up from zero when the store opens (the
 * one-time cost for a log written before the tree), beside a raw ordered read of the same log; then
 * inclusion and consistency proofs at the full tree size, p50/p99/max over PROOFS each, beside one
 * event read by position (primary key) in the same run. Each run in its own process, on the
 * service's copy of the city (the cached city is never opened by the store: opening writes the tree).
 */
import { join } from 'node:path';
import { runChild } from '../lib/child.js';
import { Collector, type GroupResult } from '../lib/results.js';
import type { GroupContext } from './context.js';
import type { Latency, LedgerResult } from './ledger-child.js';
import { serviceDataDir } from './service-data.js';

const CHILD = new URL('./ledger-child.js', import.meta.url);
/** Proofs of each kind per run (and as many baseline reads). */
const PROOFS = 1000;
/** A 1M city's tree (≈ 10M leaves) is caught up in minutes; this only stops a hung child. */
const CHILD_TIMEOUT_MS = 3 * 3600_000;

export async function ledger(ctx: GroupContext): Promise<GroupResult> {
  const proofs = new Collector();
  const catchUp = new Collector();
  const problems: string[] = [];
  // The service's copy (the HTTP groups then start on a log whose tree is already caught up).
  const events = join(serviceDataDir(ctx), 'events.sqlite');
  let leavesBefore = 0;
  let leaves = 0;
  for (let run = 1; run <= ctx.settings.runs; run++) {
    process.stderr.write(`  ledger run ${run}/${ctx.settings.runs}: tree from zero at open, then ${PROOFS} proofs of each kind\n`);
    const result = await runChild<LedgerResult>(CHILD, [events, String(PROOFS), String(run)], { timeoutMs: CHILD_TIMEOUT_MS });
    if (run === 1) leavesBefore = result.leavesBefore;
    leaves = result.leaves;
    const label = `${result.leaves.toLocaleString('en-US')} leaves from zero`;
    catchUp.add(label, 'seconds', result.catchUpSeconds);
    catchUp.add(label, 'rate', result.leaves / result.catchUpSeconds);
    catchUp.add(label, 'rawRate', result.leaves / result.rawReadSeconds);
    catchUp.ratio(label, 'ratio', result.leaves / result.catchUpSeconds, result.leaves / result.rawReadSeconds);
    const row = (name: string, ours: Latency) => {
      proofs.add(name, 'p50', ours.p50);
      proofs.add(name, 'p99', ours.p99);
      proofs.add(name, 'max', ours.max);
      proofs.add(name, 'baseP50', result.read.p50);
      proofs.add(name, 'baseP99', result.read.p99);
      proofs.ratio(name, 'ratio', ours.p50, result.read.p50);
    };
    row(`inclusion proof of a random leaf (mean ${result.meanInclusionHashes.toFixed(1)} hashes)`, result.inclusion);
    row('consistency proof, a random older size → the full size', result.consistency);
    row('root hash at the full size', result.root);
    problems.push(...result.failedChecks.map((failure) => `ledger run ${run}: ${failure}`));
    if (!result.sameRoot) problems.push(`ledger run ${run}: the tree rebuilt at open does not have the root the city's copy held`);
    if (!(result.inclusion.p50 > 0) || !(result.catchUpSeconds > 0)) problems.push(`ledger run ${run}: no figure`);
  }
  const source = leavesBefore > 0 ? `the city's copy held its tree (${leavesBefore.toLocaleString('en-US')} leaves): dropped in the copy so the open rebuilds it` : 'the city was generated before the tree existed (no tree in its log)';
  return {
    problems,
    tables: [
      catchUp.table('ledger-catch-up', 'Ledger: the Merkle tree caught up from zero when the store opens (once, for a log written before the tree)', [
        { key: 'seconds', title: 'open with catch-up', unit: 's' },
        { key: 'rate', title: 'leaves/s' },
        { key: 'rawRate', title: 'baseline: raw ordered read + JSON.parse, events/s' },
        { key: 'ratio', title: 'ratio', unit: '%' },
      ], { growth: 'seconds', note: `${source}. Each run in its own process on the service's copy of the log.` }),
      proofs.table('ledger', `Ledger: proofs at the full tree size (${leaves.toLocaleString('en-US')} leaves), µs, ${PROOFS.toLocaleString('en-US')} of each per run`, [
        { key: 'p50', title: 'p50', unit: 'µs' },
        { key: 'p99', title: 'p99', unit: 'µs' },
        { key: 'max', title: 'max', unit: 'µs' },
        { key: 'baseP50', title: 'baseline p50: one event read by position (primary key)', unit: 'µs' },
        { key: 'baseP99', title: 'baseline p99', unit: 'µs' },
        { key: 'ratio', title: 'p50 ÷ baseline p50', unit: '%' },
      ], { growth: 'p50', note: 'Through SqliteLedger (what the HTTP routes call: hashes as hex, behind the async Ledger port: one await per call, the baseline read timed the same way), random leaves and sizes (seeded), interleaved with the baseline reads on a second connection; every 50th proof verified (untimed) against the root.' }),
    ],
  };
}
