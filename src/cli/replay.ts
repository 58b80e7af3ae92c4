import { fold } from '../../domain/kernel/decider.js';
import { subjectDecider, subjectStreamName, type SubjectPolicy } from '../../domain/subject/decider.js';
import type { SubjectEvent } from '../../domain/subject/events.js';
import type { AppConfig } from '../config/app-config.js';
import { parseInstantMs } from '../shared/clock.js';
import { parseVerbArgs, streamArg } from './args.js';
import { CliFailure, EXIT, UsageError } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { loadCalendar, openEventLog } from './stores.js';

/** The policy the running service applies (A18 threshold, A26 misconduct reports), so a replay folds the same way. */
function subjectPolicyOf(config: AppConfig): SubjectPolicy {
  return { loanCheckThresholdFen: config.loanCheckThresholdFen, countReportsOfMisconductAgencies: config.countReportsOfMisconductAgencies };
}

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
    const stored = await events.readStream(stream, asOf === undefined ? {} : { asOf });
    if (stored.length === 0)
      throw new CliFailure('SUBJECT_NOT_FOUND', `subject ${subjectId} has no events${asOf === undefined ? '' : ` recorded at or before ${asOf}`}`);
    // The store only serves registered subject event types, upcast to their current shape.
    const state = fold(decider, stored.map((event) => ({ type: event.type, data: event.data }) as unknown as SubjectEvent));
    const last = stored[stored.length - 1]!;
    io.out(JSON.stringify({ subjectId, stream, asOf: asOf ?? null, revision: last.revision, position: last.position, recordedAt: last.metadata.recordedAt, state }, null, 2));
    return EXIT.ok;
  } finally {
    await events.close();
  }
}
