import { subjectStreamName } from '../../domain/subject/decider.js';
import type { AppConfig } from '../config/app-config.js';
import { AsStoredSchemas } from '../event-store/as-stored-schemas.js';
import { parseVerbArgs, streamArg } from './args.js';
import { CliFailure, EXIT } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { openEventLog } from './stores.js';

/**
 * `export <subjectId>`: every event of the subject's stream as JSON lines on stdout, each with its
 * stream, revision, global position, type, schema version, data and stored metadata (who, when,
 * why, idempotency key, prevHash and hash), so an auditor's file can be checked event by event.
 * Each line is the event as stored, at the schema version it was written (docs/events.md says how
 * an older version reads today): an upcast line would no longer match its hash.
 */
export async function exportSubject(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { positionals } = parseVerbArgs('export', args, {}, { min: 1, max: 1 });
  const subjectId = positionals[0]!;
  const stream = streamArg('export', subjectStreamName(subjectId));
  const events = openEventLog(config, new AsStoredSchemas());
  try {
    const stored = await events.readStream(stream);
    if (stored.length === 0) throw new CliFailure('SUBJECT_NOT_FOUND', `subject ${subjectId} has no events`);
    for (const event of stored) io.out(JSON.stringify(event));
    io.err(`exported ${stored.length} events of ${stream}`);
    // The file is written either way (the auditor needs it); a broken chain is said and fails the run.
    const report = await events.verify(stream);
    if (report.firstBroken === null) {
      io.err(`hash chain of ${stream} verified intact`);
      return EXIT.ok;
    }
    io.err(`BROKEN: hash chain of ${stream} breaks at revision ${report.firstBroken.revision}: ${report.firstBroken.reason}`);
    return EXIT.failed;
  } finally {
    await events.close();
  }
}
