import { subjectDecider, subjectStreamName } from '../../domain/subject/decider.js';
import { AggregateLoader } from '../commands/aggregate-loader.js';
import type { AppConfig } from '../config/app-config.js';
import { subjectPolicyOf } from '../config/subject-policy.js';
import { parseInstantMs } from '../shared/clock.js';
import { parseVerbArgs, streamArg } from './args.js';
import { CliFailure, EXIT, UsageError } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { openEventLog } from './stores.js';

/**
 * `replay <subjectId> [--as-of <instant>]`: folds the subject's stream — up to the instant when
 * given — with the subject decider and prints the state as JSON. The auditor's time-travel: the
 * state is recomputed from the events, never read from a stored snapshot.
 */
export async function replay(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { positionals, values } = parseVerbArgs('replay', args, { 'as-of': { type: 'string' } }, { min: 1, max: 1 });
  const subjectId = positionals[0]!;
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined && parseInstantMs(asOf) === null)
    throw new UsageError(`replay: --as-of "${asOf}" is not an ISO instant with an offset (e.g. 2026-03-02T10:00:00+08:00)`);
  const decider = subjectDecider({ calendar: loadCalendar(config), policy: subjectPolicyOf(config) });
  const stream = streamArg('replay', subjectStreamName(subjectId));
  const events = openEventLog(config);
  try {
    // A loader without cache or snapshots: the kernel fold over the events themselves.
    const loader = new AggregateLoader(events);
    const { state, revision, last } = asOf === undefined ? await loader.load(decider, stream) : await loader.loadAt(decider, stream, { asOf });
    if (last === null)
      throw new CliFailure('SUBJECT_NOT_FOUND', `subject ${subjectId} has no events${asOf === undefined ? '' : ` recorded at or before ${asOf}`}`);
    io.out(JSON.stringify({ subjectId, stream, asOf: asOf ?? null, revision, position: last.position, recordedAt: last.recordedAt, state }, null, 2));
    return EXIT.ok;
  } finally {
    await events.close();
  }
}
