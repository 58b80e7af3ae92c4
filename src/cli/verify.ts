import type { AppConfig } from '../config/app-config.js';
import type { VerifyReport } from '../event-store/event-store.port.js';
import { verifyTree } from '../event-store/ledger/tree-verifier.js';
import { parseVerbArgs, streamArg } from './args.js';
import { CliFailure, EXIT } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { openEventLog } from './stores.js';

type Broken = NonNullable<VerifyReport['firstBroken']>;

const TREE_REASONS: ReadonlySet<Broken['reason']> = new Set(['leaf-mismatch', 'tree-size-mismatch', 'signed-head-mismatch']);

/**
 * `verify [stream] [--json]`: walks the SHA-256 hash chain of the whole log or one stream; for the
 * whole log also the Merkle tree (issue 13: leaves, size, root against the latest signed head),
 * which catches what a re-hashed chain hides. Exit 1 when broken.
 */
export async function verify(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { positionals, values } = parseVerbArgs('verify', args, { json: { type: 'boolean' } }, { min: 0, max: 1 });
  const stream = positionals[0] === undefined ? undefined : streamArg('verify', positionals[0]);
  const events = openEventLog(config);
  try {
    const head = await events.headPosition();
    io.err(stream === undefined ? `verifying the whole log (${head} events) and its Merkle tree…` : `verifying stream ${stream}…`);
    const chain = await events.verify(stream);
    // An absent stream verifies as "0 events, intact": an auditor's typo must not read as a pass.
    if (stream !== undefined && chain.ok && chain.checkedEvents === 0) throw new CliFailure('STREAM_NOT_FOUND', `stream ${stream} has no events`);
    const report = stream === undefined ? withTree(chain, await verifyTree(events.ledger())) : chain;
    io.out(values.json === true ? JSON.stringify(report) : describe(report, stream));
    return report.ok ? EXIT.ok : EXIT.failed;
  } finally {
    await events.close();
  }
}

/** The first problem in log order; on the same position the chain's (it says more), and an unknown position last. */
function withTree(chain: VerifyReport, tree: Broken | null): VerifyReport {
  if (tree === null) return chain;
  const order = (broken: Broken) => (broken.position < 0 ? Number.MAX_SAFE_INTEGER : broken.position);
  if (chain.firstBroken !== null && order(chain.firstBroken) <= order(tree)) return chain;
  return { ...chain, ok: false, firstBroken: tree };
}

function describe(report: VerifyReport, stream: string | undefined): string {
  const scope = stream === undefined ? 'log' : `stream ${stream}`;
  const counted = `${report.checkedEvents} events in ${report.checkedStreams} stream(s)`;
  if (report.firstBroken === null) return `OK: hash chain of the ${scope} is intact (${counted})${stream === undefined ? '; its Merkle tree matches every event and the latest signed head' : ''}`;
  const { stream: at, revision, position, reason } = report.firstBroken;
  const what = TREE_REASONS.has(reason) ? `Merkle tree of the ${scope}` : `hash chain of the ${scope}`;
  // A position-gap or a cut-off tail may leave no stream to name: the removed event took it along.
  const where = at !== ''
    ? `stream ${at} ${position >= 0 ? `revision ${revision} (position ${position})` : `revision ${revision}`}`
    : position >= 0
      ? `position ${position} (its stream cannot be told: the event is gone)`
      : 'the latest signed head (the root of the events as they are is not the root it signed: the log was rewritten)';
  return `BROKEN: ${what} breaks at ${where}: ${reason} (checked ${counted})`;
}
