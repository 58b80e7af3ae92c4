import { ALL_PROJECTIONS } from '../../projections/index.js';

export const USAGE = `usage: npm run cli -- <verb> [arguments]

  rebuild [projection]                 rebuild one projection (or all) blue-green; refused while the service runs
  verify [stream] [--json]             verify the hash chain of the whole log (and its Merkle tree) or of one stream (e.g. subject-<id>)
  replay <subjectId> [--as-of <instant>]
                                       fold a subject's events (up to an ISO instant) and print its state as JSON
  export <subjectId>                   every event of a subject with its metadata, as JSON lines on stdout
  heads export [--out FILE]            every signed tree head and the published keys as one JSON document, for a witness to keep
  heads check <file>                   prove the log still extends every head archived in <file> (exit 1 names the first that fails)
  calendar load <file> [--force]       validate a holiday table and install it as DATA_DIR/calendar/cn-<year>.json
  migrate --from sqlite --to sqlite|eventstore [--target-dir DIR] [--batch N] [--limit N]
                                       copy the whole log into another engine (same ids, metadata, hash chains),
                                       resuming after what the target holds, then verify the target; stop the
                                       service first. --to sqlite writes DIR/events.sqlite, then moves personal data,
                                       keys, installed calendars and signed heads into DIR and lists each item;
                                       --to eventstore uses EVENTSTORE_URL (the rest stays in DATA_DIR);
                                       --limit copies at most N events this run
  help                                 this text

projections: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}
exit codes: 0 done, 1 failed or refused (broken chain, unknown subject, inconsistent head, ...), 2 bad arguments, 78 bad configuration
environment: DATA_DIR and the other variables of the service (docs/operations.md, "Configuration")`;
