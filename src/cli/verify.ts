import type { AppConfig } from '../config/app-config.js';
import type { VerifyReport } from '../event-store/event-store.port.js';
import { parseVerbArgs, streamArg } from './args.js';
import { CliFailure, EXIT } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { openEventLog } from './stores.js';

/** `verify [stream] [--json]`: walks the SHA-256 hash chain of the whole log or one stream; exit 1 when broken. */
export async function verify(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { positionals, values } = parseVerbArgs('verify', args, { json: { type: 'boolean' } }, { min: 0, max: 1 });
  const stream = positionals[0] === undefined ? undefined : streamArg('verify', positionals[0]);
  const events = openEventLog(config);
  try {
    const head = await events.headPosition();
    io.err(stream === undefined ? `verifying the whole log (${head} events)…` : `verifying stream ${stream}…`);
    const report = await events.verify(stream);
    // An absent stream verifies as "0 events, intact": an auditor's typo must not read as a pass.
    if (stream !== undefined && report.ok && report.checkedEvents === 0) throw new CliFailure('STREAM_NOT_FOUND', `stream ${stream} has no events`);
    io.out(values.json === true ? JSON.stringify(report) : describe(report, stream));
    return report.ok ? EXIT.ok : EXIT.failed;
  } finally {
    await events.close();
  }
}

function describe(report: VerifyReport, stream: string | undefined): string {
  const scope = stream === undefined ? 'log' : `stream ${stream}`;
  const counted = `${report.checkedEvents} events in ${report.checkedStreams} stream(s)`;
  if (report.firstBroken === null) return `OK: hash chain of the ${scope} is intact (${counted})`;
  const { stream: at, revision, position, reason } = report.firstBroken;
  const where = position >= 0 ? `revision ${revision} (position ${position})` : `revision ${revision}`;
  return `BROKEN: hash chain of the ${scope} breaks at stream ${at} ${where}: ${reason} (checked ${counted})`;
}
